package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.veto;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.assessment.MoneyResult.Direction;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.VetoResult;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.scoring.assessment.Fixtures.Input;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 一票否决 (seed 004 第14篇 二(四)): the month fails whatever the score. Every case starts from an excellent month
 * (88 × 60% + 95 × 40% = 90.80, which alone would earn 2,000 元).
 */
class VetoTest {

    @ParameterizedTest(name = "{0} loss {1} casualties {2} → veto {3}")
    @CsvSource(textBlock = """
        # 1万元以上: 10000 itself vetoes, one 分 less does not; any casualty vetoes whatever the loss
        SAFETY_ACCIDENT,      10000.00, 0, true
        SAFETY_ACCIDENT,      9999.99,  0, false
        SAFETY_ACCIDENT,      250000,   0, true
        SAFETY_ACCIDENT,      0,        1, true
        SAFETY_ACCIDENT,      ,         2, true
        WRITTEN_CRITICISM,    ,         0, true
        IGNORED_REQUIREMENTS, ,         0, true
        """)
    void aVetoFailsTheMonthWhateverTheScore(VetoType type, String loss, int casualties, boolean vetoes) {
        Input in = Input.college("88", "95");
        in.vetoes.add(veto(type, loss, casualties));
        MonthlyAssessment m = in.assess();
        assertThat(m.total()).isEqualByComparingTo("90.80");   // the score is still shown
        assertThat(m.veto().vetoed()).isEqualTo(vetoes);
        // the survey's dissatisfaction (1 of 30 below 60 = 3.33%) is always weighed too, and does not veto
        assertThat(m.veto().findings()).extracting(VetoResult.Finding::type).containsExactly(type, VetoType.DISSATISFACTION);
        assertThat(m.veto().findings().get(1).vetoes()).isFalse();
        assertThat(m.veto().findings().get(0)).satisfies(f -> {
            assertThat(f.vetoes()).isEqualTo(vetoes);
            assertThat(f.evidence()).isEqualTo("事故报告 2026-11-20");
        });
        if (vetoes) {
            assertThat(m.grade()).isEqualTo("不合格");
            assertThat(m.failed()).isTrue();
            assertThat(m.money().direction()).isEqualTo(Direction.PENALTY);
            assertThat(m.money().amount()).isEqualByComparingTo("2000.00");   // 1% × 200000
            assertThat(m.money().rewardWithheld()).isTrue();
        } else {
            assertThat(m.grade()).isEqualTo("优秀");
            assertThat(m.money().direction()).isEqualTo(Direction.REWARD);
        }
    }

    @ParameterizedTest(name = "{0} of {1} dissatisfied → veto {2}")
    @CsvSource({
        // > 40%: 41 of 100 is 41% → veto; exactly 40% is not above 40%
        "41, 100, true",
        "40, 100, false",
        // 13 of 30 = 43.33% → veto; 12 of 30 = 40% → none
        "13, 30, true",
        "12, 30, false"})
    void dissatisfactionAboveFortyPercentVetoes(int dissatisfied, int respondents, boolean vetoes) {
        Input in = Input.college();
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "88"));
        List<String> scores = new ArrayList<>();
        for (int i = 0; i < respondents; i++) {
            scores.add(i < dissatisfied ? "50" : "95");   // below 60 counts as 不满意
        }
        in.survey.addAll(Fixtures.survey(10, scores.toArray(String[]::new)));
        MonthlyAssessment m = in.assess();
        VetoResult.Finding finding = m.veto().findings().get(0);
        assertThat(finding.type()).isEqualTo(VetoType.DISSATISFACTION);
        assertThat(finding.threshold()).isEqualByComparingTo("40");
        assertThat(m.veto().vetoed()).isEqualTo(vetoes);
        assertThat(m.failed()).isEqualTo(vetoes);
    }

    @Test
    void aVetoedMonthWithoutSurveyStillFailsAndPaysTheBondPenalty() {
        Input in = Input.college();
        in.vetoes.add(veto(VetoType.WRITTEN_CRITICISM, null, 0));
        MonthlyAssessment m = in.assess();
        assertThat(m.complete()).isFalse();
        assertThat(m.failed()).isTrue();
        assertThat(m.money().amount()).isEqualByComparingTo("2000.00");
    }

    @Test
    void anEventTheSchemeHasNoRuleForIsShownButDoesNotVeto() {
        Input in = Input.hospital("96.20", "96.20", "96.20", "96.20", "96.20");
        in.vetoes.add(veto(VetoType.SAFETY_ACCIDENT, "50000", 0));
        MonthlyAssessment m = in.assess();
        assertThat(m.veto().vetoed()).isFalse();
        assertThat(m.veto().findings()).singleElement().satisfies(f -> assertThat(f.ruled()).isFalse());
        assertThat(m.money().amount()).isEqualByComparingTo("600.00");
    }
}
