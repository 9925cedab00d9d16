package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.Combine;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.domain.assessment.MonthInputCheck;
import com.logicheck.domain.assessment.MonthInputCheck.AreaPart;
import com.logicheck.domain.assessment.PanelRule;
import com.logicheck.domain.assessment.PanelRule.Member;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What may be entered for a month under a scheme (panel scores, area parts, a typed rate): each refusal named. */
class MonthInputCheckTest {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    private static AssessmentScheme panel() {
        return PanelAndAreasTest.withPanel(new PanelRule(Combine.MEAN, 0, 0, List.of(new Member("教务处", null),
                new Member("学生处", null))));
    }

    private static AssessmentScheme typedRate() {
        AssessmentScheme c = Fixtures.college();
        SurveyRule r = c.survey();
        return SchemeOptionsTest.copy(c, new SurveyRule(r.maxScore(), r.dropHighest(), r.dropLowest(),
                r.dissatisfiedBelow(), r.staffPanel(), r.studentPanel(), Dissatisfaction.TYPED_RATE, List.of()),
                c.complaints(), c.money(), c.failureConsequences());
    }

    private static String zh(List<Problem> problems) {
        return ZH.problems(new DomainException(problems));
    }

    @Test
    void aListedMemberWithAScoreOfZeroToAHundredMayBeEntered() {
        assertThat(MonthInputCheck.panelScore(panel(), "教务处", d("88.5"))).isEmpty();
        assertThat(MonthInputCheck.panelScore(panel(), "学生处", d("100"))).isEmpty();
        assertThat(MonthInputCheck.panelScore(panel(), "学生处", d("0"))).isEmpty();
    }

    @Test
    void aPanelScoreIsRefusedNamingTheMemberAndTheValue() {
        assertThat(zh(MonthInputCheck.panelScore(panel(), "教务处", d("100.01"))))
                .isEqualTo("评议成员“教务处”的评分 100.01 须在 0～100 分之间，最多两位小数。");
        assertThat(zh(MonthInputCheck.panelScore(panel(), "教务处", d("88.125"))))
                .isEqualTo("评议成员“教务处”的评分 88.125 须在 0～100 分之间，最多两位小数。");
        assertThat(zh(MonthInputCheck.panelScore(panel(), " ", d("80")))).isEqualTo("请填写评议成员（部门或人员）。");
        assertThat(EN.problems(new DomainException(MonthInputCheck.panelScore(panel(), "后勤处", d("-1")))).split("\n"))
                .containsExactly("\"成员单位评议\": \"后勤处\" is not a member of the panel.",
                        "The score -1 of panel member \"后勤处\" must be between 0 and 100 with at most two decimals.");
        assertThat(MonthInputCheck.panelScore(Fixtures.college(), "教务处", d("80"))).extracting(Problem::key)
                .containsExactly("problem.monthInput.noPanel");
    }

    @Test
    void onlyAnAreasEnteredPartsTakeAScore() {
        AssessmentScheme areas = PanelAndAreasTest.withAreas(Combine.MEAN, null, null);
        assertThat(MonthInputCheck.enteredParts(areas)).containsExactly(
                new AreaPart("教学楼宇", "主管部门考核", d("80")), new AreaPart("教学楼宇", "服务对象考核", d("20")),
                new AreaPart("学生公寓", "服务对象考核", d("20")));
        assertThat(MonthInputCheck.areaScore(areas, "教学楼宇", "主管部门考核", d("89"))).isEmpty();
        assertThat(zh(MonthInputCheck.areaScore(areas, "学生公寓", "主管部门考核", d("89"))))
                .isEqualTo("区域“学生公寓”没有需要录入分数的部分“主管部门考核”。");
        assertThat(zh(MonthInputCheck.areaScore(areas, "图书馆", "服务对象考核", d("189"))).split("\n"))
                .containsExactly("考核办法中没有区域“图书馆”。", "区域“图书馆”的“服务对象考核”评分 189 须在 0～100 分之间，最多两位小数。");
        assertThat(MonthInputCheck.areaScore(panel(), "教学楼宇", "主管部门考核", d("89"))).extracting(Problem::key)
                .containsExactly("problem.monthInput.noAreas");
    }

    @Test
    void aTypedRateMustBeAWholeNumberOfThePanelsPeople() {
        // 43.33% of 30 = 12.999 → 13 people, and 13 of 30 = 43.33%: a rate a panel of 30 can give
        assertThat(MonthInputCheck.typedRate(typedRate(), d("43.33"), 30)).isEmpty();
        assertThat(MonthInputCheck.typedRate(typedRate(), d("10"), 30)).isEmpty();
        // 11% of 30 = 3.3 people
        assertThat(zh(MonthInputCheck.typedRate(typedRate(), d("11"), 30)))
                .isEqualTo("不满意率 11% 不是 30 人中整数人数的比例（例如 30 人中 3 人为 10%）。");
        assertThat(zh(MonthInputCheck.typedRate(typedRate(), d("101"), 0)).split("\n")).containsExactly(
                "不满意率 101% 须在 0～100% 之间，最多两位小数。", "调查人数 0 须为至少 1 人的整数。");
        assertThat(MonthInputCheck.typedRate(Fixtures.college(), d("10"), 30)).extracting(Problem::key)
                .containsExactly("problem.monthInput.noTypedRate");
    }
}
