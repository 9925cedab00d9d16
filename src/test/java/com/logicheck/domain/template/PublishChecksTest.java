package com.logicheck.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PublishChecksTest {
    private static final ChecklistTemplate MAINTENANCE = new BuiltInTemplates(new TemplateFiles()).load().stream()
            .filter(t -> t.code().equals("hospital-maintenance")).findFirst().orElseThrow();

    @Test
    void everyBuiltInTemplatePassesWithoutErrors() {
        for (ChecklistTemplate t : new BuiltInTemplates(new TemplateFiles()).load()) {
            assertThat(PublishChecks.check(t)).as(t.code()).noneMatch(PublishChecks.Finding::error);
        }
    }

    @Test
    void aSheetMustTotalOneHundred() {
        ChecklistTemplate t = withSection(0, s -> new TemplateSection(s.title(), Scores.of("20"), s.items()));
        assertThat(problems(t)).contains(Problem.of("problem.editor.total", "95", "100"));
    }

    @Test
    void aRuleMayNotTakeMoreThanTheItemIsWorth() {
        // 1.1 is worth 5: a per-occurrence rule of 6 and a range up to 6 are refused, pointing at the item
        ChecklistTemplate t = withItem(0, 0, i -> item(i, List.of(new DeductionRule.PerOccurrence("每缺一项", Scores.of("6")),
                new DeductionRule.Range("违反规定", Scores.of("1"), Scores.of("6"), Scores.of("0.5")))));
        List<PublishChecks.Finding> findings = PublishChecks.check(t);
        assertThat(findings).filteredOn(f -> f.problem().key().equals("problem.editor.ruleAboveMax"))
                .extracting(PublishChecks.Finding::problem)
                .containsExactly(Problem.of("problem.editor.ruleAboveMax", "1.1", "每缺一项", "6", "5"),
                        Problem.of("problem.editor.ruleAboveMax", "1.1", "违反规定", "6", "5"));
        assertThat(findings).filteredOn(PublishChecks.Finding::error).allMatch(f -> f.section() == 0 && f.item() == 0);
    }

    @Test
    void emptyWordsAndBrokenRulesAreErrors() {
        ChecklistTemplate t = withItem(1, 2, i -> new TemplateItem(i.id(), "2.1", " ", i.requirement(), i.criteria(),
                Scores.of("0"), false, "", List.of(new DeductionRule.PerUnit("", "", Scores.of("0"), Scores.of("0.2")),
                new DeductionRule.Range("违反规定", Scores.of("1"), Scores.of("2"), Scores.of("0.3")))));
        assertThat(problems(t)).contains(
                Problem.of("problem.editor.duplicateCode", "2.1"),
                Problem.of("problem.editor.content", "2.1"),
                Problem.of("problem.editor.maxScore", "2.1"),
                Problem.of("problem.editor.ruleLabel", "2.1", 1),
                Problem.of("problem.editor.unit", "2.1", "#1"),
                Problem.of("problem.editor.unitSize", "2.1", "#1"),
                Problem.of("problem.editor.rangeStep", "2.1", "违反规定", "0.3", "1", "2"));
        ChecklistTemplate untitled = new ChecklistTemplate(MAINTENANCE.id(), MAINTENANCE.code(), 1, "  ",
                MAINTENANCE.serviceLine(), "", MAINTENANCE.totalScore(), MAINTENANCE.naPolicy(),
                new GradeBands(List.of(new GradeBand("优秀", Scores.of("90")), new GradeBand("良好", Scores.of("60")))),
                MAINTENANCE.sections());
        assertThat(problems(untitled)).contains(Problem.of("problem.editor.title"), Problem.of("problem.editor.gradesFromZero"));
    }

    @Test
    void itemsWorthMoreThanTheSubtotalOnlyWarnButLessIsAnError() {
        ChecklistTemplate more = withItem(0, 0, i -> new TemplateItem(i.id(), i.code(), i.content(), i.requirement(),
                i.criteria(), Scores.of("7"), false, "", i.rules()));
        List<PublishChecks.Finding> findings = PublishChecks.check(more);
        assertThat(findings).anyMatch(f -> !f.error() && f.problem().equals(Problem.of("problem.editor.itemsAbove", "工程管理", "27", "25")));
        assertThat(PublishChecks.hasErrors(findings)).isFalse();
        ChecklistTemplate less = withItem(0, 0, i -> new TemplateItem(i.id(), i.code(), i.content(), i.requirement(),
                i.criteria(), Scores.of("3"), false, "", i.rules()));
        assertThat(problems(less)).contains(Problem.of("problem.editor.itemsBelow", "工程管理", "23", "25"));
    }

    private static List<Problem> problems(ChecklistTemplate t) {
        return PublishChecks.check(t).stream().filter(PublishChecks.Finding::error).map(PublishChecks.Finding::problem).toList();
    }

    private static TemplateItem item(TemplateItem i, List<DeductionRule> rules) {
        return new TemplateItem(i.id(), i.code(), i.content(), i.requirement(), i.criteria(), i.maxScore(), i.naAllowed(),
                i.remark(), rules);
    }

    private static ChecklistTemplate withSection(int s, UnaryOperator<TemplateSection> change) {
        List<TemplateSection> sections = new ArrayList<>(MAINTENANCE.sections());
        sections.set(s, change.apply(sections.get(s)));
        return new ChecklistTemplate(MAINTENANCE.id(), MAINTENANCE.code(), 1, MAINTENANCE.title(), MAINTENANCE.serviceLine(),
                MAINTENANCE.source(), MAINTENANCE.totalScore(), MAINTENANCE.naPolicy(), MAINTENANCE.gradeBands(), sections);
    }

    private static ChecklistTemplate withItem(int s, int i, UnaryOperator<TemplateItem> change) {
        return withSection(s, section -> {
            List<TemplateItem> items = new ArrayList<>(section.items());
            items.set(i, change.apply(items.get(i)));
            return new TemplateSection(section.title(), section.subtotal(), items);
        });
    }
}
