package com.logicheck.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.rectification.RectificationStatus;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.service.RectificationSteps;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 关闭 on the desk asks first, saying what closing does; 取消 leaves the order as it was. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class DeskCloseConfirmTest {
    @TempDir
    Path dir;
    DeskWorld world;
    QueuedDialogs dialogs = new QueuedDialogs();

    @Start
    void start(Stage stage) {
        world = new DeskWorld(dir);
        RectificationSteps steps = world.w.c.rectification().steps();
        steps.reportFixed(world.overdue, "已补填维修记录", List.of(), world.w.contact.id());
        steps.reinspect(world.overdue, Verdict.PASSED, "合格", null, List.of(), world.w.inspector.id());
        world.user(world.w.supervisor);
        FxScreens.show(stage, DeskScreenTest.screens(world, new RecordingNavigator(), dialogs).desk());
    }

    @AfterEach
    void close() {
        world.close();
    }

    RectificationStatus status() {
        return world.w.c.rectification().service().orders().find(world.overdue).orElseThrow().status();
    }

    @Test
    @SuppressWarnings("unchecked")
    void closingAsksWhatItDoesAndCancelChangesNothing(FxRobot robot) {
        robot.clickOn("#allScope"); // a re-inspected order is no longer 未结
        TableView<DeskRow> table = robot.lookup("#orderTable").queryAs(TableView.class);
        DeskRow row = table.getItems().stream().filter(r -> r.id().equals(world.overdue)).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(row));
        dialogs.agree = false;
        robot.clickOn("#closeButton");
        assertThat(dialogs.asked).singleElement().asString().startsWith("关闭整改通知单 " + world.overdue.toString()
                .substring(0, 8)).contains("华安后勤", "1 项", "不能再报告整改或复查", "不能撤销");
        assertThat(status()).isEqualTo(RectificationStatus.VERIFIED);

        dialogs.agree = true;
        robot.clickOn("#closeButton");
        assertThat(dialogs.asked).hasSize(2);
        assertThat(status()).isEqualTo(RectificationStatus.CLOSED);
    }
}
