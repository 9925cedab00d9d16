package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.MissingTemplatePolicy;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.SchemeComponent;
import com.logicheck.domain.assessment.SheetSelection;
import com.logicheck.domain.assessment.TemplateWeight;
import com.logicheck.domain.assessment.ThirdPartyScore;
import com.logicheck.scoring.assessment.Fixtures.Input;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md "Other weightings seen" (seed 001 篇1): a third-party evaluator with a small weight; and a scheme that
 * scores a template nobody inspected as 0 instead of sharing its weight. Both are data, computed by the same rules.
 */
class OtherWeightingsTest {

    /** The college's inspection (now 90) and a third-party evaluation (10) on a 100-point scale. */
    private static AssessmentScheme withThirdParty() {
        AssessmentScheme c = Fixtures.college();
        return new AssessmentScheme(AssessmentScheme.versionId("third-party", 1), "third-party", 1, "含第三方评价", "",
                d("100.00"), c.sheets(), List.of(
                new SchemeComponent(ComponentKind.INSPECTION, "后勤服务中心考核", d("90.00"),
                        List.of(new TemplateWeight("college-property", d("100.00")))),
                new SchemeComponent(ComponentKind.THIRD_PARTY, "第三方评价", d("10.00"), List.of())),
                null, null, List.of(), c.grades(), c.money(), null, null, List.of());
    }

    @Test
    void aThirdPartyEvaluatorTakesASmallWeight() {
        Input in = new Input(withThirdParty(), List.of(Fixtures.collegeTemplate()));
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "80"));
        in.thirdParty = new ThirdPartyScore("某某质量评价中心", d("95"), "");
        MonthlyAssessment m = in.assess();
        // 80 × 90 ÷ 100 + 95 × 10 ÷ 100 = 72.00 + 9.50 = 81.50
        assertThat(m.components()).extracting(c -> c.points().toPlainString()).containsExactly("72.00", "9.50");
        assertThat(m.total()).isEqualByComparingTo("81.50");
        assertThat(m.components().get(1).thirdParty().evaluator()).isEqualTo("某某质量评价中心");
    }

    @Test
    void withoutTheThirdPartyScoreTheMonthIsIncomplete() {
        Input in = new Input(withThirdParty(), List.of(Fixtures.collegeTemplate()));
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "80"));
        MonthlyAssessment m = in.assess();
        assertThat(m.complete()).isFalse();
        assertThat(m.missing()).extracting(Problem::key).containsExactly("assess.missing.thirdParty");
    }

    @Test
    void aSchemeCanScoreAnUninspectedTemplateAsZero() {
        AssessmentScheme h = Fixtures.hospital();
        AssessmentScheme zero = new AssessmentScheme(h.id(), h.code(), 2, h.title(), h.source(), h.scale(),
                new SheetSelection(h.sheets().statuses(), h.sheets().kinds(), MissingTemplatePolicy.ZERO),
                h.components(), h.survey(), h.complaints(), h.vetoes(), h.grades(), h.money(), h.passDownPercent(),
                h.requiredInspections(), h.failureConsequences());
        Input in = Input.hospital("90", "80", "70", "100");   // 客服 not inspected
        in.scheme = zero;
        MonthlyAssessment m = in.assess();
        // 180 + 160 + 140 + 200 + 0 = 680.00 → (850 − 680) × 50 = 8500, 60% = 5100
        assertThat(m.total()).isEqualByComparingTo("680.00");
        assertThat(m.money().amount()).isEqualByComparingTo("8500.00");
        assertThat(m.money().passedDown()).isEqualByComparingTo("5100.00");
        assertThat(m.warnings()).extracting(Problem::key).contains("assess.warning.templateZero");
    }
}
