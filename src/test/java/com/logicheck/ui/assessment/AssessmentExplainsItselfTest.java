package com.logicheck.ui.assessment;

import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.logicheck.domain.assessment.SheetExclusion;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.service.AssessmentService.ExcludedSheet;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.assessment.AssessmentLine.Kind;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 月度考核 explains itself: the sheets it leaves out are listed with why (decided by the service on the scheme's own
 * selection), the template and total lines read as sentences, and a short quarter is flagged from its first month.
 */
@DatabaseTest
class AssessmentExplainsItselfTest {
    @TempDir
    Path dir;
    AssessmentWorld w;

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir);
        // a full inspection (counts), a patrol (the hospital scheme counts full inspections and spot checks only)
        // and a draft nobody finished
        w.hospitalFullInspection(LocalDate.of(2026, 11, 10), "hospital-maintenance", Map.of("1.1", q("3", "0")));
        w.sheet(w.hospitalProvider, "hospital-environment", InspectionKind.PATROL, LocalDate.of(2026, 11, 11), Map.of());
        w.c.inspection().inspections().create(new InspectionRepository.NewInspection(
                w.template("hospital-security-fire").id(), w.hospitalProvider.id(), w.ward.id(), w.inspector.id(),
                InspectionKind.SPOT_CHECK), LocalDate.of(2026, 11, 12).atTime(9, 0).atZone(AssessmentWorld.BEIJING)
                .toOffsetDateTime());
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    AssessmentViewModel vm(YearMonth month) {
        AssessmentViewModel vm = new AssessmentViewModel(w.c.assessment().service(),
                new ReferenceDirectory(w.c.core().reference()), w.c.core().currentUser(), Messages.forLanguage("zh"),
                TaskExecutor.synchronous(), new RecordingNavigator(), AssessmentWorld.CLOCK);
        vm.select(w.hospitalProvider.id(), month);
        vm.start();
        return vm;
    }

    @Test
    void theServiceSaysWhyEachSheetIsLeftOut() {
        List<ExcludedSheet> out = w.c.assessment().service().excluded(w.hospitalProvider.id(), AssessmentWorld.NOVEMBER);
        assertThat(out).extracting(ExcludedSheet::date, ExcludedSheet::reason).containsExactly(
                tuple(LocalDate.of(2026, 11, 11), SheetExclusion.KIND_NOT_COUNTED),
                tuple(LocalDate.of(2026, 11, 12), SheetExclusion.DRAFT));
    }

    @Test
    void theTreeListsTheLeftOutSheetsWithTheirReasonsAndReadsAloud() {
        AssessmentViewModel vm = vm(AssessmentWorld.NOVEMBER);
        AssessmentLine excluded = vm.lines().stream().filter(l -> l.kind() == Kind.EXCLUDED).findFirst().orElseThrow();
        assertThat(excluded.label()).isEqualTo("未计入的检查表（2 张）");
        assertThat(excluded.children()).extracting(AssessmentLine::detail)
                .containsExactly("本考核办法不计巡查", "草稿，尚未完成（检查人 " + w.inspector.name() + "）");
        assertThat(excluded.children().get(0).label()).startsWith("2026-11-11 巡查 ").contains("心内科病区");

        List<AssessmentLine> all = vm.lines().stream().flatMap(AssessmentLine::flatten).toList();
        assertThat(all).filteredOn(l -> l.kind() == Kind.TEMPLATE).extracting(AssessmentLine::detail)
                .contains("1 张检查表平均 97.00 分，本表满分 200 分（占 20%）")
                .noneMatch(d -> d.contains("÷"));
        AssessmentLine total = vm.lines().get(vm.lines().size() - 1);
        assertThat(total.detail()).isEqualTo("后勤管理委员会检查得分 99.40 × 100%，按满分 1000 计 994.00")
                .doesNotContain("−0.00");
        assertThat(all).extracting(AssessmentLine::points).noneMatch(p -> p.contains("−0.00"));
    }

    @Test
    void aShortQuarterIsFlaggedInTheMonthBeingLivedOnly() {
        assertThat(vm(YearMonth.of(2026, 12)).figures().get().inspections())
                .contains("本季度还需抽查 2 次，剩 27 天（季度到 2026-12-31 结束）");
        assertThat(vm(AssessmentWorld.NOVEMBER).figures().get().inspections()).doesNotContain("本季度还需抽查");
    }
}
