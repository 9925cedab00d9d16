package com.logicheck.ui;

import static com.logicheck.domain.inspection.Outcome.DEDUCT;
import static com.logicheck.domain.inspection.Outcome.NOT_APPLICABLE;
import static com.logicheck.domain.inspection.Outcome.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.service.TemplateChoice;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.checklist.ChecklistRow;
import com.logicheck.ui.checklist.ItemRow;
import com.logicheck.ui.common.FileKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The journey: start → new inspection → deduct on three items → N/A on one → the score is 100 − x →
 * close the window and the data folder → reopen → the draft resumes with identical answers.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class InspectionJourneyTest {
    @TempDir
    Path dir;
    Path data;
    Stage stage;
    UiFixture fx;
    MainWindow window;
    QueuedDialogs files = new QueuedDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiFonts.load();
        data = dir.resolve("data");
        fx = UiFixture.create(data);
        window = TestWindows.of(fx).dialogs(files).window();
        window.show(stage);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<ChecklistRow> list(FxRobot robot) {
        return robot.lookup("#itemList").queryAs(ListView.class);
    }

    private String selectedCode(FxRobot robot) {
        return ((ItemRow) list(robot).getSelectionModel().getSelectedItem()).item().code();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<BigDecimal> q(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void deductThreeNotApplicableOneCloseReopenResume(FxRobot robot) {
        // 首页 → 新建检查
        robot.clickOn("#newButton");
        robot.clickOn("#placeFilterField").write("心内").type(KeyCode.ENTER);
        ListView<TemplateChoice> templates = robot.lookup("#templateList").queryAs(ListView.class);
        int ours = templates.getItems().stream().map(TemplateChoice::title).toList().indexOf(UiFixture.TEMPLATE_TITLE);
        robot.interact(() -> templates.getSelectionModel().select(ours));
        robot.clickOn("#startButton");

        // 检查表: A1 扣分 (2 items missing, 3 days late = 2 + 0.6) with a note
        assertThat(selectedCode(robot)).isEqualTo("A1");
        // each keystroke's focus change is settled before the next (the robot outpaces a loaded machine)
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("3");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#noteArea").write("记录缺两天，报表迟交三天");
        robot.type(KeyCode.ENTER);
        assertThat(selectedCode(robot)).isEqualTo("A2");

        // A5 扣分 1.5 on the 1~3 scale
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        assertThat(selectedCode(robot)).isEqualTo("A5");
        robot.type(KeyCode.D).write("1.5").type(KeyCode.ENTER);
        assertThat(selectedCode(robot)).isEqualTo("B1");

        // B2 不适用, then B3 扣分 4 × 3 = 12, capped at its 10 points, with a photo
        robot.type(KeyCode.DOWN).type(KeyCode.N);
        assertThat(selectedCode(robot)).isEqualTo("B3");
        robot.type(KeyCode.DIGIT4);
        assertThat(text(robot, "#warningLabel")).isEqualTo("第 B3 项扣分 12 分超过本项分值，按 10 分计。");
        files.answerMany(FileKind.PHOTOS, UiFixture.png(dir, "隐患.png"));
        robot.clickOn("#addPhotoButton");
        robot.type(KeyCode.ENTER);

        // 100 − (2.6 + 1.5 + 10) = 85.9, N/A scoring full marks on this sheet
        assertThat(text(robot, "#scoreLabel")).isEqualTo("85.9 / 100");
        assertThat(text(robot, "#gradeLabel")).isEqualTo("良好");
        assertThat(text(robot, "#progressLabel")).isEqualTo("已评 4 / 10 项（扣分 3，不适用 1）");
        UUID inspectionId = fx.context.inspection().inspections().drafts().get(0).id();
        Map<UUID, ItemResult> before = fx.context.inspection().service().results(inspectionId);
        assertThat(before.get(fx.item("A1").id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(DEDUCT);
            assertThat(r.quantities()).isEqualTo(q("2", "3"));
            assertThat(r.note()).isEqualTo("记录缺两天，报表迟交三天");
        });
        assertThat(before.get(fx.item("A5").id()).quantities()).isEqualTo(q("1.5"));
        assertThat(before.get(fx.item("B2").id()).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(before.get(fx.item("B3").id()).quantities()).isEqualTo(q("4"));
        assertThat(before).hasSize(4);

        // close the window and the data folder, as when the laptop is shut
        robot.interact(() -> {
            window.close();
            stage.hide();
        });
        fx.close();

        // reopen: a new context on the same folder, a new window
        fx = UiFixture.reopen(data);
        robot.interact(() -> {
            window = TestWindows.of(fx).dialogs(files).window();
            window.show(stage);
        });
        TableView<?> drafts = robot.lookup("#draftsTable").queryAs(TableView.class);
        assertThat(drafts.getItems()).hasSize(1);
        robot.type(KeyCode.ENTER);

        assertThat(fx.context.inspection().service().results(inspectionId)).isEqualTo(before);
        assertThat(text(robot, "#scoreLabel")).isEqualTo("85.9 / 100");
        assertThat(selectedCode(robot)).isEqualTo("A2");
        robot.type(KeyCode.UP);
        assertThat(selectedCode(robot)).isEqualTo("A1");
        assertThat(robot.lookup("#quantity0").queryAs(TextField.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#quantity1").queryAs(TextField.class).getText()).isEqualTo("3");
        assertThat(robot.lookup("#noteArea").queryAs(TextArea.class).getText()).isEqualTo("记录缺两天，报表迟交三天");
        robot.interact(() -> list(robot).getSelectionModel().select(list(robot).getItems().indexOf(
                list(robot).getItems().stream().filter(r -> r instanceof ItemRow i && i.item().code().equals("B3"))
                        .findFirst().orElseThrow())));
        assertThat(robot.lookup("#quantity0").queryAs(TextField.class).getText()).isEqualTo("4");
        assertThat(robot.lookup("#photoPane").queryAs(FlowPane.class).getChildren()).hasSize(1);
        ItemRow b2 = (ItemRow) list(robot).getItems().stream()
                .filter(r -> r instanceof ItemRow i && i.item().code().equals("B2")).findFirst().orElseThrow();
        assertThat(b2.state().outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(fx.context.inspection().service().results(inspectionId).values())
                .extracting(ItemResult::outcome).containsOnly(DEDUCT, NOT_APPLICABLE).doesNotContain(PASS);
    }
}
