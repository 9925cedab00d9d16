package com.logicheck.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.sync.RecordConflictFixture;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.TestWindows;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 同步冲突 screen with real conflicts between two laptops' records: both sides in words; a supervisor takes the
 * other laptop's closing of the month (a reason is required) and keeps this laptop's report of the order (the only
 * choice there); an inspector sees both sides but cannot decide.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class RecordConflictsScreenTest {
    @TempDir
    Path dir;
    AppContext a;
    AppContext b;
    Stage stage;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs files = new QueuedDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private RecordConflictFixture.People showScreen(FxRobot robot, boolean supervisor) {
        RecordConflictFixture.Laptops laptops = RecordConflictFixture.conflicts(dir);
        a = laptops.a();
        b = laptops.b();
        RecordConflictFixture.People people = laptops.people();
        UUID user = supervisor ? people.supervisor().id() : people.inspector().id();
        a.core().currentUser().switchTo(a.core().reference().people().stream().filter(p -> p.id().equals(user)).findFirst().orElseThrow());
        ScreenFactory screens = TestWindows.of(a).dialogs(files).navigator(navigator)
                .sync(SyncScreenTest.services(a, dir.resolve("tmp"))).screens();
        robot.interact(() -> FxScreens.show(stage, screens.syncConflicts()));
        return people;
    }

    @AfterEach
    void close() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aSupervisorTakesTheOtherClosingWithAReasonAndKeepsOurReport(FxRobot robot) {
        showScreen(robot, true);
        ListView<ConflictsViewModel.Item> list = list(robot);
        assertThat(list.getItems()).hasSize(2);
        ConflictsViewModel.Item month = find(list, "两台电脑分别关闭了同一月份");
        robot.interact(() -> list.getSelectionModel().select(month));
        assertThat(text(robot, "#localLabel")).contains("关闭人：刘洋", "总分：", "等级：", "奖惩：", "各组成部分：");
        assertThat(text(robot, "#incomingLabel")).contains("关闭人：刘洋", "总分：", "来源：");
        assertThat(text(robot, "#hintLabel")).contains("已被取代");
        assertThat(button(robot, "#takeIncomingButton").isDisabled()).isFalse();

        robot.clickOn("#takeIncomingButton");
        assertThat(text(robot, "#messageLabel")).contains("请填写理由");
        assertThat(list.getItems()).hasSize(2);

        robot.interact(() -> robot.lookup("#reasonField").queryAs(TextField.class).setText("以院区主管电脑上的关闭为准"));
        robot.clickOn("#takeIncomingButton");
        assertThat(text(robot, "#messageLabel")).contains("已采用来件的关闭");
        assertThat(list.getItems()).singleElement().satisfies(i -> assertThat(i.detail()).contains("两台电脑做了不同的步骤"));
        assertThat(robot.lookup("#reasonField").queryAs(TextField.class).getText()).isEmpty();

        robot.interact(() -> list.getSelectionModel().select(0));
        assertThat(text(robot, "#localLabel")).contains("已清洁地面，更换垃圾袋", "王芳", "照片：0 张");
        assertThat(text(robot, "#incomingLabel")).contains("已清洁并消毒，增加巡查频次", "李娜");
        assertThat(button(robot, "#takeIncomingButton").isDisabled()).isTrue();
        assertThat(text(robot, "#hintLabel")).contains("只能保留本机记录");
        robot.interact(() -> robot.lookup("#reasonField").queryAs(TextField.class).setText("本机的报告已现场核实"));
        robot.clickOn("#keepLocalButton");
        assertThat(list.getItems()).isEmpty();
        assertThat(text(robot, "#messageLabel")).contains("已保留本机记录");
        assertThat(a.core().recordLog().openConflicts()).isEmpty();
    }

    @Test
    void anInspectorSeesBothSidesButCannotDecide(FxRobot robot) {
        showScreen(robot, false);
        ListView<ConflictsViewModel.Item> list = list(robot);
        assertThat(list.getItems()).hasSize(2);
        robot.interact(() -> list.getSelectionModel().select(find(list, "两台电脑分别关闭了同一月份")));
        assertThat(text(robot, "#localLabel")).contains("总分：");
        assertThat(text(robot, "#hintLabel")).contains("只有主管或管理员");
        assertThat(button(robot, "#keepLocalButton").isDisabled()).isTrue();
        assertThat(button(robot, "#takeIncomingButton").isDisabled()).isTrue();
        assertThat(robot.lookup("#reasonField").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(a.core().recordLog().openConflicts()).hasSize(2);
    }

    private static ConflictsViewModel.Item find(ListView<ConflictsViewModel.Item> list, String detail) {
        return list.getItems().stream().filter(i -> i.detail().contains(detail)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ListView<ConflictsViewModel.Item> list(FxRobot robot) {
        return robot.lookup("#conflictList").queryAs(ListView.class);
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
