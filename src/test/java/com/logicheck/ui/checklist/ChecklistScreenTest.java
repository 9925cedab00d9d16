package com.logicheck.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.FileKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The checklist screen driven from the keyboard, as an inspector does. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class ChecklistScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection draft;
    Stage stage;
    ScreenFactory screens;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs photos = new QueuedDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = UiFixture.create(dir.resolve("data"));
        draft = fx.startDraft();
        screens = FxScreens.factory(fx, navigator, photos);
        FxScreens.show(stage, screens.checklist(draft.id(), null));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Map<UUID, ItemResult> stored() {
        return fx.context.inspection().service().results(draft.id());
    }

    private ItemResult stored(String code) {
        return stored().get(fx.item(code).id());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ItemRow selected(FxRobot robot) {
        return (ItemRow) robot.lookup("#itemList").queryAs(ListView.class).getSelectionModel().getSelectedItem();
    }

    @Test
    void passNotApplicableAndDeductFromTheKeyboard(FxRobot robot) {
        assertThat(text(robot, "#titleLabel")).isEqualTo(UiFixture.TEMPLATE_TITLE);
        assertThat(selected(robot).item().code()).isEqualTo("A1");
        assertThat(text(robot, "#requirementLabel")).isEqualTo("要求：每天工作记录，记录完整（温度不低于70°C）");

        robot.type(KeyCode.P);                                  // A1 合格, on to A2
        assertThat(stored("A1").outcome()).isEqualTo(Outcome.PASS);
        assertThat(selected(robot).item().code()).isEqualTo("A2");

        robot.type(KeyCode.D);                                  // A2 扣分: into the first quantity
        TextField quantity = robot.lookup("#quantity0").queryAs(TextField.class);
        assertThat(quantity.isFocused()).isTrue();
        assertThat(quantity.getText()).isEmpty();
        robot.write("1");
        assertThat(stored("A2").quantities()).containsExactly(new BigDecimal("1"));
        assertThat(text(robot, "#scoreLabel")).isEqualTo("98 / 100");
        robot.type(KeyCode.ENTER);                              // commit: next unanswered is A3, back in the list
        assertThat(selected(robot).item().code()).isEqualTo("A3");
        assertThat(robot.lookup("#itemList").queryAs(ListView.class).isFocused()).isTrue();

        robot.type(KeyCode.N);                                  // A3 does not allow 不适用
        assertThat(text(robot, "#messageLabel")).isEqualTo("第 A3 项不允许标记为“不适用”。");
        assertThat(robot.lookup("#naButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.N);               // A4 does
        assertThat(stored("A4").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(selected(robot).item().code()).isEqualTo("A5");

        robot.type(KeyCode.DIGIT2);                             // a digit starts a deduction with that value
        assertThat(robot.lookup("#quantity0").queryAs(TextField.class).getText()).isEqualTo("2");
        assertThat(stored("A5").quantities()).containsExactly(new BigDecimal("2"));
        robot.type(KeyCode.UP);                                 // a range field steps on its grid
        assertThat(stored("A5").quantities()).containsExactly(new BigDecimal("2.5"));
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#itemList").queryAs(ListView.class).isFocused()).isTrue();
        assertThat(text(robot, "#progressLabel")).isEqualTo("已评 4 / 10 项（扣分 2，不适用 1）");
    }

    @Test
    void refusedQuantitiesShowTheirMessageAndKeepTheLastGoodAnswer(FxRobot robot) {
        robot.type(KeyCode.DIGIT3);
        robot.write(".5");
        assertThat(robot.lookup("#quantityError0").queryAs(Label.class).getText())
                .isEqualTo("第 A1 项“每缺一项”按次数扣分，请输入整数。");
        assertThat(stored("A1").quantities()).containsExactly(new BigDecimal("3"), BigDecimal.ZERO);
        robot.type(KeyCode.ENTER);                              // refused: stays in the field
        assertThat(robot.lookup("#quantity0").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(selected(robot).item().code()).isEqualTo("A1");
    }

    @Test
    void cappedDeductionIsShownAsAWarning(FxRobot robot) {
        robot.interact(() -> { });
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(selected(robot).item().code()).isEqualTo("B3");
        robot.type(KeyCode.DIGIT4);
        assertThat(text(robot, "#warningLabel")).isEqualTo("第 B3 项扣分 12 分超过本项分值，按 10 分计。");
        assertThat(robot.lookup("#warningLabel").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#scoreLabel")).isEqualTo("90 / 100");
    }

    @Test
    void jumpClearUndoAndSummaryShortcuts(FxRobot robot) {
        robot.type(KeyCode.P).type(KeyCode.P);                  // A1, A2 合格; on A3
        robot.type(KeyCode.UP, KeyCode.UP);                     // back to A1
        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        assertThat(selected(robot).item().code()).isEqualTo("A3");
        robot.type(KeyCode.UP);
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        assertThat(stored()).doesNotContainKey(fx.item("A2").id());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(stored("A2").outcome()).isEqualTo(Outcome.PASS);
        robot.type(KeyCode.F3);
        assertThat(selected(robot).item().code()).isEqualTo("A3");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(navigator.last()).isEqualTo("summary");
    }

    @Test
    void notesAreSavedOnFocusLossAndPhotosRefusedInChinese(FxRobot robot) {
        robot.type(KeyCode.D).write("2");
        robot.clickOn("#noteArea").write("东侧走廊记录缺失");
        robot.type(KeyCode.ESCAPE);                             // back to the list: focus loss saves the note
        assertThat(stored("A1").note()).isEqualTo("东侧走廊记录缺失");
        assertThat(robot.lookup("#noteArea").queryAs(TextArea.class).getText()).isEqualTo("东侧走廊记录缺失");

        photos.answerMany(FileKind.PHOTOS, UiFixture.notAnImage(dir));
        robot.clickOn("#addPhotoButton");
        assertThat(text(robot, "#photoErrorLabel")).isEqualTo("文件“巡查记录.jpg”不是可识别的图片（支持 JPG、PNG、GIF、BMP）。");
        photos.answerMany(FileKind.PHOTOS, UiFixture.png(dir, "走廊.png"));
        robot.clickOn("#addPhotoButton");
        assertThat(robot.lookup("#photoPane").queryAs(Parent.class).getChildrenUnmodifiable()).hasSize(1);
        assertThat(fx.context.core().photos().photos(draft.id())).hasSize(1);
    }

    @Test
    void spaceOrPOnADeductedItemCannotSilentlyPassIt(FxRobot robot) {
        robot.type(KeyCode.D).write("2");                       // A1 扣 2 分
        robot.clickOn("#noteArea").write("记录缺两天");
        robot.type(KeyCode.TAB);                                // Tab leaves the note (no tab typed), back in the list
        assertThat(robot.lookup("#itemList").queryAs(ListView.class).isFocused()).isTrue();
        assertThat(stored("A1").note()).isEqualTo("记录缺两天");
        photos.agree = false;
        robot.type(KeyCode.SPACE);
        assertThat(photos.asked).containsExactly(
                "第 A1 项已扣 2 分，改为“合格”会去掉这项扣分。备注和照片（如有）保留。确定修改吗？");
        assertThat(stored("A1").outcome()).isEqualTo(Outcome.DEDUCT);
        assertThat(stored("A1").quantities()).containsExactly(new BigDecimal("2"), BigDecimal.ZERO);
        robot.type(KeyCode.P);
        assertThat(photos.asked).hasSize(2);
        assertThat(stored("A1").outcome()).isEqualTo(Outcome.DEDUCT);
        assertThat(selected(robot).item().code()).isEqualTo("A1");
        assertThat(text(robot, "#messageLabel")).isEqualTo("第 A1 项未修改。");
        photos.agree = true;
        robot.type(KeyCode.P);
        assertThat(stored("A1").outcome()).isEqualTo(Outcome.PASS);
        assertThat(stored("A1").note()).isEqualTo("记录缺两天");
    }

    @Test
    void aRefusedValueNeverStaysOnScreenBesideADifferentStoredValue(FxRobot robot) {
        robot.type(KeyCode.D).write("99");
        TextField box = robot.lookup("#quantity0").queryAs(TextField.class);
        robot.interact(box::selectAll);
        robot.write("-1");
        assertThat(stored("A1").quantities()).containsExactly(new BigDecimal("99"), BigDecimal.ZERO);
        assertThat(text(robot, "#itemScoreLabel")).startsWith("未保存：");
        assertThat(selected(robot).state().unsaved()).isTrue();
        robot.type(KeyCode.ESCAPE);                             // leaving: the box shows what is stored again
        TextField shown = robot.lookup("#quantity0").queryAs(TextField.class);
        assertThat(shown.getText()).isEqualTo("99");
        assertThat(text(robot, "#itemScoreLabel")).isEqualTo("本项扣 5 分，得 0 分（分值 5 分）");
        assertThat(text(robot, "#messageLabel")).isEqualTo("第 A1 项：“-1”有误，没有保存；框中已恢复为保存的值。");
        assertThat(selected(robot).state().unsaved()).isFalse();
    }

    @Test
    void ctrlOAttachesPhotosToTheItemFromTheKeyboard(FxRobot robot) {
        robot.type(KeyCode.P);                                  // A1 合格, on A2
        photos.answerMany(FileKind.PHOTOS, UiFixture.png(dir, "现场.png"));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        assertThat(robot.lookup("#photoPane").queryAs(Parent.class).getChildrenUnmodifiable()).hasSize(1);
        assertThat(fx.context.core().photos().photos(draft.id())).singleElement()
                .satisfies(p -> assertThat(p.itemId()).isEqualTo(fx.item("A2").id()));
    }

    /**
     * A 100-item sheet opens with every row and only the visible cells built. How fast it opens is a goal of the
     * benchmark (src/docs/benchmark.md, "open a 100-item sheet in the checklist screen"), not of a test that a busy
     * shared machine would make flaky (ADR 0035).
     */
    @Test
    void aHundredItemSheetOpensWithEveryRowAndIsVirtualised(FxRobot robot) {
        var big = fx.storeLargeTemplate(100);
        Inspection bigDraft = fx.startDraft(big);
        robot.interact(() -> {
            var view = screens.checklist(bigDraft.id(), null);
            stage.getScene().setRoot(view.root());
            view.root().applyCss();
            view.root().layout();
            view.controller().shown();
        });
        ListView<?> list = robot.lookup("#itemList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(110);
        assertThat(robot.lookup("#itemList .list-cell").queryAllAs(ListCell.class)).hasSizeLessThan(50);
    }
}
