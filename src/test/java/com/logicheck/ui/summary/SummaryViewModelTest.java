package com.logicheck.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class SummaryViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection draft;
    RecordingNavigator navigator = new RecordingNavigator();
    SummaryViewModel vm;

    @BeforeEach
    void open() {
        fx = UiFixture.create(dir);
        draft = fx.startDraft();
        var service = fx.context.inspection().service();
        answer(ItemResult.deduct(fx.item("A1").id(), List.of(new BigDecimal("2"), new BigDecimal("3")))
                .withNote("缺两天记录"));
        answer(ItemResult.deduct(fx.item("B3").id(), List.of(new BigDecimal("4"))));
        answer(ItemResult.notApplicable(fx.item("A4").id()));
        answer(ItemResult.pass(fx.item("A2").id()));
        vm = new SummaryViewModel(service, fx.context.inspection().records(), fx.messages, TaskExecutor.synchronous(),
                navigator, fx.inspector.id(), draft.id());
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void answer(ItemResult result) {
        fx.context.inspection().service().answer(draft, result, fx.inspector.id());
    }

    @Test
    void showsScoreGradeSectionsDeductionsAndOpenItems() {
        assertThat(vm.header().get().title()).isEqualTo(UiFixture.TEMPLATE_TITLE);
        assertThat(vm.header().get().score()).isEqualTo("87.4 / 100");
        assertThat(vm.header().get().grade()).isEqualTo("良好");
        assertThat(vm.header().get().counts()).isEqualTo("共 10 项：已评 4，扣分 2，不适用 1，未评 6");
        assertThat(vm.sections()).extracting(SummaryViewModel.SectionLine::title, SummaryViewModel.SectionLine::deduction,
                        SummaryViewModel.SectionLine::earned)
                .containsExactly(tuple("资料管理", "−2.6", "17.4"),
                        tuple("现场管理", "−10", "20"),
                        tuple("服务质量", "", "50"));
        assertThat(vm.deductions()).extracting(SummaryViewModel.DeductionLine::code,
                        SummaryViewModel.DeductionLine::deduction, SummaryViewModel.DeductionLine::note)
                .containsExactly(tuple("A1", "−2.6", "缺两天记录"),
                        tuple("B3", "−10（计算扣 12，按分值封顶）", ""));
        assertThat(vm.unanswered()).extracting(SummaryViewModel.OpenItem::code)
                .containsExactly("A3", "A5", "B1", "B2", "C1", "C2");
        assertThat(vm.editableProperty().get()).isTrue();
    }

    @Test
    void finishingIsRefusedWhileItemsAreOpenAndOffersTheFirstOne() {
        vm.finish();
        assertThat(vm.messageProperty().get()).isEqualTo("还有 6 项未评分，请先完成所有项目再提交。");
        assertThat(fx.context.inspection().service().inspection(draft.id()).status()).isEqualTo(InspectionStatus.DRAFT);
        vm.jumpToFirstUnanswered();
        assertThat(navigator.last()).isEqualTo("checklist");
        assertThat(navigator.lastFocus).isEqualTo(fx.item("A3").id());
    }

    @Test
    void finishingGoesOnToSigningWhenTheInspectorWantsIt() {
        var service = fx.context.inspection().service();
        for (String code : List.of("A3", "A5", "B1", "B2", "C1", "C2")) {
            service.answer(draft, ItemResult.pass(fx.item(code).id()), fx.inspector.id());
        }
        vm.signAfterFinish(true);
        vm.load();
        vm.finish();
        assertThat(navigator.last()).isEqualTo("sign");
        assertThat(service.inspection(draft.id()).status()).isEqualTo(InspectionStatus.FINISHED);
    }

    @Test
    void finishingACompleteSheetGoesHomeWhereItIsAmongTheRecent() {
        var service = fx.context.inspection().service();
        for (String code : List.of("A3", "A5", "B1", "B2", "C1", "C2")) {
            service.answer(draft, ItemResult.pass(fx.item(code).id()), fx.inspector.id());
        }
        vm.load();
        vm.finish();
        assertThat(navigator.last()).isEqualTo("home");
        assertThat(fx.context.inspection().inspections().recent(5)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(InspectionStatus.FINISHED);
            assertThat(row.score()).isEqualByComparingTo("87.4");
            assertThat(row.grade()).isEqualTo("良好");
        });
        vm.load();
        assertThat(vm.editableProperty().get()).isFalse();
    }
}
