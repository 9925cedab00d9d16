package com.logicheck.scoring;

import static com.logicheck.scoring.Sheets.d;
import static com.logicheck.scoring.Sheets.item;
import static com.logicheck.scoring.Sheets.perOccurrence;
import static com.logicheck.scoring.Sheets.perUnit;
import static com.logicheck.scoring.Sheets.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.template.TemplateItem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every deduction rule of seed 000's 评分标准, computed by hand. */
class ItemDeductionTest {

    // 维修组: ①每天工作记录 — 每缺一项扣1分，延迟一天扣0.2分，依此类推 (item worth 5)
    private static final TemplateItem WORK_RECORD = item("1", "5", false,
            perOccurrence("每缺一项", "1"), perUnit("延迟", "天", "1", "0.2"));
    // 未提供、未及时提供报表扣2分 (item worth 4)
    private static final TemplateItem REPORT = item("2", "4", false, perOccurrence("未提供、未及时提供报表", "2"));
    // 未达要求扣1分 (item worth 3)
    private static final TemplateItem REQUIREMENT = item("3", "3", false, perOccurrence("未达要求", "1"));
    // 每增加10%扣0.5分 (item worth 5)
    private static final TemplateItem COST_GROWTH = item("4", "5", false, perUnit("每增加", "%", "10", "0.5"));
    // 违反规定扣1~3分 (item worth 3)
    private static final TemplateItem VIOLATION = item("5", "3", false, range("违反规定", "1", "3", "0.5"));
    // 未达要求每项各扣2~5分 (item worth 10)
    private static final TemplateItem EACH_2_TO_5 = item("6", "10", false, range("未达要求", "2", "5", "1"));

    private static TemplateItem byName(String name) {
        return switch (name) {
            case "WORK_RECORD" -> WORK_RECORD;
            case "REPORT" -> REPORT;
            case "REQUIREMENT" -> REQUIREMENT;
            case "COST_GROWTH" -> COST_GROWTH;
            case "VIOLATION" -> VIOLATION;
            default -> EACH_2_TO_5;
        };
    }

    private static List<BigDecimal> q(String quantities) {
        return Arrays.stream(quantities.split(";")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0} {1} → {2} (capped {3})")
    @CsvSource({
        // 每缺一项扣1分
        "WORK_RECORD, 3;0, 3.00, 3.00",
        // 延迟一天扣0.2分: 7 days → 1.4 exactly, 5 days → 1.0
        "WORK_RECORD, 0;7, 1.40, 1.40",
        "WORK_RECORD, 0;5, 1.00, 1.00",
        // both clauses at once: 2 missing + 3 days late = 2 + 0.6
        "WORK_RECORD, 2;3, 2.60, 2.60",
        // 依此类推 beyond the item's 5 points: 4 missing + 10 days = 6 → capped at 5
        "WORK_RECORD, 4;10, 6.00, 5.00",
        // part of a day late does not count as a day
        "WORK_RECORD, 0;2.5, 0.40, 0.40",
        "REPORT, 1, 2.00, 2.00",
        "REPORT, 3, 6.00, 4.00",
        "REQUIREMENT, 2, 2.00, 2.00",
        // 每增加10%扣0.5分: 25% → 2 full steps → 1.0; 30% → 1.5; 9% → nothing
        "COST_GROWTH, 25, 1.00, 1.00",
        "COST_GROWTH, 30, 1.50, 1.50",
        "COST_GROWTH, 9, 0.00, 0.00",
        // 违反规定扣1~3分, the inspector's judgement
        "VIOLATION, 1, 1.00, 1.00",
        "VIOLATION, 2.5, 2.50, 2.50",
        "VIOLATION, 3, 3.00, 3.00",
        "VIOLATION, 0, 0.00, 0.00",
        "EACH_2_TO_5, 4, 4.00, 4.00",
    })
    void deductsAsTheCriteriaSay(String item, String quantities, String uncapped, String capped) {
        TemplateItem i = byName(item);
        assertThat(ItemDeduction.uncapped(i, q(quantities))).isEqualByComparingTo(d(uncapped));
        assertThat(ItemDeduction.capped(i, q(quantities))).isEqualByComparingTo(d(capped));
        assertThat(ItemDeduction.capped(i, q(quantities)).scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} {1} refused: {2}")
    @CsvSource({
        "WORK_RECORD, -1;0, problem.quantity.negative",
        "WORK_RECORD, 1.5;0, problem.quantity.wholeNumber",
        "WORK_RECORD, 0;-2, problem.quantity.negative",
        "WORK_RECORD, 1, problem.quantity.count",
        "WORK_RECORD, 100000;0, problem.quantity.tooLarge",
        "VIOLATION, 4, problem.quantity.outOfRange",
        "VIOLATION, 0.5, problem.quantity.outOfRange",
        "VIOLATION, 1.2, problem.quantity.offStep",
        "EACH_2_TO_5, 2.5, problem.quantity.offStep",
        "EACH_2_TO_5, 6, problem.quantity.outOfRange",
    })
    void refusesQuantitiesNoRuleAllows(String item, String quantities, String problemKey) {
        TemplateItem i = byName(item);
        assertThat(ItemDeduction.check(i, q(quantities))).extracting(Problem::key).containsExactly(problemKey);
        assertThatThrownBy(() -> ItemDeduction.capped(i, q(quantities))).isInstanceOf(DomainException.class);
    }

    @Test
    void fiftyDelaysOfOneDayAddUpToExactlyTen() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 50; i++) {
            sum = sum.add(ItemDeduction.uncapped(WORK_RECORD, q("0;1")));
        }
        assertThat(sum).isEqualByComparingTo("10");
        assertThat(sum.toPlainString()).isEqualTo("10.00");
    }
}
