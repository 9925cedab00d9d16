package com.logicheck.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.UiFixture;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 首页's menu bar (ADR 0024): six groups with mnemonics, accelerators that act only while 首页 is shown, items the
 * window or the role does not offer hidden, and a group with nothing in it hidden.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class HomeMenuTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Stage stage;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = UiFixture.create(dir);
        ScreenFactory screens = TestWindows.of(fx).withSettings().navigator(navigator)
                .screens();
        FxScreens.show(stage, screens.home());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    MenuBar bar(FxRobot robot) {
        return robot.lookup("#homeMenuBar").queryAs(MenuBar.class);
    }

    MenuItem item(FxRobot robot, String id) {
        return bar(robot).getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void theGroupsAreInOrderAndWhatThisWindowLacksIsHidden(FxRobot robot) {
        List<Menu> menus = bar(robot).getMenus();
        assertThat(menus).extracting(Menu::getText)
                .containsExactly("检查(_I)", "整改(_R)", "考核(_A)", "资料(_D)", "同步(_S)", "系统(_Y)");
        assertThat(menus).allSatisfy(m -> assertThat(m.isMnemonicParsing()).isTrue());
        // no desk in this window, no 基础资料 service, and an inspector may not edit templates
        assertThat(item(robot, "deskItem").isVisible()).isFalse();
        assertThat(item(robot, "plansItem").isVisible()).isFalse();
        assertThat(item(robot, "referenceDataItem").isVisible()).isFalse();
        assertThat(item(robot, "templatesItem").isVisible()).isFalse();
        assertThat(menus.get(1).isVisible()).as("整改 has nothing to offer here").isFalse();
        assertThat(menus.get(3).isVisible()).as("资料 has nothing to offer here").isFalse();
        assertThat(menus.get(0).isVisible()).isTrue();
        // without accounts there is nothing to lock
        assertThat(item(robot, "lockItem").isVisible()).isFalse();
        assertThat(item(robot, "settingsItem").isVisible()).isTrue();
        assertThat(item(robot, "settingsItem").getAccelerator().getName()).isEqualTo("Shortcut+Comma");
        assertThat(robot.lookup("#organisationLabel").queryAs(Label.class).getText()).isEqualTo("示例县人民医院");
    }

    @Test
    void aMenuOpensByClickAndItsItemNavigates(FxRobot robot) {
        robot.clickOn("系统(Y)");
        robot.clickOn("单位设置");
        assertThat(navigator.last()).isEqualTo("settings");
        robot.clickOn("检查(I)");
        robot.clickOn("验证签名");
        assertThat(navigator.last()).isEqualTo("verify");
    }

    @Test
    void acceleratorsActOnlyWhileHomeIsShown(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        assertThat(navigator.last()).isEqualTo("assessment");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(navigator.last()).isEqualTo("new");
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        assertThat(navigator.last()).isEqualTo("settings");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(navigator.last()).as("月度报告").isEqualTo("reports");

        // another screen replaces 首页 in the same scene, as MainWindow does
        robot.interact(() -> stage.getScene().setRoot(new StackPane()));
        navigator.visits.clear();
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(navigator.visits).isEmpty();
    }
}
