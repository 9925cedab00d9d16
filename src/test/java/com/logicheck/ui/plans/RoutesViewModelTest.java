package com.logicheck.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Person;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 巡检路线 on the plans screen: a supervisor adds a route (bad points refused, nothing written), the day shows it. */
@DatabaseTest
class RoutesViewModelTest {
    @TempDir
    Path dir;
    AssessmentWorld w;

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir);
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    RoutesViewModel as(Person user) {
        RoutesViewModel vm = new RoutesViewModel(w.c.plans().routes(), new ReferenceDirectory(w.c.core().reference()),
                Messages.forLanguage("zh"), TaskExecutor.synchronous(), AssessmentWorld.CLOCK, user);
        vm.start();
        return vm;
    }

    void fill(RoutesViewModel vm, String points) {
        vm.nameProperty().set("东院日巡");
        vm.personProperty().set(vm.people().stream().filter(c -> c.value() != null && c.value().id().equals(w.inspector.id()))
                .findFirst().orElseThrow());
        vm.pointsProperty().set(points);
    }

    @Test
    void aSupervisorAddsARouteAndTheDayShowsEachWindowAndTheRate() {
        RoutesViewModel vm = as(w.supervisor);
        assertThat(vm.rows()).isEmpty();
        fill(vm, "心内科病区@08:00-10:00,09:30-11:00");
        vm.save();
        assertThat(vm.notice().get().failure()).isTrue();
        assertThat(vm.notice().get().text()).contains("第 1 个巡检点的时段 08:00–10:00 与 09:30–11:00 重叠");
        fill(vm, "手术室@08:00-10:00");
        vm.save();
        assertThat(vm.notice().get().text()).contains("找不到地点“手术室”");
        fill(vm, "东院区 / 心内科病区@08:00-09:00\n东院区@09:30-11:00,14:00-16:00");
        vm.save();
        assertThat(w.c.plans().routes().all()).as("nothing written before").hasSize(1);
        assertThat(vm.notice().get().text()).isEqualTo("已新建巡检路线“东院日巡”。");
        // 2026-12-05 10:00: the ward's window is over (missed), the site's first window runs, its second is later
        assertThat(vm.rows()).extracting(RouteRow::windows).containsExactly("08:00–09:00 漏检",
                "09:30–11:00 未到时间；14:00–16:00 未到时间");
        assertThat(vm.rows()).extracting(RouteRow::rate).containsExactly("0.0%", "");
        assertThat(vm.rows().get(0).lateOrMissed()).isTrue();
        assertThat(vm.summary().get()).contains("2026-12-05 · 路线 1 条 · 按时 0 · 迟到 0 · 漏检 1 · 未到时间 2");
        vm.weekProperty().set(true);
        assertThat(vm.summary().get()).startsWith("2026-11-30 – 2026-12-06");
        vm.dayProperty().set(LocalDate.of(2026, 12, 4));
        vm.weekProperty().set(false);
        assertThat(vm.rows()).isEmpty();   // the route starts on the 5th
    }

    @Test
    void anInspectorCannotAddOrEndARoute() {
        RoutesViewModel vm = as(w.inspector);
        assertThat(vm.canEdit()).isFalse();
        fill(vm, "心内科病区@08:00-10:00");
        vm.save();
        assertThat(vm.notice().get().text()).contains("不是主管，不能修改巡检路线");
        assertThat(w.c.plans().routes().all()).isEmpty();
    }
}
