package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.AreaRule;
import com.logicheck.domain.assessment.AreaRule.Part;
import com.logicheck.domain.assessment.AreaRule.Source;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.AssessmentSchemeValidator;
import com.logicheck.domain.assessment.Combine;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.MonthScores;
import com.logicheck.domain.assessment.MonthScores.AreaScore;
import com.logicheck.domain.assessment.MonthScores.PanelScore;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.PanelRule;
import com.logicheck.domain.assessment.PanelRule.Member;
import com.logicheck.domain.assessment.SchemeComponent;
import com.logicheck.domain.assessment.SheetInput;
import com.logicheck.domain.assessment.TemplateWeight;
import com.logicheck.scoring.assessment.Fixtures.Input;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Panels (six member departments scoring the month at a meeting) and areas (each with its own 主管部门 80% + 服务对象
 * 20% mix) as scheme components, computed by the real calculator; every case by hand in its comment.
 */
class PanelAndAreasTest {
    private static final String[] DEPARTMENTS = {"教务处", "学生处", "保卫处", "财务处", "资产处", "团委"};
    private static final String[] SCORES = {"88", "92", "85", "90", "79", "95"};
    private static final String[] WEIGHTS = {"25", "20", "15", "10", "15", "15"};

    /** Inspection 60 + panel 40 on a 100 scale, the college's grades and money. */
    static AssessmentScheme withPanel(PanelRule panel) {
        AssessmentScheme c = Fixtures.college();
        return new AssessmentScheme(AssessmentScheme.versionId("panel", 1), "panel", 1, "评议小组考核", "", d("100.00"),
                c.sheets(), List.of(
                new SchemeComponent(ComponentKind.INSPECTION, "后勤服务中心考核", d("60.00"),
                        List.of(new TemplateWeight("college-property", d("100.00")))),
                new SchemeComponent(ComponentKind.PANEL, "成员单位评议", d("40.00"), List.of(), panel, List.of(), null)),
                null, null, List.of(), c.grades(), c.money(), null, null, List.of());
    }

    private static List<Member> members(boolean weighted) {
        return IntStream.range(0, 6)
                .mapToObj(i -> new Member(DEPARTMENTS[i], weighted ? d(WEIGHTS[i]) : null)).toList();
    }

    private static List<PanelScore> sixScores() {
        return IntStream.range(0, 6).mapToObj(i -> new PanelScore(DEPARTMENTS[i], d(SCORES[i])))
                .toList();
    }

    private static MonthlyAssessment panelMonth(PanelRule rule, List<PanelScore> scores) {
        Input in = new Input(withPanel(rule), List.of(Fixtures.collegeTemplate()));
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "90"));
        in.scores = new MonthScores(scores, List.of(), null);
        return in.assess();
    }

    @Test
    void sixDepartmentsByTheirMean() {
        MonthlyAssessment m = panelMonth(new PanelRule(Combine.MEAN, 0, 0, members(false)), sixScores());
        // 88 + 92 + 85 + 90 + 79 + 95 = 529 ÷ 6 = 88.1666… → 88.17; × 40% = 35.268 → 35.27; + 90 × 60% = 54 → 89.27
        ComponentResult panel = m.components().get(1);
        assertThat(panel.score()).isEqualByComparingTo("88.17");
        assertThat(panel.points()).isEqualByComparingTo("35.27");
        assertThat(m.total()).isEqualByComparingTo("89.27");
    }

    @Test
    void sixDepartmentsByTheTrimmedMean() {
        MonthlyAssessment m = panelMonth(new PanelRule(Combine.TRIMMED, 1, 1, members(false)), sixScores());
        // drop 95 and 79: 88 + 92 + 85 + 90 = 355 ÷ 4 = 88.75; × 40% = 35.50; + 54 = 89.50
        ComponentResult panel = m.components().get(1);
        assertThat(panel.panel().droppedHighest()).containsExactly(d("95.00"));
        assertThat(panel.panel().droppedLowest()).containsExactly(d("79.00"));
        assertThat(panel.score()).isEqualByComparingTo("88.75");
        assertThat(m.total()).isEqualByComparingTo("89.50");
    }

    @Test
    void sixDepartmentsByWeight() {
        MonthlyAssessment m = panelMonth(new PanelRule(Combine.WEIGHTED, 0, 0, members(true)), sixScores());
        // 88×25 + 92×20 + 85×15 + 90×10 + 79×15 + 95×15 = 2200 + 1840 + 1275 + 900 + 1185 + 1425 = 8825 ÷ 100 = 88.25
        // × 40% = 35.30; + 54 = 89.30
        assertThat(m.components().get(1).score()).isEqualByComparingTo("88.25");
        assertThat(m.total()).isEqualByComparingTo("89.30");
    }

    @Test
    void aListedDepartmentWithoutAScoreLeavesTheMonthIncomplete() {
        MonthlyAssessment m = panelMonth(new PanelRule(Combine.MEAN, 0, 0, members(false)), sixScores().subList(0, 5));
        assertThat(m.complete()).isFalse();
        assertThat(m.total()).isNull();
        assertThat(m.missing()).containsExactly(Problem.of("assess.missing.panelMember", "成员单位评议", "团委"));
    }

    @Test
    void badPanelScoresAreEachNamed() {
        List<PanelScore> scores = List.of(new PanelScore("教务处", d("101")), new PanelScore("教务处", d("80")),
                new PanelScore("后勤处", d("80")));
        MonthlyAssessment m = panelMonth(new PanelRule(Combine.TRIMMED, 1, 1, List.of()), scores);
        assertThat(m.complete()).isFalse();
        assertThat(m.missing()).extracting(Problem::key).containsExactly("problem.panel.outOfRange",
                "problem.panel.twice");
        m = panelMonth(new PanelRule(Combine.TRIMMED, 1, 1, List.of()), scores.subList(1, 3));
        // trimmed mean dropping 1 and 1 needs 3 scores; 2 given
        assertThat(m.missing()).containsExactly(Problem.of("problem.panel.tooFew", "成员单位评议", 3, 1, 1, 2));
    }

    /** Two areas of 主管部门考核 80% + 服务对象考核 20% each, combined as {@code mean}. */
    static AssessmentScheme withAreas(Combine mean, String firstWeight, String secondWeight) {
        AssessmentScheme c = Fixtures.college();
        List<AreaRule> areas = List.of(
                new AreaRule("教学楼宇", "教学楼宇", null, firstWeight == null ? null : d(firstWeight), List.of(
                        new Part("主管部门考核", Source.ENTERED, d("80")), new Part("服务对象考核", Source.ENTERED, d("20")))),
                new AreaRule("学生公寓", "学生公寓", ServiceLine.PROPERTY, secondWeight == null ? null : d(secondWeight),
                        List.of(new Part("主管部门考核", Source.SHEETS, d("80")),
                                new Part("服务对象考核", Source.ENTERED, d("20")))));
        return new AssessmentScheme(AssessmentScheme.versionId("areas", 1), "areas", 1, "分区域考核", "", d("100.00"),
                c.sheets(), List.of(new SchemeComponent(ComponentKind.AREAS, "各区域考核", d("100.00"), List.of(), null,
                areas, mean)), null, null, List.of(), c.grades(), c.money(), null, null, List.of());
    }

    private static SheetInput at(String place, String score) {
        SheetInput s = Fixtures.sheet(Fixtures.collegeTemplate(), score);
        return new SheetInput(s.inspectionId(), s.template(), s.kind(), s.status(), s.date(), place, s.inspector(),
                s.results(), s.recordedScore(), s.exemptions(), s.appeals());
    }

    private static Input areasMonth(AssessmentScheme scheme) {
        Input in = new Input(scheme, List.of(Fixtures.collegeTemplate()));
        in.sheets.add(at("学生公寓/3号楼", "84"));
        in.sheets.add(at("学生公寓/5号楼", "86"));
        in.sheets.add(at("学生公寓楼外", "10"));     // not under 学生公寓: a sibling place whose name starts alike
        in.sheets.add(at("东院区", "20"));
        in.scores = new MonthScores(List.of(), List.of(new AreaScore("教学楼宇", "主管部门考核", d("89")),
                new AreaScore("教学楼宇", "服务对象考核", d("92")), new AreaScore("学生公寓", "服务对象考核", d("90"))), null);
        return in;
    }

    @Test
    void eachAreaHasItsOwnMixAndTheTotalIsTheirMean() {
        MonthlyAssessment m = areasMonth(withAreas(Combine.MEAN, null, null)).assess();
        // 教学楼宇: 89 × 0.8 + 92 × 0.2 = 71.2 + 18.4 = 89.60
        // 学生公寓: sheets (84 + 86) ÷ 2 = 85 → 85 × 0.8 + 90 × 0.2 = 68 + 18 = 86.00
        // mean: (89.60 + 86.00) ÷ 2 = 87.80
        ComponentResult c = m.components().get(0);
        assertThat(c.areas()).extracting(a -> a.score().toPlainString()).containsExactly("89.60", "86.00");
        assertThat(c.areas().get(1).parts().get(0).sheets()).isEqualTo(2);
        assertThat(m.total()).isEqualByComparingTo("87.80");
        assertThat(m.grade()).isEqualTo("合格");
    }

    @Test
    void areasCanBeWeighted() {
        MonthlyAssessment m = areasMonth(withAreas(Combine.WEIGHTED, "60", "40")).assess();
        // 89.60 × 60 + 86.00 × 40 = 5376 + 3440 = 8816 ÷ 100 = 88.16
        assertThat(m.total()).isEqualByComparingTo("88.16");
    }

    @Test
    void anAreaPartWithoutItsScoreIsNamed() {
        Input in = areasMonth(withAreas(Combine.MEAN, null, null));
        in.sheets.clear();
        MonthlyAssessment m = in.assess();
        assertThat(m.complete()).isFalse();
        assertThat(m.missing()).containsExactly(Problem.of("assess.missing.areaPart", "各区域考核", "学生公寓", "主管部门考核"));
    }

    @Test
    void theSchemesAboveHoldTogether() {
        assertThat(AssessmentSchemeValidator.check(withPanel(new PanelRule(Combine.WEIGHTED, 0, 0, members(true)))))
                .isEmpty();
        assertThat(AssessmentSchemeValidator.check(withAreas(Combine.WEIGHTED, "60", "40"))).isEmpty();
        assertThat(AssessmentSchemeValidator.check(withAreas(Combine.MEAN, null, null))).isEmpty();
    }
}
