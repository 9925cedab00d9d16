package com.logicheck.ui.checklist;

import static com.logicheck.ui.UiFixture.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.service.SheetPhotos;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist logic without a toolkit: real H2 in a temp folder, synchronous executor. */
@DatabaseTest
class ChecklistViewModelTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection draft;
    RecordingNavigator navigator = new RecordingNavigator();
    ChecklistViewModel vm;
    RecordingQuestions questions = new RecordingQuestions();

    @BeforeEach
    void open() {
        fx = UiFixture.create(dir.resolve("data"));
        draft = fx.startDraft();
        vm = newViewModel(null);
        vm.askWith(questions);
        vm.load();
    }

    private ChecklistViewModel newViewModel(UUID focus) {
        return new ChecklistViewModel(fx.context.inspection().service(), fx.context.inspection().records(),
                new SheetPhotos(fx.context.core().photos()),
                fx.messages, TaskExecutor.synchronous(), navigator, fx.inspector.id(), draft.id(), focus);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Map<UUID, ItemResult> stored() {
        return fx.context.inspection().service().results(draft.id());
    }

    private ItemRow row(String code) {
        return vm.rows().item(fx.item(code).id()).orElseThrow();
    }

    private void type(int field, String text) {
        vm.editor().quantities().get(field).textProperty().set(text);
    }

    @Test
    void rendersAnyTemplateAsHeadingsAndItemsWithTheHeader() {
        assertThat(vm.rows().all()).hasSize(3 + 10);
        assertThat(vm.rows().all().get(0)).isInstanceOf(SectionRow.class);
        assertThat(vm.rows().items()).extracting(r -> r.item().code())
                .containsExactly("A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "C1", "C2");
        assertThat(vm.header().get().title()).isEqualTo(UiFixture.TEMPLATE_TITLE);
        assertThat(vm.header().get().details())
                .isEqualTo("恒通机电工程有限公司 · 东院区 / 住院部1号楼 / 5层 / 心内科病区 · 检查人 检查员 · 抽查");
        assertThat(vm.header().get().score()).isEqualTo("100 / 100");
        assertThat(vm.header().get().progress()).isEqualTo("已评 0 / 10 项（扣分 0，不适用 0）");
        assertThat(vm.selectedProperty().get().item().code()).isEqualTo("A1");
        assertThat(vm.editor().scoreTextProperty().get()).isEqualTo("尚未评分（分值 5 分）");
    }

    @Test
    void passStoresAtOnceAndMovesToTheNextItem() {
        vm.pass();
        assertThat(stored().get(fx.item("A1").id()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(vm.selectedProperty().get().item().code()).isEqualTo("A2");
        assertThat(vm.header().get().answeredShare()).isEqualTo(0.1);
        assertThat(row("A1").state().outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void notApplicableOnlyWhereTheItemAllowsIt() {
        vm.notApplicable();
        assertThat(vm.messageProperty().get()).isEqualTo("第 A1 项不允许标记为“不适用”。");
        assertThat(stored()).isEmpty();
        assertThat(vm.selectedProperty().get().item().code()).isEqualTo("A1");

        vm.select(row("A4"));
        vm.notApplicable();
        assertThat(stored().get(fx.item("A4").id()).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(vm.selectedProperty().get().item().code()).isEqualTo("A5");
    }

    @Test
    void everyValidQuantityIsStoredAndScoredLive() {
        vm.startDeduction();
        assertThat(vm.editor().deductMode()).isTrue();
        assertThat(stored()).isEmpty();
        type(0, "2");
        type(1, "3");
        ItemResult a1 = stored().get(fx.item("A1").id());
        assertThat(a1.outcome()).isEqualTo(Outcome.DEDUCT);
        assertThat(a1.quantities()).containsExactly(new BigDecimal("2"), new BigDecimal("3"));
        assertThat(vm.score().total()).isEqualByComparingTo("97.4");
        assertThat(vm.header().get().score()).isEqualTo("97.4 / 100");
        assertThat(vm.editor().scoreTextProperty().get()).isEqualTo("本项扣 2.6 分，得 2.4 分（分值 5 分）");
        SectionRow section = (SectionRow) vm.rows().all().get(0);
        assertThat(section.score().earned()).isEqualByComparingTo("17.4");
        assertThat(row("A1").state().deducted()).isTrue();
    }

    @Test
    void badQuantitiesShowTheChineseMessageAndAreNotStored() {
        vm.startDeduction();
        type(0, "2");
        type(0, "-1");
        assertThat(vm.editor().quantities().get(0).error()).isEqualTo("第 A1 项“每缺一项”的数量不能为负数。");
        type(0, "两个");
        assertThat(vm.editor().quantities().get(0).error()).isEqualTo("“两个”不是有效的数字。");
        type(0, "1.5");
        assertThat(vm.editor().quantities().get(0).error()).isEqualTo("第 A1 项“每缺一项”按次数扣分，请输入整数。");
        assertThat(stored().get(fx.item("A1").id()).quantities()).containsExactly(new BigDecimal("2"), BigDecimal.ZERO);

        vm.select(row("A5"));
        vm.startDeduction();
        type(0, "4");
        assertThat(vm.editor().quantities().get(0).error()).isEqualTo("第 A5 项“违反规定”应扣 1～3 分，请在此范围内选择（不扣分填 0）。");
        type(0, "1.2");
        assertThat(vm.editor().quantities().get(0).error()).isEqualTo("第 A5 项“违反规定”的扣分须以 0.5 分为单位。");
        assertThat(stored()).doesNotContainKey(fx.item("A5").id());
        assertThat(vm.commit()).isFalse();
        type(0, "２．５");
        assertThat(vm.editor().quantities().get(0).error()).isEmpty();
        assertThat(stored().get(fx.item("A5").id()).quantities()).containsExactly(new BigDecimal("2.5"));
    }

    @Test
    void allZeroQuantitiesAreNotADeduction() {
        vm.startDeduction();
        type(0, "0");
        assertThat(vm.editor().problemProperty().get()).isEqualTo("请至少填写一个扣分数量；没有问题请按 P 标记为合格。");
        assertThat(stored()).isEmpty();
        assertThat(vm.commit()).isFalse();
    }

    @Test
    void aDeductionBeyondTheItemMaxIsCappedWithAWarning() {
        vm.select(row("B3"));
        vm.startDeduction();
        type(0, "4");
        assertThat(vm.editor().warningProperty().get()).isEqualTo("第 B3 项扣分 12 分超过本项分值，按 10 分计。");
        assertThat(vm.score().total()).isEqualByComparingTo("90");
        type(0, "3");
        assertThat(vm.editor().warningProperty().get()).isEmpty();
    }

    @Test
    void commitMovesToTheNextUnansweredItem() {
        vm.select(row("A2"));
        vm.pass();
        vm.select(row("A1"));
        vm.startDeduction();
        type(0, "1");
        assertThat(vm.commit()).isTrue();
        assertThat(vm.selectedProperty().get().item().code()).isEqualTo("A3");
        vm.select(row("C2"));
        assertThat(vm.selectNextUnanswered()).isTrue();
        assertThat(vm.selectedProperty().get().item().code()).isEqualTo("A3");
    }

    @Test
    void allAnsweredSaysSo() {
        for (int i = 0; i < 10; i++) {
            vm.select(vm.rows().items().get(i));
            vm.pass();
        }
        assertThat(vm.selectNextUnanswered()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("所有项目都已评分，按 Ctrl+Enter 查看汇总并完成检查。");
    }

    @Test
    void clearAndUndo() {
        vm.pass();
        vm.select(row("A1"));
        vm.clear();
        assertThat(stored()).isEmpty();
        assertThat(row("A1").state().answered()).isFalse();
        vm.undo();
        assertThat(stored().get(fx.item("A1").id()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(vm.messageProperty().get()).isEqualTo("已撤销第 A1 项的上一次修改。");
    }

    @Test
    void undoRestoresThePreviousAnswerOfTheLastEditedItem() {
        vm.pass();                      // A1 合格, now on A2
        vm.startDeduction();
        type(0, "1");
        type(0, "12");                  // typing digit by digit is one edit
        vm.undo();
        assertThat(stored()).doesNotContainKey(fx.item("A2").id());
        assertThat(vm.selectedProperty().get().item().code()).isEqualTo("A2");
        vm.undo();
        assertThat(stored()).isEmpty();
        vm.undo();
        assertThat(vm.messageProperty().get()).isEqualTo("没有可以撤销的修改。");
    }

    @Test
    void notesAreSavedWhenFlushedAndOnlyForAnsweredItems() {
        vm.editor().noteProperty().set("还没有评分");
        vm.flushNote();
        assertThat(stored()).isEmpty();

        vm.startDeduction();
        type(0, "1");
        vm.editor().noteProperty().set("缺 3 月 2 日记录");
        assertThat(stored().get(fx.item("A1").id()).note()).isEmpty();
        vm.flushNote();
        assertThat(stored().get(fx.item("A1").id()).note()).isEqualTo("缺 3 月 2 日记录");
        vm.editor().noteProperty().set("缺 3 月 2 日、3 日记录");
        vm.select(row("A2"));           // leaving the item saves its note
        assertThat(stored().get(fx.item("A1").id()).note()).isEqualTo("缺 3 月 2 日、3 日记录");
        vm.select(row("A1"));
        vm.pass();                      // a new outcome keeps the note
        assertThat(stored().get(fx.item("A1").id()).note()).isEqualTo("缺 3 月 2 日、3 日记录");
    }

    @Test
    void liveScoreIsTheScorersScoreOfTheStoredAnswers() {
        vm.startDeduction();
        type(0, "3");
        vm.select(row("B1"));
        vm.startDeduction();
        type(0, "3");
        type(1, "2");
        vm.select(row("C2"));
        vm.notApplicable();
        var expected = new SheetScorer().score(fx.template, stored());
        assertThat(vm.score().total()).isEqualByComparingTo(expected.total());
        assertThat(vm.score().grade()).isEqualTo(expected.grade());
        assertThat(vm.score().total()).isEqualByComparingTo(d("92"));
    }

    @Test
    void reopeningShowsTheStoredAnswers() {
        vm.startDeduction();
        type(0, "2");
        type(1, "3");
        vm.editor().noteProperty().set("记录缺两天");
        vm.flushNote();
        ChecklistViewModel again = newViewModel(fx.item("A1").id());
        again.load();
        assertThat(again.selectedProperty().get().item().code()).isEqualTo("A1");
        assertThat(again.editor().deductMode()).isTrue();
        assertThat(again.editor().quantities()).extracting(q -> q.textProperty().get()).containsExactly("2", "3");
        assertThat(again.editor().noteProperty().get()).isEqualTo("记录缺两天");
        assertThat(again.header().get().score()).isEqualTo("97.4 / 100");
    }

    @Test
    void photosAreAttachedAndBadFilesRefusedInChinese() {
        vm.attachPhotos(List.of(UiFixture.png(dir, "现场.png")));
        assertThat(vm.editor().photos()).hasSize(1);
        assertThat(fx.context.core().photos().photos(draft.id())).hasSize(1);
        vm.attachPhotos(List.of(UiFixture.notAnImage(dir)));
        assertThat(vm.editor().photoErrorProperty().get())
                .isEqualTo("文件“巡查记录.jpg”不是可识别的图片（支持 JPG、PNG、GIF、BMP）。");
        assertThat(vm.editor().photos()).hasSize(1);
        vm.removePhoto(vm.editor().photos().get(0));
        assertThat(fx.context.core().photos().photos(draft.id())).isEmpty();
    }

    @Test
    void summaryAndHomeSaveThePendingNoteFirst() {
        vm.pass();
        vm.selectPrevious();
        vm.editor().noteProperty().set("地面湿滑");
        vm.toSummary();
        assertThat(stored().get(fx.item("A1").id()).note()).isEqualTo("地面湿滑");
        assertThat(navigator.last()).isEqualTo("summary");
    }

    @Test
    void passOnADeductedItemAsksWhatIsLostAndDecliningKeepsTheDeduction() {
        vm.startDeduction();
        type(0, "2");                   // A1 扣 2 分
        vm.select(row("A1"));
        questions.agree = false;
        vm.pass();
        assertThat(questions.asked).containsExactly(
                "第 A1 项已扣 2 分，改为“合格”会去掉这项扣分。备注和照片（如有）保留。确定修改吗？");
        assertThat(stored().get(fx.item("A1").id()).quantities()).containsExactly(new BigDecimal("2"), BigDecimal.ZERO);
        assertThat(vm.selectedProperty().get().item().code()).isEqualTo("A1");
        assertThat(vm.messageProperty().get()).isEqualTo("第 A1 项未修改。");

        questions.agree = true;
        vm.pass();
        assertThat(stored().get(fx.item("A1").id()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(questions.asked).hasSize(2);
        vm.select(row("A1"));
        vm.pass();                      // 合格 again asks nothing
        assertThat(questions.asked).hasSize(2);
    }

    @Test
    void withoutAScreenToAskNothingIsReplaced() {
        vm.askWith(ChecklistQuestions.DECLINE);
        vm.startDeduction();
        type(0, "1");
        vm.select(row("A1"));
        vm.pass();
        assertThat(stored().get(fx.item("A1").id()).outcome()).isEqualTo(Outcome.DEDUCT);
    }

    @Test
    void aRefusedValueIsMarkedUnsavedAndLeavingShowsTheStoredValueAgain() {
        vm.startDeduction();
        type(0, "99");
        type(0, "-1");
        QuantityInput box = vm.editor().quantities().get(0);
        assertThat(stored().get(fx.item("A1").id()).quantities()).containsExactly(new BigDecimal("99"), BigDecimal.ZERO);
        assertThat(row("A1").state().unsaved()).isTrue();
        assertThat(vm.editor().scoreTextProperty().get())
                .isEqualTo("未保存：框中的值有误，本项仍按已保存的答案计（扣 5 分）。请改正，或按 Esc 恢复已保存的值。");
        vm.leaveQuantities();
        assertThat(vm.editor().quantities().get(0).textProperty().get()).isEqualTo("99");
        assertThat(vm.editor().quantities().get(0).error()).isEmpty();
        assertThat(box.textProperty().get()).isEqualTo("-1");   // the old input is gone from the screen
        assertThat(row("A1").state().unsaved()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("第 A1 项：“-1”有误，没有保存；框中已恢复为保存的值。");
        assertThat(vm.editor().scoreTextProperty().get()).isEqualTo("本项扣 5 分，得 0 分（分值 5 分）");
    }

    @Test
    void aFractionalCountIsRefusedNotTruncated() {
        vm.select(row("A2"));
        vm.startDeduction();
        type(0, "1");
        type(0, "1.");
        type(0, "1.5");
        assertThat(vm.editor().quantities().get(0).error()).isEqualTo("第 A2 项“未提供报表”按次数扣分，请输入整数。");
        assertThat(row("A2").state().unsaved()).isTrue();
        assertThat(vm.commit()).isFalse();
        vm.select(row("A3"));           // leaving the item: the box is the stored count again, 1.5 was never kept
        vm.select(row("A2"));
        assertThat(vm.editor().quantities().get(0).textProperty().get()).isEqualTo("1");
        assertThat(stored().get(fx.item("A2").id()).quantities()).containsExactly(BigDecimal.ONE);
        assertThat(row("A2").state().unsaved()).isFalse();
    }

    @Test
    void notApplicableOnAnItemWithANoteAsksWhetherToKeepItAsTheReason() {
        vm.select(row("A4"));
        vm.startDeduction();
        type(0, "1");
        vm.editor().noteProperty().set("外委合同已终止");
        vm.flushNote();
        vm.attachPhotos(List.of(UiFixture.png(dir, "合同.png")));

        questions.evidence = ChecklistQuestions.Evidence.CANCEL;
        vm.select(row("A4"));
        vm.notApplicable();
        assertThat(questions.asked).containsExactly("第 A4 项已扣 1 分，改为“不适用”会去掉这项扣分。"
                + "本项有备注“外委合同已终止”和 1 张照片：留作不适用的理由，还是删除？");
        assertThat(stored().get(fx.item("A4").id()).outcome()).isEqualTo(Outcome.DEDUCT);

        questions.evidence = ChecklistQuestions.Evidence.KEEP_AS_REASON;
        vm.select(row("A4"));
        vm.notApplicable();
        ItemResult kept = stored().get(fx.item("A4").id());
        assertThat(kept.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(kept.note()).isEqualTo("外委合同已终止");
        assertThat(fx.context.core().photos().photos(draft.id())).hasSize(1);
        assertThat(vm.score().total()).isEqualByComparingTo("100");     // N/A never counts the old deduction
    }

    @Test
    void notApplicableCanDeleteTheNoteAndPhotos() {
        vm.select(row("B2"));
        vm.pass();
        vm.select(row("B2"));
        vm.editor().noteProperty().set("锅炉房已拆除");
        vm.flushNote();
        vm.attachPhotos(List.of(UiFixture.png(dir, "现场.png")));
        questions.evidence = ChecklistQuestions.Evidence.DELETE;
        vm.notApplicable();
        ItemResult na = stored().get(fx.item("B2").id());
        assertThat(na.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(na.note()).isEmpty();
        assertThat(fx.context.core().photos().photos(draft.id())).isEmpty();
        assertThat(questions.asked).containsExactly("本项有备注“锅炉房已拆除”和 1 张照片：留作不适用的理由，还是删除？");
    }
}
