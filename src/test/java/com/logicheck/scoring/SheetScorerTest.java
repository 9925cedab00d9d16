package com.logicheck.scoring;

import static com.logicheck.scoring.Sheets.d;
import static com.logicheck.scoring.Sheets.item;
import static com.logicheck.scoring.Sheets.perOccurrence;
import static com.logicheck.scoring.Sheets.perUnit;
import static com.logicheck.scoring.Sheets.range;
import static com.logicheck.scoring.Sheets.section;
import static com.logicheck.scoring.Sheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.GradeBand;
import com.logicheck.domain.template.GradeBands;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateItem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetScorerTest {
    private final SheetScorer scorer = new SheetScorer();

    // 执行力40分: four items of 10; 服务质量60分: items of 20 + 20 + 20 (one may be N/A)
    private final TemplateItem a1 = item("1.1", "10", false, perOccurrence("每缺一项", "1"), perUnit("延迟", "天", "1", "0.2"));
    private final TemplateItem a2 = item("1.2", "10", false, perOccurrence("未达要求", "1"));
    private final TemplateItem a3 = item("1.3", "10", false, range("违反规定", "1", "3", "0.5"));
    private final TemplateItem a4 = item("1.4", "10", false, perOccurrence("未提供报表", "2"));
    private final TemplateItem b1 = item("2.1", "20", false, range("未达要求每项各扣", "2", "5", "1"));
    private final TemplateItem b2 = item("2.2", "20", true, perOccurrence("每缺一项", "1"));
    private final TemplateItem b3 = item("2.3", "20", true, perUnit("每增加", "%", "10", "0.5"));

    private ChecklistTemplate hospitalStyle(NaPolicy policy) {
        return sheet(policy, section("执行力", "40", a1, a2, a3, a4), section("服务质量", "60", b1, b2, b3));
    }

    private static ItemResult deduct(TemplateItem i, String... q) {
        return ItemResult.deduct(i.id(), List.of(q).stream().map(BigDecimal::new).toList());
    }

    private static Map<UUID, ItemResult> answers(ItemResult... results) {
        Map<UUID, ItemResult> map = new HashMap<>();
        for (ItemResult r : results) {
            map.put(r.itemId(), r);
        }
        return map;
    }

    @Test
    void unansweredSheetScoresFullMarksAndCountsProgress() {
        SheetScore s = scorer.score(hospitalStyle(NaPolicy.RESCALE), Map.of());
        assertThat(s.total()).isEqualByComparingTo("100");
        assertThat(s.answered()).isZero();
        assertThat(s.itemCount()).isEqualTo(7);
        assertThat(s.complete()).isFalse();
        assertThat(s.grade()).isEqualTo("优秀");
    }

    @Test
    void deductionsAddUpExactlyAcrossItemsAndSections() {
        SheetScore s = scorer.score(hospitalStyle(NaPolicy.RESCALE), answers(
                deduct(a1, "2", "3"),           // 2 + 0.6
                deduct(a3, "2.5"),              // 2.5
                ItemResult.pass(a2.id()),
                deduct(b1, "4"),                // 4
                deduct(b3, "35")));             // 3 steps × 0.5 = 1.5
        assertThat(s.item(a1.id()).deduction()).isEqualByComparingTo("2.6");
        assertThat(s.sections().get(0).earned()).isEqualByComparingTo("34.9");
        assertThat(s.sections().get(1).earned()).isEqualByComparingTo("54.5");
        assertThat(s.total()).isEqualByComparingTo("89.4");
        assertThat(s.grade()).isEqualTo("良好");
        assertThat(s.answered()).isEqualTo(5);
        assertThat(s.deducted()).isEqualTo(4);
    }

    @Test
    void anItemNeverLosesMoreThanItsMax() {
        SheetScore s = scorer.score(hospitalStyle(NaPolicy.RESCALE), answers(deduct(a4, "9")));
        assertThat(s.item(a4.id()).uncappedDeduction()).isEqualByComparingTo("18");
        assertThat(s.item(a4.id()).deduction()).isEqualByComparingTo("10");
        assertThat(s.item(a4.id()).capped()).isTrue();
        assertThat(s.item(a4.id()).earned()).isEqualByComparingTo("0");
        assertThat(s.total()).isEqualByComparingTo("90");
    }

    @Test
    void aHeadingNeverLosesMoreThanItsSubtotal() {
        // items worth 10 + 10 + 10 under a heading of only 15 (the sheet's wording caps the heading)
        TemplateItem x = item("1", "10", false, perOccurrence("每缺一项", "1"));
        TemplateItem y = item("2", "10", false, perOccurrence("每缺一项", "1"));
        TemplateItem z = item("3", "10", false, perOccurrence("每缺一项", "1"));
        TemplateItem w = item("4", "85", false, perOccurrence("每缺一项", "1"));
        ChecklistTemplate t = sheet(NaPolicy.FULL_MARKS, section("基础资料", "15", x, y, z), section("其他", "85", w));
        SheetScore s = scorer.score(t, answers(deduct(x, "10"), deduct(y, "8")));
        assertThat(s.sections().get(0).deduction()).isEqualByComparingTo("15");
        assertThat(s.sections().get(0).earned()).isEqualByComparingTo("0");
        assertThat(s.total()).isEqualByComparingTo("85");
    }

    @Test
    void theSheetNeverGoesBelowZero() {
        ChecklistTemplate t = sheet(NaPolicy.RESCALE, section("全部", "100",
                item("1", "60", false, perOccurrence("每缺一项", "5")), item("2", "40", false, perOccurrence("每缺一项", "5"))));
        SheetScore s = scorer.score(t, answers(
                ItemResult.deduct(t.sections().get(0).items().get(0).id(), List.of(d("100"))),
                ItemResult.deduct(t.sections().get(0).items().get(1).id(), List.of(d("100")))));
        assertThat(s.total()).isEqualByComparingTo("0");
        assertThat(s.grade()).isEqualTo("不及格");
    }

    @Test
    void notApplicableRescalesTheSheetToOneHundred() {
        // b2 (20 points) N/A; 9 points lost on the remaining 80 → 71/80 × 100 = 88.75
        SheetScore s = scorer.score(hospitalStyle(NaPolicy.RESCALE), answers(
                ItemResult.notApplicable(b2.id()), deduct(b1, "5"), deduct(a1, "4", "0")));
        assertThat(s.sections().get(1).capacity()).isEqualByComparingTo("40");
        assertThat(s.total()).isEqualByComparingTo("88.75");
        assertThat(s.notApplicable()).isEqualTo(1);
    }

    @Test
    void rescalingRoundsHalfUpToTwoDecimals() {
        // b2 and b3 N/A: 1 point lost of 60 → 59/60 × 100 = 98.333… → 98.33
        SheetScore s = scorer.score(hospitalStyle(NaPolicy.RESCALE), answers(
                ItemResult.notApplicable(b2.id()), ItemResult.notApplicable(b3.id()), deduct(a2, "1")));
        assertThat(s.total()).isEqualByComparingTo("98.33");
    }

    @Test
    void notApplicableCountsAsFullMarksWhenTheTemplateSaysSo() {
        SheetScore s = scorer.score(hospitalStyle(NaPolicy.FULL_MARKS), answers(
                ItemResult.notApplicable(b2.id()), deduct(b1, "5"), deduct(a1, "4", "0")));
        assertThat(s.total()).isEqualByComparingTo("91");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, 优秀", "90, 优秀", "89.99, 良好", "80, 良好", "79.8, 中等", "70, 中等", "69.99, 不及格", "0, 不及格"})
    void defaultGradeBandsOfSeed000(String score, String grade) {
        assertThat(GradeBands.DEFAULT.gradeFor(d(score))).isEqualTo(grade);
    }

    @ParameterizedTest(name = "college {0} → {1}")
    @CsvSource({"95, 优秀", "90, 优秀", "85, 合格", "80, 合格", "75, 基本合格", "69.5, 不合格"})
    void collegeGradeBandsOfSeed004(String score, String grade) {
        GradeBands college = new GradeBands(List.of(new GradeBand("优秀", d("90")), new GradeBand("合格", d("80")),
                new GradeBand("基本合格", d("70")), new GradeBand("不合格", d("0"))));
        assertThat(college.gradeFor(d(score))).isEqualTo(grade);
    }

    @Test
    void gradesAreTakenOnTheHundredScaleWhenTheSheetIsNotOutOfHundred() {
        TemplateItem only = item("1", "50", false, perOccurrence("每缺一项", "5"));
        ChecklistTemplate t = new ChecklistTemplate(ChecklistTemplate.versionId("half", 1), "half", 1, "半百表",
                ServiceLine.CANTEEN, "", d("50"), NaPolicy.RESCALE, GradeBands.DEFAULT,
                List.of(section("全部", "50", only)));
        SheetScore s = scorer.score(t, answers(ItemResult.deduct(only.id(), List.of(d("1")))));
        assertThat(s.total()).isEqualByComparingTo("45");
        assertThat(s.grade()).isEqualTo("优秀"); // 45 of 50 = 90%
    }
}
