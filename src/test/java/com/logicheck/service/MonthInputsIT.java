package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.AreaRule;
import com.logicheck.domain.assessment.AreaRule.Part;
import com.logicheck.domain.assessment.AreaRule.Source;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.Combine;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.PanelRule;
import com.logicheck.domain.assessment.SchemeComponent;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.domain.assessment.VetoResult;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.i18n.Messages;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.TestStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month inputs of issue 17 stored and read back into the assessment: a panel of six departments, an 80/20 area
 * mix, a typed dissatisfaction rate — each computed by hand; bad input (a member not on the panel, a score out of
 * range, a rate no panel of that size can give, a closed month, a provider's contact) refused, nothing written.
 */
@DatabaseTest
class MonthInputsIT {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    private static final String[] DEPARTMENTS = {"教务处", "学生处", "保卫处", "财务处", "资产处", "团委"};
    private static final String[] SCORES = {"88", "92", "85", "90", "79", "95"};
    @TempDir
    Path dir;
    AssessmentWorld w;
    UUID provider;
    MonthInputs inputs;

    TestStore store() {
        return TestStore.H2;
    }

    @BeforeEach
    void november() {
        w = new AssessmentWorld(dir, store());
        provider = w.collegeProvider.id();
        // college-property: the sheet scores 88 (CollegeAssessmentIT)
        w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, LocalDate.of(2026, 11, 10),
                Map.of("1.1", q("14"), "1.2", q("10")));
        inputs = w.c.assessment().monthInputs();
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** The college's scheme with inspection 60 + a panel of six 40, dissatisfaction typed as a rate; from November. */
    private void panelScheme() {
        AssessmentScheme c = w.c.core().schemes().load(w.c.core().schemes().latestVersion("college-60-40").orElseThrow());
        SchemeComponent inspection = c.component(ComponentKind.INSPECTION).orElseThrow();
        SchemeComponent panel = new SchemeComponent(ComponentKind.PANEL, "成员单位评议", d("40.00"), List.of(),
                new PanelRule(Combine.MEAN, 0, 0, Arrays.stream(DEPARTMENTS)
                        .map(n -> new PanelRule.Member(n, null)).toList()), List.of(), null);
        SurveyRule s = c.survey();
        attach(new AssessmentScheme(AssessmentScheme.versionId("college-panel", 1), "college-panel", 1, "评议小组考核",
                "", c.scale(), c.sheets(), List.of(new SchemeComponent(inspection.kind(), inspection.title(),
                d("60.00"), inspection.templates()), panel), new SurveyRule(s.maxScore(), s.dropHighest(),
                s.dropLowest(), s.dissatisfiedBelow(), s.staffPanel(), s.studentPanel(), Dissatisfaction.TYPED_RATE,
                List.of()), c.complaints(), c.vetoes(), c.grades(), c.money(), c.passDownPercent(), null, List.of()));
    }

    /** One area 教学楼宇: 主管部门考核 80% + 服务对象考核 20%, both entered; the whole total. */
    private void areaScheme() {
        AssessmentScheme c = w.c.core().schemes().load(w.c.core().schemes().latestVersion("college-60-40").orElseThrow());
        attach(new AssessmentScheme(AssessmentScheme.versionId("college-areas", 1), "college-areas", 1, "分区域考核", "",
                c.scale(), c.sheets(), List.of(new SchemeComponent(ComponentKind.AREAS, "各区域考核", d("100.00"),
                List.of(), null, List.of(new AreaRule("教学楼宇", "教学楼宇", null, null, List.of(
                        new Part("主管部门考核", Source.ENTERED, d("80")), new Part("服务对象考核", Source.ENTERED, d("20")))),
                new AreaRule("学生公寓", "学生公寓", null, null, List.of(new Part("主管部门考核", Source.SHEETS, d("100"))))),
                Combine.MEAN)), null, null, List.of(), c.grades(), c.money(), null, null, List.of()));
    }

    private void attach(AssessmentScheme scheme) {
        w.c.core().schemes().save(scheme, false);
        UUID contract = w.c.core().schemes().contracts(provider).get(0).id();
        w.c.core().schemes().attach(contract, scheme.id(), NOVEMBER, w.supervisor.id());
    }

    private MonthlyAssessment month() {
        return w.c.assessment().service().assess(provider, NOVEMBER).assessment();
    }

    private void sixScores() {
        for (int i = 0; i < 6; i++) {
            inputs.setPanelScore(provider, NOVEMBER, DEPARTMENTS[i], d(SCORES[i]), w.inspector.id());
        }
    }

    @Test
    void sixDepartmentsScoreTheMonthAndTheSchemeIsNoLongerIncomplete() {
        panelScheme();
        assertThat(month().complete()).isFalse();
        assertThat(month().missing()).contains(Problem.of("assess.missing.panel", "成员单位评议"));
        sixScores();
        inputs.setPanelScore(provider, NOVEMBER, "团委", d("95.00"), w.supervisor.id());   // entered again: replaced
        MonthlyAssessment m = month();
        // panel: 88 + 92 + 85 + 90 + 79 + 95 = 529 ÷ 6 = 88.1666… → 88.17; × 40% = 35.268 → 35.27
        // inspection: 88 × 60% = 52.80; total 88.07
        assertThat(m.complete()).isTrue();
        assertThat(m.components().get(1).score()).isEqualByComparingTo("88.17");
        assertThat(m.components().get(1).points()).isEqualByComparingTo("35.27");
        assertThat(m.total()).isEqualByComparingTo("88.07");
        assertThat(inputs.scores(provider, NOVEMBER).panel()).hasSize(6);

        inputs.removePanelScore(provider, NOVEMBER, "团委", w.inspector.id());
        assertThat(month().missing()).containsExactly(Problem.of("assess.missing.panelMember", "成员单位评议", "团委"));
    }

    @Test
    void aTypedRateOf43Point33PercentOf30PeopleVetoesTheMonth() {
        panelScheme();
        sixScores();
        assertThat(month().warnings()).contains(Problem.of("assess.warning.noTypedRate"));
        inputs.setTypedRate(provider, NOVEMBER, d("43.33"), 30, w.inspector.id());
        // 43.33% of 30 = 12.999 → 13 people; 13 × 100 = 1300 > 40 × 30 = 1200: above the 40% line
        VetoResult veto = month().veto();
        assertThat(veto.vetoed()).isTrue();
        assertThat(veto.findings()).filteredOn(f -> f.type() == VetoType.DISSATISFACTION).singleElement()
                .satisfies(f -> assertThat(f.rate()).isEqualByComparingTo("43.33"));
        inputs.setTypedRate(provider, NOVEMBER, d("40"), 30, w.inspector.id());
        // 40% of 30 = 12; 1200 > 1200 is false: not vetoed
        assertThat(month().veto().vetoed()).isFalse();
        assertThat(inputs.scores(provider, NOVEMBER).dissatisfaction().percent()).isEqualByComparingTo("40.00");
    }

    @Test
    void anEightyTwentyAreaMixIsEnteredAndComputed() {
        areaScheme();
        w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, LocalDate.of(2026, 11, 12), Map.of());
        inputs.setAreaScore(provider, NOVEMBER, "教学楼宇", "主管部门考核", d("89"), w.inspector.id());
        assertThat(month().complete()).isFalse();
        inputs.setAreaScore(provider, NOVEMBER, "教学楼宇", "服务对象考核", d("92"), w.inspector.id());
        MonthlyAssessment m = month();
        // 教学楼宇: 89 × 0.8 + 92 × 0.2 = 71.2 + 18.4 = 89.60; 学生公寓 has no sheets under it
        assertThat(m.components().get(0).areas().get(0).score()).isEqualByComparingTo("89.60");
        assertThatThrownBy(() -> inputs.setAreaScore(provider, NOVEMBER, "学生公寓", "主管部门考核", d("90"),
                w.inspector.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("区域“学生公寓”没有需要录入分数的部分“主管部门考核”。"));
        assertThat(inputs.scores(provider, NOVEMBER).areas()).hasSize(2);
    }

    @Test
    void badPanelInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        panelScheme();
        assertThatThrownBy(() -> inputs.setPanelScore(provider, NOVEMBER, "后勤处", d("100.5"), w.inspector.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e).split("\n")).containsExactly(
                        "“成员单位评议”：“后勤处”不是评议小组成员。",
                        "评议成员“后勤处”的评分 100.5 须在 0～100 分之间，最多两位小数。"));
        assertThatThrownBy(() -> inputs.setTypedRate(provider, NOVEMBER, d("11"), 30, w.inspector.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("不满意率 11% 不是 30 人中整数人数的比例（例如 30 人中 3 人为 10%）。"));
        assertThatThrownBy(() -> inputs.setTypedRate(provider, NOVEMBER, d("10"), 0, w.inspector.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo("调查人数 0 须为至少 1 人的整数。"));
        assertThatThrownBy(() -> inputs.setPanelScore(provider, NOVEMBER, "教务处", d("88"), w.contact.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key)
                        .containsExactly("problem.monthInput.notAllowed"));
        assertThat(inputs.scores(provider, NOVEMBER).panel()).isEmpty();
        assertThat(inputs.scores(provider, NOVEMBER).dissatisfaction()).isNull();
    }

    @Test
    void aClosedMonthTakesNoInput() {
        panelScheme();
        sixScores();
        inputs.setTypedRate(provider, NOVEMBER, d("10"), 30, w.inspector.id());
        w.c.assessment().service().close(provider, NOVEMBER, w.supervisor.id());
        assertThatThrownBy(() -> inputs.setPanelScore(provider, NOVEMBER, "教务处", d("60"), w.supervisor.id()))
                .isInstanceOf(DomainException.class).hasMessageContaining("problem.month.closed");
        assertThatThrownBy(() -> inputs.clearTypedRate(provider, NOVEMBER, w.supervisor.id()))
                .isInstanceOf(DomainException.class).hasMessageContaining("problem.month.closed");
        assertThat(inputs.scores(provider, NOVEMBER).panel()).extracting(p -> p.score().toPlainString())
                .containsExactlyInAnyOrder("88.00", "92.00", "85.00", "90.00", "79.00", "95.00");
        assertThat(inputs.scores(provider, NOVEMBER).dissatisfaction().percent()).isEqualByComparingTo("10");
    }
}
