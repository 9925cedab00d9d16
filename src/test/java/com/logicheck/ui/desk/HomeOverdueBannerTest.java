package com.logicheck.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At start-up the home screen shows what became overdue, non-modal, with a way to the desk. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class HomeOverdueBannerTest {
    @TempDir
    static Path dir;
    static DeskWorld world;
    RecordingNavigator navigator = new RecordingNavigator();

    @BeforeAll
    static void fill() {
        world = new DeskWorld(dir);
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Start
    void start(Stage stage) {
        FxScreens.show(stage, DeskScreenTest.screens(world, navigator, new QueuedDialogs()).home());
    }

    @Test
    void theBannerListsTheOverdueOrderAndOpensTheDesk(FxRobot robot) {
        assertThat(robot.lookup("#overdueBanner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#overdueHeadline").queryAs(Label.class).getText()).isEqualTo("有 1 张整改通知单已逾期：");
        assertThat(robot.lookup("#overdueLines").queryAs(Label.class).getText()).contains("第 1.1 项", "已逾期 4 天");
        assertThat(robot.lookup("#draftsTable").query().isVisible()).isTrue(); // non-modal: the home screen works
        robot.clickOn("#overdueOpenButton");
        assertThat(navigator.last()).isEqualTo("desk");
        robot.press(KeyCode.CONTROL, KeyCode.R)
                .release(KeyCode.R, KeyCode.CONTROL); // 整改 ▸ 整改台账
        assertThat(navigator.visits).containsSubsequence("desk", "desk");
    }
}
