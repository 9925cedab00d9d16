package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.SurveyResult;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.i18n.Messages;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trimmed mean of seed 004 (去掉一个最高分和最低分) and the refusals of a survey it cannot be computed from. */
class SurveyScoreTest {
    private static final SurveyRule RULE = Fixtures.college().survey();

    @ParameterizedTest(name = "{0} → mean {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # three is the fewest: only the middle one is kept
        70 80 90          | 80.00
        # a tie at the top drops one of the two
        90 90 60 80       | 85.00
        # (85 + 85.5 + 86) ÷ 3 = 85.5
        100 85 85.5 86 0  | 85.50
        # (1 + 2) ÷ 2 = 1.5
        0 1 2 100         | 1.50
        # (66.66 + 66.67 + 66.67) ÷ 3 = 66.666… → 66.67 (HALF_UP)
        0 66.66 66.67 66.67 100 | 66.67
        """)
    void meanAfterDroppingTheHighestAndTheLowest(String scores, String mean) {
        SurveyResult r = SurveyScore.aggregate(RULE, survey(0, scores.split(" ")));
        assertThat(r.mean()).isEqualByComparingTo(mean);
    }

    @Test
    void fewerThanThreeRespondentsIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> SurveyScore.aggregate(RULE, survey(1, "90", "80")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(new Messages(Messages.CHINESE).problems((DomainException) e))
                        .isEqualTo("满意度调查至少需要 3 份问卷（去掉 1 个最高分和 1 个最低分后求平均），现在只有 2 份。"));
    }

    @ParameterizedTest(name = "score {0} is refused")
    @CsvSource({"101", "-1", "100.01", "85.555"})
    void aScoreOutOfRangeIsRefusedNamingTheRespondent(String score) {
        List<SurveyResponse> responses = List.of(
                new SurveyResponse(UUID.randomUUID(), RespondentKind.STAFF, "教职工1", Fixtures.d("90")),
                new SurveyResponse(UUID.randomUUID(), RespondentKind.STUDENT, "学生2", Fixtures.d(score)),
                new SurveyResponse(UUID.randomUUID(), RespondentKind.STUDENT, "学生3", Fixtures.d("80")));
        List<Problem> problems = SurveyScore.check(RULE, responses);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("problem.survey.outOfRange");
            assertThat(new Messages(Messages.CHINESE).problem(p))
                    .isEqualTo("第 2 份问卷（学生2）的分数 " + score + " 不在 0～100 分之间（最多两位小数）。");
        });
    }

    @Test
    void aMissingScoreIsRefused() {
        List<SurveyResponse> responses = List.of(
                new SurveyResponse(UUID.randomUUID(), RespondentKind.STAFF, "", null),
                new SurveyResponse(UUID.randomUUID(), RespondentKind.STAFF, "", Fixtures.d("80")),
                new SurveyResponse(UUID.randomUUID(), RespondentKind.STAFF, "", Fixtures.d("90")));
        assertThat(SurveyScore.check(RULE, responses)).extracting(Problem::key).containsExactly("problem.survey.missingScore");
    }
}
