package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.assessment.MoneyResult.Direction;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.MonthlyReport;
import com.logicheck.pdf.ReportPdfWriter;
import com.logicheck.suites.DatabaseTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 不予扣分 and 申辩 entered through {@link AssessmentEntries} on a real data folder change the hospital month's total
 * exactly as DOMAIN.md computes it by hand, and show with their reasons in the monthly report PDF.
 * <pre>
 * 工程维修 sheet: 1.1 扣 3 (每缺一项 1 × 3) + 1.4 扣 2 = 95 → 95 × 20% × 1000 ÷ 100 = 190; the other four 200 each
 *   → 990.00 → reward (990 − 950) × 50 = 2000.00 元, 60% passed down = 1200.00
 * 1.1 exempted (院方原因, approved)  → 98 → 196 → 996.00 → (996 − 950) × 50 = 2300.00, passed down 1380.00
 * 1.4 appeal overturned              → 100 → 200 → 1000.00 → (1000 − 950) × 50 = 2500.00, passed down 1500.00
 * </pre>
 */
@DatabaseTest
class AssessmentReliefIT {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    @TempDir
    Path dir;
    AssessmentWorld w;
    UUID provider;
    UUID sheet;

    @BeforeEach
    void november() {
        w = new AssessmentWorld(dir);
        provider = w.hospitalProvider.id();
        w.hospitalFullInspection(LocalDate.of(2026, 11, 3), "hospital-maintenance",
                Map.of("1.1", q("3", "0"), "1.4", q("2")));
        sheet = w.c.assessment().service().gather(provider, NOVEMBER).sheets().stream()
                .filter(s -> s.template().code().equals("hospital-maintenance")).findFirst().orElseThrow()
                .inspectionId();
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    private MonthlyAssessment month() {
        return w.c.assessment().service().assess(provider, NOVEMBER).assessment();
    }

    @Test
    void anApprovedExemptionAndAnOverturnedAppealChangeTheMonthsTotalAndMoney() {
        AssessmentEntries entries = w.c.assessment().entries();
        assertThat(month().total()).isEqualByComparingTo("990.00");
        assertThat(month().money().amount()).isEqualByComparingTo("2000.00");

        UUID exemption = entries.requestExemption(sheet, w.itemId("hospital-maintenance", "1.1"),
                ExemptionReason.CLIENT_CAUSE, "医院基建科延误配电房改造，台账无法更新", w.inspector.id());
        assertThat(month().total()).as("pending changes nothing").isEqualByComparingTo("990.00");
        entries.decideExemption(exemption, true, "属实，基建科确认", w.supervisor.id());
        MonthlyAssessment m = month();
        assertThat(m.total()).isEqualByComparingTo("996.00");
        assertThat(m.money().direction()).isEqualTo(Direction.REWARD);
        assertThat(m.money().amount()).isEqualByComparingTo("2300.00");
        assertThat(m.money().passedDown()).isEqualByComparingTo("1380.00");

        UUID appeal = entries.raiseAppeal(sheet, w.itemId("hospital-maintenance", "1.4"),
                "巡检记录当天已补交，检查时在值班室", w.contact.id());
        entries.decideAppeal(appeal, true, "值班室记录核实无误", w.supervisor.id());
        m = month();
        assertThat(m.total()).isEqualByComparingTo("1000.00");
        assertThat(m.money().amount()).isEqualByComparingTo("2500.00");
        assertThat(m.money().passedDown()).isEqualByComparingTo("1500.00");
        // the signed score stays as it was; the sheet shows what came back
        var maintenance = m.components().get(0).templates().stream()
                .filter(t -> t.templateCode().equals("hospital-maintenance")).findFirst().orElseThrow().sheets().get(0);
        assertThat(maintenance.recordedScore()).isEqualByComparingTo("95.00");
        assertThat(maintenance.restored()).isEqualByComparingTo("5.00");
    }

    @Test
    void anUpheldAppealAndARejectedExemptionLeaveTheTotalAndOnlySupervisorsDecide() {
        AssessmentEntries entries = w.c.assessment().entries();
        UUID item = w.itemId("hospital-maintenance", "1.4");
        UUID appeal = entries.raiseAppeal(sheet, item, "设备当天已修好", w.contact.id());
        assertThatThrownBy(() -> entries.decideAppeal(appeal, true, "同意", w.inspector.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo("检查员不是主管，不能处理申辩。"));
        entries.decideAppeal(appeal, false, "现场照片显示仍未修复", w.supervisor.id());
        UUID exemption = entries.requestExemption(sheet, item, ExemptionReason.FORCE_MAJEURE, "暴雨停电",
                w.inspector.id());
        entries.decideExemption(exemption, false, "停电与该项无关", w.supervisor.id());
        assertThat(month().total()).isEqualByComparingTo("990.00");
        // both stay in the sheet's record, decided and with their reasons
        var line = month().components().get(0).templates().stream()
                .filter(t -> t.templateCode().equals("hospital-maintenance")).findFirst().orElseThrow().sheets().get(0)
                .deductions().stream().filter(d -> d.itemCode().equals("1.4")).findFirst().orElseThrow();
        assertThat(line.relieved()).isFalse();
        assertThat(line.appeals()).singleElement().satisfies(a -> assertThat(a.decisionReason()).isEqualTo("现场照片显示仍未修复"));
        assertThat(line.exemptions()).singleElement().satisfies(e -> assertThat(e.decisionNote()).isEqualTo("停电与该项无关"));
    }

    /** The lifecycle decides whether a sheet counts; the service asks it before the repository writes anything. */
    @Test
    void aDraftSheetIsRefusedAnExemptionAndAnAppealAndNothingIsWritten() {
        AssessmentEntries entries = w.c.assessment().entries();
        UUID item = w.itemId("hospital-maintenance", "1.4");
        UUID pending = entries.requestExemption(sheet, item, ExemptionReason.CLIENT_CAUSE, "配件未到", w.inspector.id());
        w.c.inspection().service().reopen(sheet, w.inspector.id());
        int history = w.c.core().changeLog().forInspection(w.c.core().database().dsl(), sheet).size();

        assertThatThrownBy(() -> entries.requestExemption(sheet, w.itemId("hospital-maintenance", "1.1"),
                ExemptionReason.CLIENT_CAUSE, "医院原因", w.inspector.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("只有已完成或已签字的检查表可以申请不予扣分或申辩。"));
        assertThatThrownBy(() -> entries.raiseAppeal(sheet, item, "已修复", w.contact.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("只有已完成或已签字的检查表可以申请不予扣分或申辩。"));
        assertThatThrownBy(() -> entries.decideExemption(pending, true, "同意", w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("只有已完成或已签字的检查表可以申请不予扣分或申辩。"));
        assertThat(w.c.core().changeLog().forInspection(w.c.core().database().dsl(), sheet)).hasSize(history);
    }

    @Test
    void theMonthlyReportShowsTheApprovedExemptionWithItsReason() throws Exception {
        AssessmentEntries entries = w.c.assessment().entries();
        UUID exemption = entries.requestExemption(sheet, w.itemId("hospital-maintenance", "1.1"),
                ExemptionReason.CLIENT_CAUSE, "医院基建科延误配电房改造，台账无法更新", w.inspector.id());
        entries.decideExemption(exemption, true, "属实，基建科确认", w.supervisor.id());
        UUID appeal = entries.raiseAppeal(sheet, w.itemId("hospital-maintenance", "1.4"), "巡检记录当天已补交",
                w.contact.id());
        entries.decideAppeal(appeal, false, "补交时间晚于检查", w.supervisor.id());

        MonthlyReport report = new MonthlyReports(w.c.assessment().service(), w.c.core().reference(), w.c.core().templates(), ZH)
                .build(NOVEMBER, Optional.of(provider), LocalDate.of(2026, 12, 1));
        MonthlyReport.Section s = report.providers().get(0);
        assertThat(s.total()).isEqualTo("996.00");
        assertThat(s.reliefs()).hasSize(4);
        assertThat(s.reliefs().get(0)).isEqualTo("2026-11-03 后勤公司工程维修管理考核表 东院区 / 心内科病区 第 1.1 项 "
                + w.template("hospital-maintenance").items().filter(i -> i.code().equals("1.1")).findFirst()
                .orElseThrow().content() + "：扣 3.00 分，已恢复（不计入本月）");
        assertThat(s.reliefs().get(1)).contains("院方原因", "医院基建科延误配电房改造", "已批准", "刘洋", "属实，基建科确认");
        assertThat(s.reliefs().get(2)).endsWith("扣 2.00 分，仍计入本月");
        assertThat(s.reliefs().get(3)).contains("巡检记录当天已补交", "维持扣分", "补交时间晚于检查");

        byte[] pdf = new ReportPdfWriter(w.c.core().font(), ZH).write(report);
        Files.write(Path.of("target", "report-with-exemption.pdf"), pdf); // looked at by hand (report in the notes)
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("不予扣分与申辩", "已恢复（不计入本月）", "医院基建科延误配电房改造", "属实，基建科确认",
                    "补交时间晚于检查");
        }
    }

    @Test
    void whoAskedCannotDecideTheirOwnExemptionOrAppealAndNothingIsWritten() {
        AssessmentEntries entries = w.c.assessment().entries();
        UUID exemption = entries.requestExemption(sheet, w.itemId("hospital-maintenance", "1.1"),
                ExemptionReason.CLIENT_CAUSE, "医院基建科延误配电房改造", w.supervisor.id());
        UUID appeal = entries.raiseAppeal(sheet, w.itemId("hospital-maintenance", "1.4"), "记录已补签",
                w.supervisor.id());
        assertThatThrownBy(() -> entries.decideExemption(exemption, true, "属实", w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("刘洋提出了这项不予扣分申请，不能自己审批（四眼原则），请由另一位主管审批。"));
        assertThatThrownBy(() -> entries.decideAppeal(appeal, true, "同意", w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("刘洋录入了这项申诉，不能自己裁决（四眼原则），请由另一位主管裁决。"));
        MonthlyAssessment unchanged = month();
        assertThat(unchanged.total()).isEqualByComparingTo("990.00");
        assertThat(unchanged.warnings()).anySatisfy(p -> assertThat(p.key()).isEqualTo("assess.warning.pending"));

        w.c.core().settings().put(SeparationOfDuties.KEY, "false");
        entries.decideExemption(exemption, true, "属实", w.supervisor.id());
        assertThat(month().total()).as("with the setting off the role alone decides").isEqualByComparingTo("996.00");
    }
}
