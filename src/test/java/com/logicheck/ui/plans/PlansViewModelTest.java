package com.logicheck.ui.plans;

import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 层级检查 screen model: a supervisor adds a plan with the level's default, everyone sees required/done/missed. */
class PlansViewModelTest {
    @TempDir
    Path dir;
    AssessmentWorld w;
    RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir);
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    PlansViewModel as(Person user) {
        PlansViewModel vm = new PlansViewModel(w.c.inspectionPlans(), w.c.reference(), Messages.forLanguage("zh"),
                TaskExecutor.synchronous(), navigator, AssessmentWorld.CLOCK, user);
        vm.start();
        return vm;
    }

    @Test
    void aSupervisorAddsADailyPlanAndTheMonthShowsWhatWasMissed() {
        w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.PATROL, LocalDate.of(2026, 12, 2),
                Map.of("1.1", q("1", "0")));
        PlansViewModel vm = as(w.supervisor);
        assertThat(vm.canEditProperty().get()).isTrue();
        assertThat(vm.rows()).isEmpty();
        vm.add();
        assertThat(vm.messageProperty().get()).isEqualTo("请选择由谁检查。");
        vm.personProperty().set(vm.people().stream().filter(c -> c.value().id().equals(w.inspector.id())).findFirst().orElseThrow());
        vm.levelProperty().set(vm.levels().stream().filter(c -> c.value() == ResponsibilityLevel.SUPERVISOR).findFirst().orElseThrow());
        vm.placeProperty().set(vm.places().stream().filter(c -> c.value().id().equals(w.ward.id())).findFirst().orElseThrow());
        vm.add();
        assertThat(vm.messageProperty().get()).isEqualTo("已为 " + w.inspector.name() + " 添加层级检查计划。");
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 12));
        // the plan starts on 1 December: 1–4 Dec ended, one sheet on the 2nd, the 5th runs
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.level()).isEqualTo("主管");
            assertThat(r.frequency()).startsWith("每 1 天 1 次");
            assertThat(r.required()).isEqualTo("4");
            assertThat(r.done()).isEqualTo("1");
            assertThat(r.missedText()).isEqualTo("3");
            assertThat(r.missed()).isTrue();
            assertThat(r.current()).startsWith("本期 12-05 00:00–12-06 00:00：已检 0/1");
        });
        assertThat(vm.summaryProperty().get()).isEqualTo("计划 1 项 · 本月漏检 3 次 · 覆盖不足 0 个周期");
        vm.deactivate(vm.rows().get(0));
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void anInspectorSeesTheFormDisabledAndIsRefusedAnyway() {
        PlansViewModel vm = as(w.inspector);
        assertThat(vm.canEditProperty().get()).isFalse();
        vm.personProperty().set(vm.people().get(0));
        vm.placeProperty().set(vm.places().get(0));
        vm.add();
        assertThat(vm.messageProperty().get()).isEqualTo(w.inspector.name() + "不是主管，不能修改层级检查计划。");
        assertThat(vm.rows()).isEmpty();
        vm.desk();
        assertThat(navigator.last()).isEqualTo("desk");
    }
}
