package com.logicheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Person;
import com.logicheck.service.ManualClock;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window with accounts: log-in first, then the idle lock driven by a clock the test moves. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class IdleLockScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Person admin;
    Person inspector;
    ManualClock clock = new ManualClock();
    MainWindow window;

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir);
        admin = AccountScreens.admin(fx);
        inspector = AccountScreens.inspector(fx, admin);
        UiFonts.load();
        window = TestWindows.of(fx).accounts(AccountScreens.services(fx, clock))
                .window();
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get();
        fx.close();
    }

    private void logInAsInspector(FxRobot robot) {
        assertThat(robot.lookup("#loginField").tryQuery()).as("the window opens on 登录").isPresent();
        robot.clickOn("#loginField").write("zhangwei").type(KeyCode.ENTER).write(AccountScreens.INSPECTOR_PASSWORD)
                .type(KeyCode.ENTER);
        assertThat(robot.lookup("#draftsTable").tryQuery()).as("首页 after the log-in").isPresent();
    }

    private boolean locked(FxRobot robot) {
        return robot.lookup("#lockPane").queryAs(Node.class).isVisible();
    }

    @Test
    void tenMinutesWithoutInputLockAndOnlyTheUsersPasswordUnlocks(FxRobot robot) {
        logInAsInspector(robot);
        assertThat(robot.lookup("#accountMenu").tryQuery()).isPresent();
        clock.advance(Duration.ofMinutes(9));
        robot.interact(() -> window.idleLock().check());
        assertThat(locked(robot)).isFalse();
        robot.moveBy(5, 5);
        clock.advance(Duration.ofMinutes(9));
        robot.interact(() -> window.idleLock().check());
        assertThat(locked(robot)).as("mouse input 9 minutes ago keeps it open").isFalse();
        clock.advance(Duration.ofMinutes(1));
        robot.interact(() -> window.idleLock().check());
        assertThat(locked(robot)).isTrue();
        assertThat(robot.lookup("#lockPane #userLabel").queryAs(Label.class).getText()).contains("张伟");

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#draftsTable").tryQuery()).as("no key reaches the screen under the lock").isPresent();
        assertThat(robot.lookup("#providerBox").tryQuery()).isEmpty();

        robot.write("not-my-password").type(KeyCode.ENTER);
        assertThat(robot.lookup("#lockPane #messageLabel").queryAs(Label.class).getText()).isEqualTo("登录名或密码不正确。");
        assertThat(locked(robot)).isTrue();
        robot.write(AccountScreens.INSPECTOR_PASSWORD).type(KeyCode.ENTER);
        assertThat(locked(robot)).isFalse();
        assertThat(fx.context.core().currentUser().loggedIn()).contains(inspector);
    }

    @Test
    void ctrlLLocksAtOnceAndSwitchUserGoesToTheLogInScreen(FxRobot robot) {
        logInAsInspector(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertThat(locked(robot)).isTrue();
        robot.clickOn("#switchUserButton");
        assertThat(locked(robot)).isFalse();
        assertThat(robot.lookup("#loginField").tryQuery()).isPresent();
        assertThat(fx.context.core().currentUser().loggedIn()).isEmpty();
    }

    @Test
    void aChangedSettingAppliesAtOnceAndZeroNeverLocks(FxRobot robot) {
        logInAsInspector(robot);
        fx.context.settings().session().setIdleMinutes(admin.id(), 0);
        clock.advance(Duration.ofHours(5));
        robot.interact(() -> window.idleLock().check());
        assertThat(locked(robot)).isFalse();
        fx.context.settings().session().setIdleMinutes(admin.id(), 2);
        robot.interact(() -> window.idleLock().check());
        assertThat(locked(robot)).isTrue();
    }

    @Test
    void anInspectorsMenuHasNoUserManagementAndAnAdminsHas(FxRobot robot) {
        logInAsInspector(robot);
        robot.clickOn("#accountMenu");
        assertThat(robot.lookup("#accountMenuUsers").tryQuery()).isEmpty();
        robot.clickOn("#accountMenuLogOut");
        robot.clickOn("#loginField").eraseText(20).write("wang").type(KeyCode.ENTER)
                .write(AccountScreens.ADMIN_PASSWORD).type(KeyCode.ENTER);
        robot.clickOn("#accountMenu");
        robot.clickOn("#accountMenuUsers");
        assertThat(robot.lookup("#userTable").tryQuery()).as("用户管理").isPresent();
    }

    @Test
    void everyWayIntoTheAppPassesTheLogInGuard(FxRobot robot) {
        assertThat(robot.lookup("#loginField").tryQuery()).as("the window opens on 登录").isPresent();
        YearMonth month = YearMonth.of(2026, 12);
        List<Runnable> ways = List.of(() -> window.assessment(null, month), () -> window.monthEntries(null, month),
                window::templates, () -> window.templateEditor("X"), window::backups, window::sync,
                window::syncConflicts, window::desk, window::plans);
        for (Runnable way : ways) {
            robot.interact(way);
            assertThat(robot.lookup("#loginField").tryQuery()).as("still 登录, nobody has logged in").isPresent();
        }
    }
}
