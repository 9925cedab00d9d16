package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.ComplaintRule;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.ConsequenceType;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.domain.assessment.FailureConsequence;
import com.logicheck.domain.assessment.MoneyResult.Direction;
import com.logicheck.domain.assessment.MoneyRule;
import com.logicheck.domain.assessment.MonthScores;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyCategory;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.domain.assessment.TypedRate;
import com.logicheck.domain.assessment.VetoResult;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.scoring.assessment.Fixtures.Input;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The readings the seeds leave open (issue 17), as scheme options whose defaults are today's behaviour: complaints
 * off a named component, failures counted within a contract year, dissatisfaction as a category answer or a typed
 * rate, and changed money lines. Every case is computed by hand in its comment.
 */
class SchemeOptionsTest {

    static AssessmentScheme copy(AssessmentScheme s, SurveyRule survey, ComplaintRule complaints, MoneyRule money,
                                 List<FailureConsequence> failures) {
        return new AssessmentScheme(s.id(), s.code(), s.version() + 1, s.title(), s.source(), s.scale(), s.sheets(),
                s.components(), survey, complaints, s.vetoes(), s.grades(), money, s.passDownPercent(),
                s.requiredInspections(), failures);
    }

    private static AssessmentScheme college(ComplaintRule complaints) {
        AssessmentScheme c = Fixtures.college();
        return copy(c, c.survey(), complaints, c.money(), c.failureConsequences());
    }

    @Test
    void complaintsComeOffTheMonthsTotalByDefault() {
        Input in = Input.college("90", "85");
        in.complaints.add(Fixtures.complaint("2", true));
        MonthlyAssessment m = in.assess();
        // 90 × 60% + 85 × 40% = 54 + 34 = 88; complaint 2 × 2 = 4 off the total → 84
        assertThat(m.subtotal()).isEqualByComparingTo("88.00");
        assertThat(m.complaints().deduction()).isEqualByComparingTo("4.00");
        assertThat(m.complaints().from()).isNull();
        assertThat(m.total()).isEqualByComparingTo("84.00");
    }

    @Test
    void complaintsCanComeOffTheInspectionComponent() {
        Input in = Input.college("90", "85");
        in.scheme = college(new ComplaintRule(d("2"), ComponentKind.INSPECTION));
        in.complaints.add(Fixtures.complaint("2", true));
        MonthlyAssessment m = in.assess();
        // the inspection's 90 less 2 × 2 = 86 → 86 × 60% = 51.60 instead of 54.00: the total loses 2.40
        // 88.00 − 2.40 = 85.60
        assertThat(m.complaints().deduction()).isEqualByComparingTo("2.40");
        assertThat(m.complaints().from()).isEqualTo("后勤服务中心考核");
        assertThat(m.total()).isEqualByComparingTo("85.60");
    }

    @Test
    void complaintsOffAComponentNeverTakeMoreThanItsPoints() {
        Input in = Input.college("3", "85");
        in.scheme = college(new ComplaintRule(d("2"), ComponentKind.INSPECTION));
        in.complaints.add(Fixtures.complaint("2", true));
        MonthlyAssessment m = in.assess();
        // inspection 3 − 4 → 0 (not −1): it loses its 3 × 60% = 1.80 points; 1.80 + 34 = 35.80 − 1.80 = 34.00
        assertThat(m.complaints().deduction()).isEqualByComparingTo("1.80");
        assertThat(m.total()).isEqualByComparingTo("34.00");
    }

    private static AssessmentScheme withFailures(FailureConsequence... consequences) {
        AssessmentScheme c = Fixtures.college();
        return copy(c, c.survey(), c.complaints(), c.money(), List.of(consequences));
    }

    @Test
    void fiveFailuresWithinTheContractYearNeedNotBeInARow() {
        // contract from 1 March 2026: its first year runs March 2026 – February 2027
        Input in = Input.college("60", "60");   // 36 + 24 = 60 < 70 → 不合格
        in.scheme = withFailures(new FailureConsequence(5, false, ConsequenceType.RIGHT_TO_TERMINATE, true));
        in.contractStart = LocalDate.of(2026, 3, 1);
        in.failedBefore("2026-04", "2026-06", "2026-08", "2026-09").passedBefore("2026-05", "2026-07", "2026-10");
        MonthlyAssessment m = in.assess();
        // April, June, August, September and November: 5 within the year; October passed, so 1 in a row
        assertThat(m.failures().consecutive()).isEqualTo(1);
        assertThat(m.failures().inContractYear()).isEqualTo(5);
        assertThat(m.failures().triggered()).extracting(FailureConsequence::consequence)
                .containsExactly(ConsequenceType.RIGHT_TO_TERMINATE);
    }

    @Test
    void failuresOfThePreviousContractYearDoNotCount() {
        Input in = Input.college("60", "60");
        in.scheme = withFailures(new FailureConsequence(5, false, ConsequenceType.RIGHT_TO_TERMINATE, true));
        in.contractStart = LocalDate.of(2025, 3, 1);
        in.failedBefore("2026-01", "2026-02", "2026-06", "2026-08", "2026-10");
        MonthlyAssessment m = in.assess();
        // the year from March 2026: June, August, October, November = 4 (January and February were the year before);
        // under the contract it is 6, and a consequence counted that way (today's cumulative) triggers
        assertThat(m.failures().inContractYear()).isEqualTo(4);
        assertThat(m.failures().cumulative()).isEqualTo(6);
        assertThat(m.failures().triggered()).isEmpty();
        in.scheme = withFailures(new FailureConsequence(5, false, ConsequenceType.RIGHT_TO_TERMINATE));
        assertThat(in.assess().failures().triggered()).hasSize(1);
    }

    @Test
    void withoutAContractStartTheContractYearIsTheCalendarYear() {
        assertThat(FailureHistory.contractYearStart(Fixtures.NOVEMBER, null)).hasToString("2026-01");
        assertThat(FailureHistory.contractYearStart(Fixtures.NOVEMBER, LocalDate.of(2024, 12, 15))).hasToString("2025-12");
        assertThat(FailureHistory.contractYearStart(Fixtures.NOVEMBER, LocalDate.of(2025, 11, 1))).hasToString("2026-11");
    }

    private static AssessmentScheme collegeSurvey(Dissatisfaction by, List<SurveyCategory> categories) {
        AssessmentScheme c = Fixtures.college();
        SurveyRule r = c.survey();
        return copy(c, new SurveyRule(r.maxScore(), r.dropHighest(), r.dropLowest(), r.dissatisfiedBelow(),
                r.staffPanel(), r.studentPanel(), by, categories), c.complaints(), c.money(), c.failureConsequences());
    }

    private static List<SurveyResponse> answers(int satisfied, int fair, int dissatisfied) {
        List<SurveyResponse> list = new ArrayList<>();
        int i = 0;
        for (String[] a : new String[][] {{"100", "" + satisfied}, {"80", "" + fair}, {"40", "" + dissatisfied}}) {
            for (int k = 0; k < Integer.parseInt(a[1]); k++, i++) {
                list.add(new SurveyResponse(UUID.randomUUID(), i < 10 ? RespondentKind.STAFF : RespondentKind.STUDENT,
                        "", d(a[0])));
            }
        }
        return list;
    }

    @Test
    void dissatisfactionCanBeTheCategoriesMarkedSo() {
        List<SurveyCategory> onlyDissatisfied = List.of(new SurveyCategory("满意", d("100.00"), false),
                new SurveyCategory("基本满意", d("80.00"), false), new SurveyCategory("不满意", d("40.00"), true));
        Input in = Input.college();
        in.scheme = collegeSurvey(Dissatisfaction.CATEGORY, onlyDissatisfied);
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "90"));
        in.survey.addAll(answers(18, 8, 4));
        MonthlyAssessment m = in.assess();
        // 30 answers; drop one 100 and one 40: 17 × 100 + 8 × 80 + 3 × 40 = 2460 ÷ 28 = 87.857… → 87.86
        // dissatisfied: the 4 不满意 = 4 ÷ 30 = 13.33% (the score line 60 would count the same 4)
        var survey = m.components().get(1).survey();
        assertThat(survey.mean()).isEqualByComparingTo("87.86");
        assertThat(survey.dissatisfied()).isEqualTo(4);
        assertThat(m.veto().vetoed()).isFalse();

        // a college that counts 基本满意 as dissatisfied too: 8 + 4 = 12 ÷ 30 = 40%, not above 40% → no veto
        in.scheme = collegeSurvey(Dissatisfaction.CATEGORY, List.of(new SurveyCategory("满意", d("100.00"), false),
                new SurveyCategory("基本满意", d("80.00"), true), new SurveyCategory("不满意", d("40.00"), true)));
        m = in.assess();
        assertThat(m.components().get(1).survey().dissatisfied()).isEqualTo(12);
        assertThat(m.veto().vetoed()).isFalse();
        // one more 基本满意 instead of a 满意: 13 ÷ 30 = 43.3% > 40% → vetoed
        in.survey.clear();
        in.survey.addAll(answers(17, 9, 4));
        assertThat(in.assess().veto().vetoed()).isTrue();
    }

    private static VetoResult.Finding dissatisfactionFinding(MonthlyAssessment m) {
        return m.veto().findings().stream().filter(f -> f.type() == VetoType.DISSATISFACTION).findFirst().orElseThrow();
    }

    @Test
    void dissatisfactionCanBeARateTypedWithItsPanelSize() {
        Input in = Input.college("90", "85");   // every survey score is 85 or the dropped 100 and 0: 1 below 60
        in.scheme = collegeSurvey(Dissatisfaction.TYPED_RATE, List.of());
        // 13 of 30 typed as 43.33%: 13 × 100 = 1300 > 40 × 30 = 1200 → vetoed, whatever the scores say
        in.scores = new MonthScores(List.of(), List.of(), new TypedRate(d("43.33"), 30));
        MonthlyAssessment m = in.assess();
        assertThat(dissatisfactionFinding(m).rate()).isEqualByComparingTo("43.33");
        assertThat(m.veto().vetoed()).isTrue();
        assertThat(m.grade()).isEqualTo("不合格");
        // exactly 40% (12 of 30) is not above 40% → no veto; the month is 54 + 34 = 88 合格
        in.scores = new MonthScores(List.of(), List.of(), new TypedRate(d("40"), 30));
        m = in.assess();
        assertThat(m.veto().vetoed()).isFalse();
        assertThat(m.total()).isEqualByComparingTo("88.00");
    }

    @Test
    void aTypedRateNoPanelCanGiveIsNotUsedAndSaysWhy() {
        Input in = Input.college("90", "85");
        in.scheme = collegeSurvey(Dissatisfaction.TYPED_RATE, List.of());
        // 41% of 30 = 12.3 people: not a whole number
        in.scores = new MonthScores(List.of(), List.of(), new TypedRate(d("41"), 30));
        MonthlyAssessment m = in.assess();
        assertThat(m.veto().findings()).noneMatch(f -> f.type() == VetoType.DISSATISFACTION);
        assertThat(m.warnings()).extracting(Problem::key).contains("problem.survey.typedRate");
        in.scores = MonthScores.NONE;
        assertThat(in.assess().warnings()).extracting(Problem::key).contains("assess.warning.noTypedRate");
    }

    private static AssessmentScheme hospitalMoney(String below, String perPoint, String above, String rewardPerPoint) {
        AssessmentScheme h = Fixtures.hospital();
        return copy(h, h.survey(), h.complaints(), new MoneyRule.PerPoint(d(below), d(perPoint), d(above),
                d(rewardPerPoint)), h.failureConsequences());
    }

    @Test
    void changedMoneyLinesAndYuanPerPoint() {
        // 800/970 lines, 100 元 a point, 60% passed down
        Input in = Input.hospital("78", "78", "78", "78", "78");
        in.scheme = hospitalMoney("800", "100", "970", "100");
        MonthlyAssessment m = in.assess();
        // 5 × 78 × 200 ÷ 100 = 780; (800 − 780) × 100 = 2000 元 penalty; 60% = 1200
        assertThat(m.total()).isEqualByComparingTo("780.00");
        assertThat(m.money().direction()).isEqualTo(Direction.PENALTY);
        assertThat(m.money().amount()).isEqualByComparingTo("2000.00");
        assertThat(m.money().passedDown()).isEqualByComparingTo("1200.00");

        in = Input.hospital("99", "99", "99", "99", "99");
        in.scheme = hospitalMoney("800", "100", "970", "100");
        m = in.assess();
        // 990 − 970 = 20 × 100 = 2000 元 reward
        assertThat(m.money().direction()).isEqualTo(Direction.REWARD);
        assertThat(m.money().amount()).isEqualByComparingTo("2000.00");

        in = Input.hospital("80", "80", "80", "80", "80");
        m = in.assess();
        // 800 under the built-in 850 line: (850 − 800) × 50 = 2500 元; under the 800 line: none
        assertThat(m.money().amount()).isEqualByComparingTo("2500.00");
        in.scheme = hospitalMoney("800", "100", "970", "100");
        assertThat(in.assess().money().direction()).isEqualTo(Direction.NONE);
    }
}
