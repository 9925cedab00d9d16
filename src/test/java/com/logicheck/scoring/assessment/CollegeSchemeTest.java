package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.complaint;
import static com.logicheck.scoring.assessment.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.MoneyResult.Direction;
import com.logicheck.domain.assessment.MoneyResult.Kind;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.scoring.assessment.Fixtures.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 学院物业考核 (seed 004 第14篇, DOMAIN.md "College"): 60% inspection + 40% survey (mean after dropping the highest
 * and the lowest); complaints deduct double; ≥ 90 优秀 → 1% of the bond as reward; < 70 不合格 → 1% of the bond as
 * liquidated damages. Bond 200,000 元 throughout, so 1% = 2,000 元.
 */
class CollegeSchemeTest {

    @ParameterizedTest(name = "inspection {0}, survey {1} → {2} {3}, {4} {5} 元")
    @CsvSource(delimiter = '|', textBlock = """
        # inspection | survey mean | total | grade    | money   | amount
        # 88 × 60% + 90 × 40% = 52.80 + 36.00
        88           | 90          | 88.80 | 合格     | NONE    | 0.00
        # 88 × 60% + 95 × 40% = 52.80 + 38.00 = 90.80 → 优秀 → 1% × 200000 = 2000
        88           | 95          | 90.80 | 优秀     | REWARD  | 2000.00
        # 90 × 60% + 90 × 40% = 54 + 36 = 90.00: ≥ 90 includes 90
        90           | 90          | 90.00 | 优秀     | REWARD  | 2000.00
        # 89.98 × 60% = 53.988 → 53.99; + 36 = 89.99 → 合格, no reward
        89.98        | 90          | 89.99 | 合格     | NONE    | 0.00
        # 80 × 60% + 80 × 40% = 80.00 合格
        80           | 80          | 80.00 | 合格     | NONE    | 0.00
        # 70 × 60% + 70 × 40% = 42 + 28 = 70.00: 70–79 基本合格, not failing
        70           | 70          | 70.00 | 基本合格 | NONE    | 0.00
        # 60 × 60% + 70 × 40% = 36 + 28 = 64.00 → 不合格 → 1% × 200000 = 2000 违约金
        60           | 70          | 64.00 | 不合格   | PENALTY | 2000.00
        # 70 × 60% + 69.97 × 40% = 42 + 27.988 → 27.99 → 69.99 → 不合格
        70           | 69.97       | 69.99 | 不合格   | PENALTY | 2000.00
        """)
    void sixtyFortyWithBondMoney(String inspection, String surveyMean, String total, String grade, Direction money,
                                 String amount) {
        MonthlyAssessment m = Input.college(inspection, surveyMean).assess();
        assertThat(m.complete()).isTrue();
        assertThat(m.total()).isEqualByComparingTo(total);
        assertThat(m.grade()).isEqualTo(grade);
        assertThat(m.failed()).isEqualTo(grade.equals("不合格"));
        assertThat(m.money().kind()).isEqualTo(Kind.BOND_PERCENT);
        assertThat(m.money().direction()).isEqualTo(money);
        assertThat(m.money().amount()).isEqualByComparingTo(amount);
        assertThat(m.money().passedDown()).isEqualByComparingTo("0");
        assertThat(m.money().tenderPreference()).isEqualTo(money == Direction.REWARD);
        // the panel is the seed's 10 staff and 20 students: no warning
        assertThat(m.components().get(1).survey().staff()).isEqualTo(10);
        assertThat(m.components().get(1).survey().students()).isEqualTo(20);
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void theSurveyDropsTheHighestAndTheLowestScore() {
        Input in = Input.college();
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "88"));
        // 100 and 40 dropped; (95 + 90 + 85 + 80 + 70) ÷ 5 = 420 ÷ 5 = 84.00
        in.survey.addAll(survey(3, "95", "100", "90", "40", "85", "80", "70"));
        MonthlyAssessment m = in.assess();
        ComponentResult s = m.components().get(1);
        assertThat(s.kind()).isEqualTo(ComponentKind.SURVEY);
        assertThat(s.survey().droppedHighest()).singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(s.survey().droppedLowest()).singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("40"));
        assertThat(s.survey().keptSum()).isEqualByComparingTo("420");
        assertThat(s.survey().kept()).isEqualTo(5);
        assertThat(s.score()).isEqualByComparingTo("84.00");
        assertThat(s.points()).isEqualByComparingTo("33.60");   // 84 × 40%
        assertThat(m.total()).isEqualByComparingTo("86.40");    // 52.80 + 33.60
        // one respondent (40) below 60 of 7: 14.29%, no veto; and the panel is smaller than 10 + 20
        assertThat(s.survey().dissatisfied()).isEqualTo(1);
        assertThat(s.survey().dissatisfiedRate()).isEqualByComparingTo("14.29");
        assertThat(m.veto().vetoed()).isFalse();
        assertThat(m.warnings()).extracting(Problem::key).contains("assess.warning.smallPanel");
    }

    @Test
    void aTrimmedMeanRoundsHalfUpToTwoDecimals() {
        Input in = Input.college();
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "88"));
        // drop 99 and 10; (90 + 85 + 81) ÷ 3 = 85.333… → 85.33; × 40% = 34.132 → 34.13
        in.survey.addAll(survey(2, "99", "90", "85", "81", "10"));
        MonthlyAssessment m = in.assess();
        assertThat(m.components().get(1).score()).isEqualByComparingTo("85.33");
        assertThat(m.components().get(1).points()).isEqualByComparingTo("34.13");
        assertThat(m.total()).isEqualByComparingTo("86.93");
    }

    @Test
    void aSubstantiatedComplaintDeductsTheItemsPointsTwice() {
        Input in = Input.college("88", "90");   // 88.80 before complaints
        in.complaints.add(complaint("0.5", true));    // 每发现一处扣0.5分 → 0.5 × 2 = 1.00
        in.complaints.add(complaint("2", true));      // 2 × 2 = 4.00
        in.complaints.add(complaint("3", false));     // not substantiated: kept, deducts 0
        MonthlyAssessment m = in.assess();
        assertThat(m.complaints().multiplier()).isEqualByComparingTo("2");
        assertThat(m.complaints().lines()).extracting(l -> l.deduction().toPlainString())
                .containsExactlyInAnyOrder("1.00", "4.00", "0.00");
        assertThat(m.complaints().deduction()).isEqualByComparingTo("5.00");
        assertThat(m.subtotal()).isEqualByComparingTo("88.80");
        assertThat(m.total()).isEqualByComparingTo("83.80");   // 88.80 − 5.00
    }

    @Test
    void complaintsCanTurnAnExcellentMonthIntoAFailingOneButNotBelowZero() {
        Input in = Input.college("88", "95");   // 90.80 优秀
        in.complaints.add(complaint("1", true));   // − 2.00 → 88.80 合格: the reward is gone
        assertThat(in.assess().money().direction()).isEqualTo(Direction.NONE);
        for (int i = 0; i < 30; i++) {
            in.complaints.add(complaint("5", true));   // − 300 more
        }
        MonthlyAssessment m = in.assess();
        assertThat(m.total()).isEqualByComparingTo("0.00");
        assertThat(m.money().direction()).isEqualTo(Direction.PENALTY);
    }

    @Test
    void withoutASurveyTheMonthIsIncompleteAndHasNoTotal() {
        Input in = Input.college();
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "88"));
        MonthlyAssessment m = in.assess();
        assertThat(m.complete()).isFalse();
        assertThat(m.missing()).extracting(Problem::key).containsExactly("assess.missing.survey");
        assertThat(m.total()).isNull();
        assertThat(m.failed()).isFalse();
        assertThat(m.money().direction()).isEqualTo(Direction.NONE);
    }

    @Test
    void aSurveyTooSmallForTheTrimmedMeanIsRefusedNotGuessed() {
        Input in = Input.college();
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "88"));
        in.survey.addAll(survey(1, "90", "80"));
        MonthlyAssessment m = in.assess();
        assertThat(m.complete()).isFalse();
        assertThat(m.missing()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("problem.survey.tooFew");
            assertThat(p.args()).containsExactly(3, 1, 1, 2);
        });
    }
}
