package com.logicheck.ui.assessment;

import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.MonthlyReports;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 层级检查 where the supervisor decides: one line on the monthly assessment and in the monthly report, never a deduction. */
@DatabaseTest
class AssessmentPlanLineTest {
    static final String NOVEMBER_LINE = "层级检查：本月应检 10 次，实检 1 次，缺 9 次（仅供参考，不计入考核得分）。";
    @TempDir
    Path dir;
    AssessmentWorld w;
    AssessmentViewModel vm;

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir);
        // the provider's project head: every 3 days from 1 November (seed 004 5.1.2)
        w.c.plans().service().add(InspectionPlan.defaults(UUID.randomUUID(), w.inspector.id(),
                ResponsibilityLevel.PROJECT_HEAD, w.hospitalProvider.id(), w.ward.id(), null, LocalDate.of(2026, 11, 1)),
                w.supervisor.id());
        w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.PATROL, LocalDate.of(2026, 11, 2),
                Map.of("1.1", q("1", "0")));
        vm = new AssessmentViewModel(w.c.assessment().service(), new ReferenceDirectory(w.c.core().reference()),
                w.c.core().currentUser(),
                Messages.forLanguage("zh"), TaskExecutor.synchronous(), new RecordingNavigator(), AssessmentWorld.CLOCK);
        vm.planCompliance(w.c.plans().service()::compliance);
        vm.select(w.hospitalProvider.id(), AssessmentWorld.NOVEMBER);
        vm.start();
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    @Test
    void theMonthShowsRequiredDoneAndMissedAndTheScoreIsUntouched() {
        assertThat(vm.figures().get().planLine()).isEqualTo(NOVEMBER_LINE);
        assertThat(vm.figures().get().planMissed()).isTrue();
        String total = vm.figures().get().total();

        vm.monthProperty().set(YearMonth.of(2026, 12));
        assertThat(vm.figures().get().planLine())
                .isEqualTo("层级检查：本月截至 2026-12-05，应检 1 次，实检 0 次，缺 1 次（仅供参考，不计入考核得分）。");

        vm.providerProperty().set(vm.providers().stream().filter(p -> p.id().equals(w.collegeProvider.id()))
                .findFirst().orElseThrow());
        assertThat(vm.figures().get().planLine()).as("no plan for this provider: no line").isEmpty();

        // the same month without plans gives the same total: the line is information only
        w.c.plans().service().all().forEach(p -> w.c.plans().service().setActive(p.id(), false, w.supervisor.id()));
        vm.providerProperty().set(vm.providers().stream().filter(p -> p.id().equals(w.hospitalProvider.id()))
                .findFirst().orElseThrow());
        vm.monthProperty().set(AssessmentWorld.NOVEMBER);
        assertThat(vm.figures().get().planLine()).isEmpty();
        assertThat(vm.figures().get().total()).isEqualTo(total);
    }

    @Test
    void theMonthlyReportCarriesTheSameLine() {
        var report = new MonthlyReports(w.c.assessment().service(), w.c.core().reference(), w.c.core().templates(),
                Messages.forLanguage("zh"), w.c.plans().service())
                .build(AssessmentWorld.NOVEMBER, Optional.of(w.hospitalProvider.id()), LocalDate.of(2026, 12, 5));
        assertThat(report.providers()).singleElement().satisfies(s -> assertThat(s.summary()).contains(NOVEMBER_LINE));
    }
}
