package com.logicheck.ui.plans;

import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 层级检查 screen model: a supervisor adds, changes, ends and undoes; everyone sees required/done/missed. */
@DatabaseTest
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
        PlansViewModel vm = new PlansViewModel(w.c.plans().service(), new ReferenceDirectory(w.c.core().reference()),
                Messages.forLanguage("zh"),
                TaskExecutor.synchronous(), navigator, AssessmentWorld.CLOCK, user);
        vm.start();
        return vm;
    }

    static void choose(PlansViewModel vm, Person who, ResponsibilityLevel level, UUID placeId) {
        PlanEditorModel e = vm.editor();
        e.personProperty().set(e.people().stream().filter(c -> c.value().id().equals(who.id())).findFirst().orElseThrow());
        e.levelProperty().set(e.levels().stream().filter(c -> c.value() == level).findFirst().orElseThrow());
        e.placeProperty().set(e.places().stream().filter(c -> c.value().id().equals(placeId)).findFirst().orElseThrow());
    }

    @Test
    void aSupervisorAddsADailyPlanAndTheMonthShowsWhatWasMissed() {
        w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.PATROL, LocalDate.of(2026, 12, 2),
                Map.of("1.1", q("1", "0")));
        PlansViewModel vm = as(w.supervisor);
        assertThat(vm.canEditProperty().get()).isTrue();
        assertThat(vm.overview().get().canUndo()).isFalse();
        assertThat(vm.rows()).isEmpty();
        vm.save();
        assertThat(vm.notice().get().text()).isEqualTo("请选择由谁检查。\n请选择检查范围（地点）。");
        assertThat(vm.notice().get().failure()).isTrue();
        choose(vm, w.inspector, ResponsibilityLevel.SUPERVISOR, w.ward.id());
        // the level's defaults (seed 004 5.1.3): daily, 1/5 of the area, at least 7 units
        assertThat(vm.editor().lengthProperty().get()).isEqualTo("1");
        assertThat(vm.editor().timesProperty().get()).isEqualTo("1");
        assertThat(vm.editor().coverageProperty().get()).isEqualTo("1/5");
        assertThat(vm.editor().minUnitsProperty().get()).isEqualTo("7");
        vm.editor().validFromProperty().set(LocalDate.of(2026, 12, 1));
        vm.save();
        assertThat(vm.notice().get().text()).isEqualTo("已为 " + w.inspector.name() + " 添加层级检查计划。");
        assertThat(vm.notice().get().failure()).isFalse();
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 12));
        // the plan starts on 1 December: 1–4 Dec ended, one sheet on the 2nd, the 5th runs
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.level()).isEqualTo("主管");
            assertThat(r.frequency()).isEqualTo("每 1 天 1 次，覆盖≥1/5且≥7个单元");
            assertThat(r.status()).isEqualTo("2026-12-01 起");
            assertThat(r.required()).isEqualTo("4");
            assertThat(r.done()).isEqualTo("1");
            assertThat(r.missedText()).isEqualTo("3");
            assertThat(r.missed()).isTrue();
            assertThat(r.current()).startsWith("本期 12-05 00:00–12-06 00:00：已检 0/1");
        });
        assertThat(vm.selectedProperty().get()).as("the saved plan stays selected").isNotNull();
        assertThat(vm.overview().get().summary()).isEqualTo("计划 1 项 · 本月漏检 3 次 · 覆盖不足 0 个周期");
        assertThat(vm.overview().get().undoText()).isEqualTo("新建计划");
        vm.undo();
        assertThat(vm.notice().get().text()).isEqualTo("已撤销：新建计划。");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.overview().get().canUndo()).isFalse();
    }

    @Test
    void aChangeIsSavedABadOneChangesNothingAndTheLastChangeCanBeUndone() {
        PlansViewModel vm = as(w.supervisor);
        choose(vm, w.inspector, ResponsibilityLevel.PROJECT_HEAD, w.ward.id());
        vm.editor().validFromProperty().set(LocalDate.of(2026, 11, 1));
        vm.save();
        PlanRow added = vm.rows().get(0);
        assertThat(added.frequency()).isEqualTo("每 3 天 1 次");
        vm.selectedProperty().set(added);
        assertThat(vm.editor().editingProperty().get()).isEqualTo(added.planId());

        vm.editor().timesProperty().set("0");
        vm.editor().coverageProperty().set("120%");
        vm.editor().validUntilProperty().set(LocalDate.of(2026, 10, 31));
        vm.save();
        assertThat(vm.notice().get().text()).isEqualTo("覆盖比例“120%”应在 0% 到 100% 之间。");
        vm.editor().coverageProperty().set("");
        vm.save();
        assertThat(vm.notice().get().text()).isEqualTo("每个周期的检查次数应在 1 到 100 之间（现为 0）。\n"
                + "结束日期 2026-10-31 不能早于开始日期 2026-11-01。");
        assertThat(w.c.plans().service().find(added.planId())).as("nothing written").isEqualTo(added.plan());

        vm.editor().timesProperty().set("2");
        vm.editor().validUntilProperty().set(null);
        vm.save();
        assertThat(vm.notice().get().text()).isEqualTo("已保存 " + w.inspector.name() + " 的计划。");
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.frequency()).isEqualTo("每 3 天 2 次"));
        assertThat(vm.overview().get().undoText()).isEqualTo("修改计划");
        vm.undo();
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.frequency()).isEqualTo("每 3 天 1 次"));

        vm.endSelected();
        assertThat(vm.notice().get().text()).isEqualTo(w.inspector.name() + " 的计划已结束，统计到 2026-12-05 为止。");
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("2026-11-01 至 2026-12-05"));
        vm.monthProperty().set(YearMonth.of(2026, 11));
        assertThat(vm.rows()).as("an ended plan still counts for the months it ran").hasSize(1);
    }

    @Test
    void anInspectorSeesTheEditorReadOnlyAndIsRefusedAnyway() {
        w.c.plans().service().addDefault(w.inspector.id(), ResponsibilityLevel.COMPANY_MANAGER, w.ward.id(), null, null,
                w.supervisor.id());
        PlansViewModel vm = as(w.inspector);
        assertThat(vm.canEditProperty().get()).isFalse();
        assertThat(vm.rows()).hasSize(1);
        vm.selectedProperty().set(vm.rows().get(0));
        vm.editor().timesProperty().set("5");
        vm.save();
        assertThat(vm.notice().get().text()).isEqualTo(w.inspector.name() + "不是主管，不能修改层级检查计划。");
        vm.endSelected();
        assertThat(vm.rows().get(0).frequency()).isEqualTo("每 1 个月 1 次");
        assertThat(vm.rows().get(0).status()).isEqualTo("2026-12-01 起");
        vm.desk();
        assertThat(navigator.last()).isEqualTo("desk");
    }
}
