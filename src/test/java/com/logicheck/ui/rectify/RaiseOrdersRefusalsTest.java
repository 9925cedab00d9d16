package com.logicheck.ui.rectify;

import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.RectificationService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs of 发整改通知单, through the screen's view model and the real service (the one the CLI
 * {@code rectify} calls): each is refused with a clear Chinese message and no order is written.
 */
@DatabaseTest
class RaiseOrdersRefusalsTest {
    static final LocalDate INSPECTED = LocalDate.of(2026, 12, 2);
    @TempDir
    Path dir;
    AssessmentWorld w;
    Inspection sheet;
    final Messages messages = Messages.forLanguage("zh");
    final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir);
        sheet = w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK, INSPECTED,
                Map.of("1.1", q("3", "0"), "1.4", q("2")));
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    RaiseOrdersViewModel model() {
        var orders = new ServiceOrders(w.c.rectification().service(), w.c.rectification().notices(),
                w.c.inspection().records(), messages);
        RaiseOrdersViewModel m = new RaiseOrdersViewModel(orders, messages, TaskExecutor.synchronous(),
                new RecordingNavigator(), opened::add, w.supervisor.id(), sheet.id());
        m.load();
        m.responsibleProperty().set("王班长");
        m.causeProperty(CauseCategory.TRAINING).set(true);
        return m;
    }

    /** Item codes of the sheet that are on an order. */
    List<String> onOrder() {
        return w.c.rectification().service().form(sheet.id()).lines().stream().filter(RectificationService.Line::onOrder)
                .map(RectificationService.Line::itemCode).toList();
    }

    static void pick(RaiseOrdersViewModel m, String code) {
        m.choices().stream().filter(c -> c.line().itemCode().equals(code)).findFirst().orElseThrow()
                .pickedProperty().set(true);
    }

    @Test
    void anExemptedDeductionIsRefusedAndTheGroupIsNotRaisedEither() {
        var exemption = w.c.assessment().entries().requestExemption(sheet.id(), w.itemId("hospital-maintenance", "1.4"),
                ExemptionReason.THIRD_PARTY, "市政停电", w.inspector.id());
        w.c.assessment().entries().decideExemption(exemption, true, "属实", w.supervisor.id());
        RaiseOrdersViewModel m = model();
        assertThat(m.choices()).filteredOn(c -> c.line().itemCode().equals("1.4"))
                .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo("已不予扣分"));
        pick(m, "1.4");
        m.raise();
        assertThat(m.messageProperty().get()).isEqualTo("第 1.4 项已批准不予扣分，不能下发整改通知单。");
        assertThat(m.raised()).isEmpty();
        assertThat(onOrder()).isEmpty();
    }

    @Test
    void aDeductionAlreadyOnAnOrderIsRefusedAndNothingMoreIsWritten() {
        w.c.rectification().service().raise(new RectificationService.RaiseRequest(sheet.id(), List.of("1.1"), true,
                "李主管", null, null, Set.of(CauseCategory.PLAN), "", ""), w.supervisor.id());
        RaiseOrdersViewModel m = model();
        assertThat(m.choices()).extracting(RaiseOrdersViewModel.Choice::state).containsExactly("已有整改通知单", "");
        pick(m, "1.1");
        m.raise();
        assertThat(m.messageProperty().get()).isEqualTo("第 1.1 项已经下发过整改通知单。");
        assertThat(m.raised()).isEmpty();
        assertThat(onOrder()).containsExactly("1.1");
    }

    @Test
    void aDeadlineBeforeTheInspectionIsRefused() {
        RaiseOrdersViewModel m = model();
        m.deadlineProperty().set(INSPECTED.minusDays(1));
        m.raise();
        assertThat(m.messageProperty().get()).contains("整改期限 2026-12-01 早于检查日期 2026-12-02，请重新选择。");
        assertThat(m.raised()).isEmpty();
        assertThat(onOrder()).isEmpty();
    }

    @Test
    void noResponsiblePersonIsRefused() {
        RaiseOrdersViewModel m = model();
        m.responsibleProperty().set("  ");
        m.raise();
        assertThat(m.messageProperty().get()).contains("请填写服务企业的整改责任人。");
        assertThat(onOrder()).isEmpty();
    }

    @Test
    void nothingPickedIsRefused() {
        RaiseOrdersViewModel m = model();
        m.pickAll(false);
        m.raise();
        assertThat(m.messageProperty().get()).isEqualTo("请至少勾选一项扣分，再下发整改通知单。");
        assertThat(onOrder()).isEmpty();
    }

    @Test
    void theDefaultsRaiseOneGroupedOrderThroughTheService() {
        RaiseOrdersViewModel m = model();
        assertThat(m.deadlineProperty().get()).isEqualTo(INSPECTED);
        m.raise();
        assertThat(m.messageProperty().get()).isEmpty();
        assertThat(m.raised()).hasSize(1);
        assertThat(onOrder()).containsExactly("1.1", "1.4");
    }
}
