package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.assessment.MoneyResult.Direction;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.TestStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hospital's 千分制 end to end on a real H2 file: sheets → 1000-point total → money; an exemption and an appeal
 * change it only once a supervisor decides; closing freezes it; reopening needs a supervisor and a reason.
 * November 2026: a full inspection on the 3rd with all five sheets 合格 (100 each), and a spot check of 工程维修 on
 * the 20th deducting 1.1 (3 × 1 = 3) and 1.4 (2 × 1 = 2) = 95.00. 工程维修's mean is (100 + 95) ÷ 2 = 97.50 → 195.00
 * points, the month 4 × 200 + 195 = 995.00 → (995 − 950) × 50 = 2250 元 reward, 60% = 1350 元 passed down.
 */
@DatabaseTest
class HospitalAssessmentIT {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    private static final String CANTEEN_ITEM = "1.1";   // 食品经营许可: 未公示扣1分
    @TempDir
    Path dir;
    AssessmentWorld w;
    Inspection maintenance;

    /** Where the test folders keep their database; the PostgreSQL subclass runs the same tests there (ADR 0038). */
    TestStore store() {
        return TestStore.H2;
    }

    @BeforeEach
    void aFullInspectionOnTheThird() {
        w = new AssessmentWorld(dir, store());
        w.hospitalFullInspection(LocalDate.of(2026, 11, 3), "none", Map.of());
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    private void maintenanceWithDeductions() {
        maintenance = w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK,
                LocalDate.of(2026, 11, 20), Map.of("1.1", q("3", "0"), "1.4", q("2")));
    }

    private MonthlyAssessment november() {
        return w.c.assessment().service().assess(w.hospitalProvider.id(), NOVEMBER).assessment();
    }

    @Test
    void theMonthIsGatheredFromTheDatabaseAndExplained() {
        maintenanceWithDeductions();
        MonthlyAssessment m = november();
        // 工程维修: (100 + 95) ÷ 2 = 97.50 → 195.00; the four others 200 each → 995.00
        assertThat(m.components().get(0).templates().get(1).mean()).isEqualByComparingTo("97.50");
        assertThat(m.total()).isEqualByComparingTo("995.00");
        assertThat(m.grade()).isEqualTo("优秀");
        assertThat(m.money().direction()).isEqualTo(Direction.REWARD);
        assertThat(m.money().amount()).isEqualByComparingTo("2250.00");      // 45 × 50
        assertThat(m.money().passedDown()).isEqualByComparingTo("1350.00");  // 60%
        assertThat(m.inspections().fullDays()).isEqualTo(1);
        assertThat(m.inspections().spotDaysInQuarter()).isEqualTo(1);
        assertThat(m.deductions()).isEqualTo(2);
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void sheetsOnTemplatesTheSchemeDoesNotCountAreNeitherReadNorCounted() {
        maintenanceWithDeductions();
        // the provider's canteen check of the same month, deducted, with an exemption waiting for a supervisor
        Inspection canteen = w.sheet(w.hospitalProvider, "canteen-food-safety", InspectionKind.FULL,
                LocalDate.of(2026, 11, 12), Map.of(CANTEEN_ITEM, q("1", "0")));
        w.c.assessment().entries().requestExemption(canteen.id(), w.itemId("canteen-food-safety", CANTEEN_ITEM),
                ExemptionReason.THIRD_PARTY, "供货商送货延迟", w.inspector.id());

        MonthlyAssessment m = november();
        assertThat(m.total()).isEqualByComparingTo("995.00");
        assertThat(m.warnings()).isEmpty();   // the waiting exemption is on a sheet the month does not count
        assertThat(m.components().get(0).templates()).flatExtracting(t -> t.sheets())
                .extracting(s -> s.inspectionId()).hasSize(6).doesNotContain(canteen.id());
    }

    @Test
    void anExemptionCountsOnlyOnceASupervisorApprovesIt() {
        maintenanceWithDeductions();
        UUID item = w.itemId("hospital-maintenance", "1.1");
        AssessmentEntries entries = w.c.assessment().entries();
        UUID exemption = entries.requestExemption(maintenance.id(), item, ExemptionReason.CLIENT_CAUSE,
                "院方设备科延迟提供台账模板", w.inspector.id());
        assertThat(november().total()).isEqualByComparingTo("995.00");
        assertThat(november().warnings()).extracting(Problem::key).containsExactly("assess.warning.pending");

        assertThatThrownBy(() -> entries.decideExemption(exemption, true, "", w.inspector.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo("检查员不是主管，不能审批不予扣分申请。"));
        assertThat(november().total()).isEqualByComparingTo("995.00");

        entries.decideExemption(exemption, true, "核实属实", w.supervisor.id());
        MonthlyAssessment m = november();
        // 95 + 3 = 98 → (100 + 98) ÷ 2 = 99.00 → 198.00 → 998.00 → 48 × 50 = 2400, 60% = 1440
        assertThat(m.total()).isEqualByComparingTo("998.00");
        assertThat(m.money().amount()).isEqualByComparingTo("2400.00");
        assertThat(m.money().passedDown()).isEqualByComparingTo("1440.00");
        var sheet = m.components().get(0).templates().get(1).sheets().get(1);
        assertThat(sheet.recordedScore()).isEqualByComparingTo("95.00");
        assertThat(sheet.restored()).isEqualByComparingTo("3.00");
        assertThat(sheet.deductions().get(0).exemptions()).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("院方设备科延迟提供台账模板");
            assertThat(e.requestedBy()).isEqualTo("检查员");
            assertThat(e.decidedBy()).isEqualTo("刘洋");
        });
        assertThat(w.c.inspection().inspections().history(maintenance.id())).extracting(ChangeLog.Entry::action)
                .contains("EXEMPTION_REQUESTED", "EXEMPTION_APPROVED");
        assertThatThrownBy(() -> entries.requestExemption(maintenance.id(), item, ExemptionReason.THIRD_PARTY, "再次",
                w.inspector.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.exemption.duplicate"));
    }

    @Test
    void exemptionsAreRefusedClearlyWhereTheyMakeNoSense() {
        maintenanceWithDeductions();
        AssessmentEntries entries = w.c.assessment().entries();
        UUID passed = w.itemId("hospital-maintenance", "1.5");
        assertThatThrownBy(() -> entries.requestExemption(maintenance.id(), passed, ExemptionReason.FORCE_MAJEURE,
                "暴雨", w.inspector.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo("第 1.5 项没有扣分，无需申请不予扣分或申辩。"));
        UUID item = w.itemId("hospital-maintenance", "1.1");
        assertThatThrownBy(() -> entries.requestExemption(maintenance.id(), item, ExemptionReason.FORCE_MAJEURE, " ",
                w.inspector.id())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> entries.requestExemption(maintenance.id(), item, ExemptionReason.FORCE_MAJEURE, "暴雨",
                w.contact.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.exemption.notInspector"));
    }

    @Test
    void anAppealIsDecidedBySupervisorWithAReasonAndStaysInTheSheetsHistory() {
        maintenanceWithDeductions();
        AssessmentEntries entries = w.c.assessment().entries();
        UUID item14 = w.itemId("hospital-maintenance", "1.4");
        UUID item11 = w.itemId("hospital-maintenance", "1.1");
        UUID upheld = entries.raiseAppeal(maintenance.id(), item11, "台账已建，只是未放在现场", w.contact.id());
        UUID overturned = entries.raiseAppeal(maintenance.id(), item14, "维保记录当天已补签", w.contact.id());
        assertThatThrownBy(() -> entries.decideAppeal(overturned, true, "", w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo("维持扣分或申辩成立都必须写明理由。"));
        assertThatThrownBy(() -> entries.decideAppeal(overturned, true, "同意", w.inspector.id()))
                .isInstanceOf(DomainException.class);
        entries.decideAppeal(upheld, false, "检查时无法出示，维持扣分", w.supervisor.id());
        entries.decideAppeal(overturned, true, "补签记录经核实有效", w.supervisor.id());
        // 95 + 2 = 97 → (100 + 97) ÷ 2 = 98.50 → 197.00 → 997.00
        MonthlyAssessment m = november();
        assertThat(m.total()).isEqualByComparingTo("997.00");
        assertThat(w.c.inspection().inspections().history(maintenance.id())).extracting(ChangeLog.Entry::action)
                .contains("APPEAL_RAISED", "APPEAL_UPHELD", "APPEAL_OVERTURNED");
        assertThatThrownBy(() -> entries.decideAppeal(upheld, true, "改判", w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.appeal.decided"));
    }

    @Test
    void closingFreezesTheMonthAndOnlyASupervisorReopensItWithAReason() {
        maintenanceWithDeductions();
        AssessmentService service = w.c.assessment().service();
        assertThatThrownBy(() -> service.close(w.hospitalProvider.id(), NOVEMBER, w.inspector.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.month.notSupervisor"));
        service.close(w.hospitalProvider.id(), NOVEMBER, w.supervisor.id());

        AssessmentService.MonthResult frozen = service.assess(w.hospitalProvider.id(), NOVEMBER);
        assertThat(frozen.closed()).isPresent();
        assertThat(frozen.closed().get().closedBy()).isEqualTo("刘洋");
        assertThat(frozen.assessment()).isEqualTo(service.compute(w.hospitalProvider.id(), NOVEMBER));

        // nothing that feeds a closed month can be entered
        assertThatThrownBy(() -> w.c.assessment().entries().recordVeto(w.hospitalProvider.id(), new VetoEvent(null,
                VetoType.WRITTEN_CRITICISM, LocalDate.of(2026, 11, 28), "卫健局通报 2026-15号", null, 0), w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("2026-11 的月度考核已关闭，如需修改请先由主管写明原因重新打开。"));
        assertThatThrownBy(() -> w.c.assessment().entries().requestExemption(maintenance.id(),
                w.itemId("hospital-maintenance", "1.1"), ExemptionReason.THIRD_PARTY, "市政停电", w.inspector.id()))
                .isInstanceOf(DomainException.class);
        // a sheet finished later in the month does not change the frozen result
        w.sheet(w.hospitalProvider, "hospital-security-fire", InspectionKind.FULL, LocalDate.of(2026, 11, 25),
                Map.of("1.1", q("1")));
        assertThat(service.assess(w.hospitalProvider.id(), NOVEMBER).assessment().total()).isEqualByComparingTo("995.00");

        assertThatThrownBy(() -> service.reopen(w.hospitalProvider.id(), NOVEMBER, "  ", w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.month.reopenReason"));
        assertThatThrownBy(() -> service.reopen(w.hospitalProvider.id(), NOVEMBER, "补录", w.inspector.id()))
                .isInstanceOf(DomainException.class);
        service.reopen(w.hospitalProvider.id(), NOVEMBER, "补录 11 月 25 日检查表", w.supervisor.id());
        AssessmentService.MonthResult live = service.assess(w.hospitalProvider.id(), NOVEMBER);
        assertThat(live.closed()).isEmpty();
        assertThat(live.assessment().total()).isLessThan(frozen.assessment().total());
        assertThat(service.closings(w.hospitalProvider.id(), NOVEMBER)).singleElement().satisfies(cl -> {
            assertThat(cl.status()).isEqualTo("REOPENED");
            assertThat(cl.reopenReason()).isEqualTo("补录 11 月 25 日检查表");
            assertThat(cl.reopenedBy()).isEqualTo("刘洋");
        });
        service.close(w.hospitalProvider.id(), NOVEMBER, w.supervisor.id());
        assertThat(service.closings(w.hospitalProvider.id(), NOVEMBER)).extracting(cl -> cl.status())
                .containsExactly("REOPENED", "CLOSED");
    }

    @Test
    void aMonthWithoutSheetsIsIncompleteAndCannotBeClosed() {
        MonthlyAssessment october = w.c.assessment().service().assess(w.hospitalProvider.id(), AssessmentWorld.OCTOBER)
                .assessment();
        assertThat(october.complete()).isFalse();
        assertThat(october.warnings()).extracting(Problem::key).contains("assess.warning.fullInspections");
        assertThatThrownBy(() -> w.c.assessment().service().close(w.hospitalProvider.id(), AssessmentWorld.OCTOBER,
                w.supervisor.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.month.incomplete"));
    }

    @Test
    void aProviderWithoutAContractOrSchemeIsRefusedClearly() {
        UUID org = w.c.core().reference().organisation().orElseThrow().id();
        var stranger = w.c.core().reference().addProvider(org, "临时保洁公司", "临时保洁");
        assertThatThrownBy(() -> w.c.assessment().service().assess(stranger.id(), NOVEMBER))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo("临时保洁公司在 2026-11 没有有效的合同。"));
        assertThat(List.of(w.c.core().schemes().all().size())).containsExactly(2);
    }
}
