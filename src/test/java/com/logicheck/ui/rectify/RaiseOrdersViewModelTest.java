package com.logicheck.ui.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationPlan;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.service.RectificationService.Line;
import com.logicheck.service.RectificationService.RaiseForm;
import com.logicheck.service.RectificationService.RaiseRequest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 发整改通知单 without a database: what is offered, what is sent to the one service call, what is refused. */
class RaiseOrdersViewModelTest {
    static final LocalDate INSPECTED = LocalDate.of(2026, 12, 2);
    final UUID sheet = UUID.randomUUID();
    final UUID actor = UUID.randomUUID();
    final Messages messages = Messages.forLanguage("zh");
    final RecordingNavigator navigator = new RecordingNavigator();
    final List<Path> opened = new ArrayList<>();
    final FakeOrders orders = new FakeOrders();

    final class FakeOrders implements RaiseOrdersViewModel.Orders {
        final List<RaiseRequest> requests = new ArrayList<>();
        final List<UUID> signed = new ArrayList<>();
        RuntimeException refusal;

        @Override
        public RaiseForm form(UUID inspectionId) {
            return new RaiseForm(inspectionId, InspectionStatus.SIGNED, UUID.randomUUID(), UUID.randomUUID(),
                    ServiceLine.MAINTENANCE, INSPECTED, INSPECTED.plusDays(1), List.of(
                    new Line("1.1", "维修记录完整", new BigDecimal("3.0"), "记录缺两天", "每日填写维修记录", false, false),
                    new Line("1.4", "工具摆放整齐", new BigDecimal("2"), "工具散放", "工具定点摆放", false, false),
                    new Line("2.1", "配电房上锁", new BigDecimal("1"), "未上锁", "随手上锁", true, false),
                    new Line("2.2", "巡检签到", new BigDecimal("1"), "漏签", "按时签到", false, true)));
        }

        @Override
        public String sheetTitle(UUID inspectionId) {
            return "医院工程维修考核表 · 华安后勤 · 1号楼 / 2层 / 心内科病区";
        }

        @Override
        public List<RectificationOrder> raise(RaiseRequest request, UUID actorId) {
            requests.add(request);
            if (refusal != null) {
                throw refusal;
            }
            List<List<String>> groups = request.grouped() ? List.of(request.itemCodes())
                    : request.itemCodes().stream().map(List::of).toList();
            return groups.stream().map(codes -> order(codes, request)).toList();
        }

        @Override
        public Path sign(UUID orderId, char[] password, UUID actorId) {
            signed.add(orderId);
            return Path.of("/data/signed/notices/" + orderId + "-1.pdf");
        }
    }

    RectificationOrder order(List<String> codes, RaiseRequest r) {
        List<OrderItem> items = codes.stream().map(c -> new OrderItem(UUID.randomUUID(), UUID.randomUUID(), c, "内容",
                UUID.randomUUID(), BigDecimal.ONE, "")).toList();
        return RectificationOrder.raise(UUID.randomUUID(), sheet, UUID.randomUUID(), UUID.randomUUID(),
                ServiceLine.MAINTENANCE, INSPECTED, items, new RectificationPlan(r.responsiblePerson(), r.deadline(), "标准",
                        Set.of(CauseCategory.TRAINING), "", ""), ResponsibilityLevel.AREA_LEAD, null, actor,
                OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
    }

    RaiseOrdersViewModel model() {
        RaiseOrdersViewModel m = new RaiseOrdersViewModel(orders, messages, TaskExecutor.synchronous(), navigator,
                opened::add, actor, sheet);
        m.load();
        return m;
    }

    static RaiseOrdersViewModel.Choice choice(RaiseOrdersViewModel m, String code) {
        return m.choices().stream().filter(c -> c.line().itemCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theOpenDeductionsArePickedTheOthersSayWhyAndTheDeadlineIsTheServiceLinesDefault() {
        RaiseOrdersViewModel m = model();
        assertThat(m.choices()).extracting(RaiseOrdersViewModel.Choice::item)
                .containsExactly("1.1  维修记录完整", "1.4  工具摆放整齐", "2.1  配电房上锁", "2.2  巡检签到");
        assertThat(m.choices()).extracting(c -> c.pickedProperty().get()).containsExactly(true, true, false, false);
        assertThat(m.choices()).extracting(RaiseOrdersViewModel.Choice::state)
                .containsExactly("", "", "已不予扣分", "已有整改通知单");
        assertThat(choice(m, "1.1").points()).isEqualTo("−3");
        assertThat(m.deadlineProperty().get()).isEqualTo(INSPECTED.plusDays(1));
        assertThat(m.headerProperty().get()).startsWith("医院工程维修考核表 · 华安后勤").contains("2026-12-02")
                .doesNotContain("hospital-");
        assertThat(m.defaultStandard()).isEqualTo("每日填写维修记录\n工具定点摆放");
        m.pickAll(true);
        assertThat(choice(m, "2.1").pickedProperty().get()).isFalse();
    }

    @Test
    void aGroupedOrderIsOneServiceCallWithThePickedCodesThenItsNoticeIsSignedAndOpened() {
        RaiseOrdersViewModel m = model();
        m.responsibleProperty().set("王班长");
        m.causeProperty(CauseCategory.TRAINING).set(true);
        m.causeProperty(CauseCategory.PROCESS).set(true);
        m.stepsProperty().set("培训后补填记录");
        m.raise();

        assertThat(orders.requests).hasSize(1);
        RaiseRequest r = orders.requests.get(0);
        assertThat(r.inspectionId()).isEqualTo(sheet);
        assertThat(r.itemCodes()).containsExactly("1.1", "1.4");
        assertThat(r.grouped()).isTrue();
        assertThat(r.responsiblePerson()).isEqualTo("王班长");
        assertThat(r.deadline()).isEqualTo(INSPECTED.plusDays(1));
        assertThat(r.causes()).containsExactlyInAnyOrder(CauseCategory.TRAINING, CauseCategory.PROCESS);
        assertThat(r.steps()).isEqualTo("培训后补填记录");
        assertThat(m.raised()).hasSize(1);
        assertThat(m.raised().get(0).text()).contains("第 1.1、1.4 项").contains("王班长");
        assertThat(m.doneProperty().get()).isEqualTo("已下发 1 张整改通知单。输入签名密钥密码后可签发并打印。");

        m.passwordProperty().set("geheim");
        m.signAndPrint();
        assertThat(orders.signed).containsExactly(m.raised().get(0).id());
        assertThat(opened).hasSize(1);
        assertThat(m.notices()).containsExactlyElementsOf(opened);
        assertThat(m.passwordProperty().get()).isEmpty();
        assertThat(m.doneProperty().get()).startsWith("已签发 1 张整改通知单，PDF 保存在 ");
        // signing again signs nothing twice
        m.passwordProperty().set("geheim");
        m.signAndPrint();
        assertThat(orders.signed).hasSize(1);
        assertThat(m.messageProperty().get()).isEqualTo("这里下发的整改通知单都已签发。");
    }

    @Test
    void onePerDeductionSendsTheSameCallUngrouped() {
        RaiseOrdersViewModel m = model();
        m.groupedProperty().set(false);
        choice(m, "1.4").pickedProperty().set(false);
        m.responsibleProperty().set("王班长");
        m.raise();
        assertThat(orders.requests).singleElement().satisfies(r -> {
            assertThat(r.grouped()).isFalse();
            assertThat(r.itemCodes()).containsExactly("1.1");
        });
    }

    @Test
    void nothingPickedIsRefusedWithoutCallingTheService() {
        RaiseOrdersViewModel m = model();
        m.pickAll(false);
        m.responsibleProperty().set("王班长");
        m.raise();
        assertThat(orders.requests).isEmpty();
        assertThat(m.raised()).isEmpty();
        assertThat(m.messageProperty().get()).isEqualTo("请至少勾选一项扣分，再下发整改通知单。");
    }

    @Test
    void aRefusalOfTheServiceIsShownInChineseAndNothingIsListedAsRaised() {
        RaiseOrdersViewModel m = model();
        orders.refusal = new DomainException(List.of(Problem.of("problem.rectification.noResponsible"),
                Problem.of("problem.rectification.deadlineBeforeInspection", INSPECTED.minusDays(1), INSPECTED)));
        m.deadlineProperty().set(INSPECTED.minusDays(1));
        m.raise();
        assertThat(m.raised()).isEmpty();
        assertThat(m.messageProperty().get()).contains("请填写服务企业的整改责任人。")
                .contains("整改期限 2026-12-01 早于检查日期 2026-12-02");
        assertThat(m.busyProperty().get()).isFalse();
    }

    @Test
    void signingNeedsOrdersRaisedHereAndAPassword() {
        RaiseOrdersViewModel m = model();
        m.passwordProperty().set("geheim");
        m.signAndPrint();
        assertThat(m.messageProperty().get()).isEqualTo("这里还没有下发整改通知单，请先下发。");
        m.responsibleProperty().set("王班长");
        m.raise();
        m.signAndPrint();
        assertThat(m.messageProperty().get()).isEqualTo("请输入签名密钥的密码。");
        assertThat(orders.signed).isEmpty();
        assertThat(opened).isEmpty();
    }

    @Test
    void backGoesToTheSheetsSummaryAndTheDeskIsOneStepAway() {
        RaiseOrdersViewModel m = model();
        m.back();
        m.desk();
        assertThat(navigator.visits).containsExactly("summary", "desk");
        assertThat(navigator.lastInspection).isEqualTo(sheet);
    }
}
