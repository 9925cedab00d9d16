package com.logicheck.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's list, tabs, filters, counts, calendar and charts over three real orders (no toolkit). */
@DatabaseTest
class DeskViewModelTest {
    @TempDir
    Path dir;
    DeskWorld world;
    RecordingNavigator navigator = new RecordingNavigator();
    DeskViewModel vm;

    @BeforeEach
    void open() {
        world = new DeskWorld(dir);
        vm = new DeskViewModel(world.w.c.rectification().desk(), new ReferenceDirectory(world.w.c.core().reference()),
                world.messages,
                TaskExecutor.synchronous(), navigator, AssessmentWorld.CLOCK);
        vm.start();
    }

    @AfterEach
    void close() {
        world.close();
    }

    DeskViewModel.Overview overview() {
        return vm.overviewProperty().get();
    }

    @Test
    void allOpenByDeadlineWithTheOverdueOneFirstAndMarked() {
        assertThat(vm.rows()).extracting(DeskRow::id).containsExactly(world.overdue, world.dueToday, world.environment);
        DeskRow late = vm.rows().get(0);
        assertThat(late.overdue()).isTrue();
        assertThat(late.lateness()).isEqualTo("逾期 4 天");
        assertThat(late.age()).isEqualTo("已 4 天");
        assertThat(late.place()).isEqualTo("东院区 / 心内科病区");
        assertThat(vm.rows().get(1).lateness()).isEqualTo("今天到期");
        assertThat(vm.rows().get(1).overdue()).isFalse();
        assertThat(vm.rows().get(2).lateness()).isEqualTo("还剩 2 天");
        assertThat(overview().scopeLabels().get(DeskScope.OVERDUE)).isEqualTo("逾期（1）");
        assertThat(overview().scopeLabels().get(DeskScope.TODAY)).isEqualTo("今天到期（1）");
        assertThat(overview().scopeLabels().get(DeskScope.WEEK)).isEqualTo("本周到期（1）");
        assertThat(overview().scopeLabels().get(DeskScope.OPEN)).isEqualTo("全部未结（3）");
        assertThat(overview().counts()).startsWith("待整改 3 ·").contains("逾期 1");
        assertThat(overview().ageing()).contains("0–3 天 2", "4–7 天 1");
        assertThat(overview().listTitle()).isEqualTo("全部未结：3 张");
    }

    @Test
    void tabsAndFiltersNarrowTheList() {
        vm.chooseScope(DeskScope.OVERDUE);
        assertThat(vm.rows()).extracting(DeskRow::id).containsExactly(world.overdue);
        vm.chooseScope(DeskScope.TODAY);
        assertThat(vm.rows()).extracting(DeskRow::id).containsExactly(world.dueToday);
        vm.chooseScope(DeskScope.WEEK);
        assertThat(vm.rows()).extracting(DeskRow::id).containsExactly(world.dueToday);
        vm.chooseScope(DeskScope.OPEN);
        vm.serviceLine().chosenProperty().set(vm.serviceLine().choices().stream()
                .filter(c -> c.value() == ServiceLine.ENVIRONMENT).findFirst().orElseThrow());
        assertThat(vm.rows()).extracting(DeskRow::id).containsExactly(world.environment);
        vm.serviceLine().chosenProperty().set(vm.serviceLine().choices().get(0));
        vm.provider().chosenProperty().set(vm.provider().choices().stream().filter(c -> c.value() != null
                && c.value().id().equals(world.w.collegeProvider.id())).findFirst().orElseThrow());
        assertThat(vm.rows()).isEmpty();
        assertThat(overview().scopeLabels().get(DeskScope.OPEN)).isEqualTo("全部未结（0）");
        vm.provider().chosenProperty().set(vm.provider().choices().get(0));
        vm.place().chosenProperty().set(vm.place().choices().stream()
                .filter(c -> c.value() != null && c.value().name().equals("东院区")).findFirst().orElseThrow());
        assertThat(vm.rows()).hasSize(3);
        vm.repeatedOnlyProperty().set(true);
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void theCalendarShowsDeadlinesPerDayAndAClickListsThatDay() {
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(overview().monthTitle()).isEqualTo("2026 年 12 月");
        assertThat(overview().calendar()).hasSize(42);
        assertThat(overview().calendar().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30)); // the Monday before 1 Dec
        CalendarCell first = cell(LocalDate.of(2026, 12, 1));
        assertThat(first.due()).isEqualTo(1);
        assertThat(first.overdue()).isEqualTo(1);
        CalendarCell today = cell(DeskWorld.TODAY);
        assertThat(today.today()).isTrue();
        assertThat(today.overdue()).isZero();
        assertThat(cell(LocalDate.of(2026, 12, 7)).due()).isEqualTo(1);
        vm.chooseDay(LocalDate.of(2026, 12, 7));
        assertThat(vm.rows()).extracting(DeskRow::id).containsExactly(world.environment);
        assertThat(overview().listTitle()).isEqualTo("2026-12-07 到期：1 张");
        vm.nextMonth();
        assertThat(overview().calendar()).allSatisfy(c -> assertThat(c.due()).isZero());
    }

    @Test
    void theChartsCountTheWeeksAndTheCloseTimes() {
        var orders = world.w.c.rectification().service().orders();
        orders.reinspect(world.overdue, Verdict.PASSED, "好了", null, world.w.inspector.id());
        orders.close(world.overdue, world.w.supervisor.id());
        vm.refresh();
        assertThat(overview().weeks()).hasSize(DeskViewModel.WEEKS);
        var thisWeek = overview().weeks().get(overview().weeks().size() - 1);
        assertThat(thisWeek.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(thisWeek.raised()).isEqualTo(3);
        assertThat(thisWeek.closed()).isEqualTo(1);
        assertThat(thisWeek.openAtEnd()).isEqualTo(2);
        assertThat(overview().weeks().get(0).openAtEnd()).isZero();
        assertThat(overview().closeTimes()).singleElement().satisfies(t -> {
            assertThat(t.provider()).isEqualTo("华安后勤");
            assertThat(t.medianDays()).isEqualByComparingTo("4");
            assertThat(t.closed()).isEqualTo(1);
        });
    }

    @Test
    void enterOpensTheSheet() {
        vm.openSheet(vm.rows().get(0));
        assertThat(navigator.last()).isEqualTo("summary");
        vm.home();
        assertThat(navigator.last()).isEqualTo("home");
    }

    private CalendarCell cell(LocalDate d) {
        return overview().calendar().stream().filter(c -> c.date().equals(d)).findFirst().orElseThrow();
    }
}
