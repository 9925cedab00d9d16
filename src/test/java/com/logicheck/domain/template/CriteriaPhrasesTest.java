package com.logicheck.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriteriaPhrasesTest {

    private static DeductionRule occ(String label, String points) {
        return new DeductionRule.PerOccurrence(label, Scores.of(points));
    }

    private static DeductionRule unit(String label, String unit, String size, String points) {
        return new DeductionRule.PerUnit(label, unit, Scores.of(size), Scores.of(points));
    }

    private static DeductionRule range(String label, String min, String max, String step) {
        return new DeductionRule.Range(label, Scores.of(min), Scores.of(max), Scores.of(step));
    }

    @Test
    void readsTheSeedWordingOfTheMaintenanceSheetWithNumberingLineBreakAndFiller() {
        // seed 000, lines 171-174, exactly as in the source (ASCII commas, a line break inside clause 2)
        var parsed = CriteriaPhrases.parse("1、每缺一项扣1分,延迟一天扣0.2分,依此类推。\n2、未提供、未及时提供报表\n扣2分。\n3、未达要求扣1分。");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rules()).containsExactly(occ("每缺一项", "1"), unit("延迟", "天", "1", "0.2"),
                occ("未提供、未及时提供报表", "2"), occ("未达要求", "1"));
    }

    @Test
    void readsTheSeedWordingOfTheExecutionHeading() {
        // seed 000, lines 182-184
        var parsed = CriteriaPhrases.parse("1、每增加10%扣0.5分。\n2、违反规定扣1~3分。\n3、未达要求每项各扣2~5分。");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rules()).containsExactly(unit("增加", "%", "10", "0.5"), range("违反规定", "1", "3", "0.5"),
                range("未达要求", "2", "5", "0.5"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "满意率低于95%的，每低5%扣1分|PER_UNIT 满意率低于95% % 5 1",
        "回访率低于90%的，每低10%扣1分|PER_UNIT 回访率低于90% % 10 1",
        "延迟一天扣0.2分|PER_UNIT 延迟 天 1 0.2",
        "每延迟2小时扣0.5分|PER_UNIT 延迟 小时 2 0.5",
        "每发现一处扣0.5分|PER_OCCURRENCE 每发现一处 0.5",
        "每超时一次扣1分|PER_OCCURRENCE 每超时一次 1",
        "隐患未按期整改，每项扣1分|PER_OCCURRENCE 隐患未按期整改（每项） 1",
        "扣1～3分|RANGE  1 3 0.5",
        "违反规定扣１-３分|RANGE 违反规定 1 3 0.5",
        "未达要求扣2~5分（步长1分）|RANGE 未达要求 2 5 1",
        "未公示扣一分|PER_OCCURRENCE 未公示 1",
    })
    void readsOneClause(String text, String expected) {
        var parsed = CriteriaPhrases.parse(text);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rules()).hasSize(1);
        assertThat(describe(parsed.rules().get(0))).isEqualTo(expected);
    }

    private static String describe(DeductionRule r) {
        if (r instanceof DeductionRule.PerOccurrence p) {
            return "PER_OCCURRENCE " + p.label() + " " + Scores.format(p.points());
        } else if (r instanceof DeductionRule.PerUnit u) {
            return "PER_UNIT " + u.label() + " " + u.unit() + " " + Scores.format(u.unitSize()) + " " + Scores.format(u.points());
        }
        DeductionRule.Range g = (DeductionRule.Range) r;
        return "RANGE " + g.label() + " " + Scores.format(g.min()) + " " + Scores.format(g.max()) + " " + Scores.format(g.step());
    }

    @Test
    void printsRulesTheWayTheSeedsPhraseThem() {
        assertThat(CriteriaPhrases.print(List.of(occ("每缺一项", "1"), unit("延迟", "天", "1", "0.2"))))
                .isEqualTo("每缺一项扣1分；延迟一天扣0.2分");
        assertThat(CriteriaPhrases.print(unit("能耗超出基数", "%", "10", "0.5"))).isEqualTo("能耗超出基数，每10%扣0.5分");
        assertThat(CriteriaPhrases.print(range("违反规定", "1", "3", "0.5"))).isEqualTo("违反规定扣1~3分");
        assertThat(CriteriaPhrases.print(range("", "2", "5", "1"))).isEqualTo("扣2~5分（步长1分）");
        assertThat(CriteriaPhrases.print(unit("", "天", "1", "0.2"))).isEqualTo("每一天扣0.2分");
    }

    @Test
    void refusesWhatItCannotReadAndSaysWhich() {
        var parsed = CriteriaPhrases.parse("每缺一项扣1分；师生员工投诉按附件1加倍扣分");
        assertThat(parsed.rules()).containsExactly(occ("每缺一项", "1"));
        assertThat(parsed.problems()).containsExactly(Problem.of("problem.criteria.unreadable", "师生员工投诉按附件1加倍扣分"));
        assertThat(CriteriaPhrases.parse("  ").problems()).containsExactly(Problem.of("problem.criteria.empty"));
        assertThat(CriteriaPhrases.parse("依此类推").problems()).containsExactly(Problem.of("problem.criteria.empty"));
        assertThat(CriteriaPhrases.parse("按情节扣分").ok()).isFalse();
    }

    @Test
    void everyBuiltInRulePrintsAndReadsBackAsItself() {
        var templates = new BuiltInTemplates(new TemplateFiles()).load();
        assertThat(templates).hasSize(9);
        int rules = 0;
        for (ChecklistTemplate t : templates) {
            for (TemplateItem item : t.items().toList()) {
                var parsed = CriteriaPhrases.parse(CriteriaPhrases.print(item.rules()));
                assertThat(parsed.problems()).as(t.code() + " " + item.code()).isEmpty();
                assertThat(parsed.rules()).as(t.code() + " " + item.code()).isEqualTo(item.rules());
                rules += item.rules().size();
            }
        }
        assertThat(rules).isGreaterThan(200);
    }

    @Test
    void aCellKeepsTheSheetsOwnWordingAndAddsTheRulesOnlyWhenTheWordingIsNotTheirExactForm() {
        List<DeductionRule> exact = List.of(occ("每缺一项", "1"), unit("延迟", "天", "1", "0.2"));
        assertThat(CriteriaPhrases.cellText("每缺一项扣1分，延迟一天扣0.2分", exact)).isEqualTo("每缺一项扣1分，延迟一天扣0.2分");
        List<DeductionRule> renamed = List.of(unit("能耗超出基数", "%", "10", "0.5"));
        String cell = CriteriaPhrases.cellText("每增加10%扣0.5分", renamed);
        assertThat(cell).isEqualTo("每增加10%扣0.5分\n计分规则：能耗超出基数，每10%扣0.5分");
        var read = CriteriaPhrases.readCell(cell);
        assertThat(read.criteria()).isEqualTo("每增加10%扣0.5分");
        assertThat(read.parsed().rules()).isEqualTo(renamed);
        assertThat(CriteriaPhrases.readCell("计分规则：违反规定扣1~3分").criteria()).isEqualTo("违反规定扣1~3分");
    }

    @Test
    void everyBuiltInCriteriaCellReadsBackAsItsWordingAndRules() {
        int ownWording = 0;
        int items = 0;
        for (ChecklistTemplate t : new BuiltInTemplates(new TemplateFiles()).load()) {
            for (TemplateItem item : t.items().toList()) {
                String cell = CriteriaPhrases.cellText(item.criteria(), item.rules());
                var read = CriteriaPhrases.readCell(cell);
                assertThat(read.criteria()).isEqualTo(item.criteria());
                assertThat(read.parsed().rules()).as(t.code() + " " + item.code()).isEqualTo(item.rules());
                ownWording += cell.equals(item.criteria()) ? 1 : 0;
                items++;
            }
        }
        // most seed-style wordings are their own exact form; the rest carry a 计分规则 line
        assertThat(ownWording).isGreaterThan(items / 2);
    }
}
