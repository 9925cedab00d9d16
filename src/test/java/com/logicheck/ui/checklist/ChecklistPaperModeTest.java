package com.logicheck.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.BackEntryRules;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.service.BackEntries;
import com.logicheck.service.SheetPhotos;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 补录 in the checklist's paper mode (the same view model, no second screen): item number, points, and on finishing
 * every item not typed passes; a refused number or deduction says why and stores nothing.
 */
@DatabaseTest
class ChecklistPaperModeTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection paper;
    RecordingNavigator navigator = new RecordingNavigator();
    ChecklistViewModel vm;

    @BeforeEach
    void open() {
        fx = UiFixture.create(dir.resolve("data"));
        BackEntries entries = fx.context.inspection().backEntries();
        paper = entries.start(fx.inspector.id(), new BackEntries.PaperSheet(fx.template.id(), fx.provider.id(),
                fx.place.id(), InspectionKind.SPOT_CHECK,
                new BackEntryRules.Paper(LocalDate.now(fx.context.core().clock()).minusDays(3), null, fx.inspector.id())));
        vm = new ChecklistViewModel(fx.context.inspection().service(), fx.context.inspection().records(),
                new SheetPhotos(fx.context.core().photos()), fx.messages, TaskExecutor.synchronous(), navigator,
                fx.inspector.id(), paper.id(), null, entries);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Map<UUID, ItemResult> stored() {
        return fx.context.inspection().service().results(paper.id());
    }

    @Test
    void aPaperSheetOpensInPaperModeAndAnOrdinaryDraftDoesNot() {
        assertThat(vm.paperModeProperty().get()).isTrue();
        ChecklistViewModel ordinary = new ChecklistViewModel(fx.context.inspection().service(),
                fx.context.inspection().records(), new SheetPhotos(fx.context.core().photos()), fx.messages,
                TaskExecutor.synchronous(), navigator, fx.inspector.id(), fx.startDraft().id(), null,
                fx.context.inspection().backEntries());
        ordinary.load();
        assertThat(ordinary.paperModeProperty().get()).isFalse();
    }

    @Test
    void itemNumberThenPointsStoresTheDeductionAndFinishingPassesTheRest() {
        assertThat(vm.paperItem("ａ1")).isTrue();
        assertThat(vm.selectedProperty().get().item().code()).isEqualTo("A1");
        assertThat(vm.paperDeduct("1.4")).isTrue();
        assertThat(vm.paperItem("b1")).isTrue();
        assertThat(vm.paperDeduct("３")).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("已录第 B1 项扣 3 分，当前得分 95.6。");
        assertThat(stored()).hasSize(2);
        assertThat(stored().get(fx.item("B1").id()).quantities()).containsExactly(new BigDecimal("3"), BigDecimal.ZERO);

        vm.finishPaper();
        assertThat(navigator.visits).containsExactly("summary");
        Inspection done = fx.context.inspection().service().inspection(paper.id());
        assertThat(done.status()).isEqualTo(InspectionStatus.FINISHED);
        assertThat(stored()).hasSize(10);
        assertThat(stored().values().stream().filter(r -> r.outcome() == Outcome.PASS)).hasSize(8);
        assertThat(fx.context.inspection().service().score(done).total()).isEqualByComparingTo("95.6");
    }

    @Test
    void anUnknownItemOrABadDeductionIsRefusedWithItsMessageAndStoresNothing() {
        assertThat(vm.paperItem("Z9")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("没有编号为“Z9”的项目。");
        assertThat(vm.paperItem("A2")).isTrue();
        assertThat(vm.paperDeduct("5")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("第 A2 项的扣分 5 大于该项分值 4。");
        assertThat(vm.paperDeduct("1")).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("第 A2 项的扣分 1 不是评分标准能扣出的分数");
        assertThat(vm.paperDeduct("一分")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("第 A2 项的扣分“一分”不是数字。");
        assertThat(stored()).isEmpty();
        assertThat(List.of(fx.context.inspection().service().inspection(paper.id()).status()))
                .containsExactly(InspectionStatus.DRAFT);
    }
}
