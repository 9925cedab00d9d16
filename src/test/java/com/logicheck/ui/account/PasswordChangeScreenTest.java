package com.logicheck.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.Clocks;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.service.AccountService.NewAccount;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.AccountScreens;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.UiFixture;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After an admin set the password, the log-in asks for a new one before any screen; 取消 logs out (ADR 0025). */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class PasswordChangeScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Person admin;
    Person inspector;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir);
        admin = AccountScreens.admin(fx);
        inspector = fx.context.accounts().service().create(admin.id(), new NewAccount("张伟", "zhangwei",
                "given-2026".toCharArray(), Role.INSPECTOR));
        ScreenFactory screens = TestWindows.of(fx)
                .accounts(AccountScreens.services(fx, Clocks.system()))
                .navigator(navigator).screens();
        FxScreens.show(stage, screens.logIn());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    void logIn(FxRobot robot) {
        robot.clickOn("#loginField").write("zhangwei").type(KeyCode.ENTER).write("given-2026").type(KeyCode.ENTER);
    }

    @Test
    void theNewPasswordFollowsTheRulesAndOnlyThenOpensHome(FxRobot robot) {
        logIn(robot);
        assertThat(robot.lookup("#changeCard").query().isVisible()).isTrue();
        assertThat(robot.lookup("#logInCard").query().isVisible()).isFalse();
        assertThat(robot.lookup("#changeHeaderLabel").queryAs(Label.class).getText()).startsWith("张伟，你的密码是管理员设置的临时密码");
        assertThat(robot.lookup("#newPasswordField").queryAs(PasswordField.class).isFocused()).isTrue();
        assertThat(navigator.visits).as("no screen before the change").isEmpty();
        assertThat(fx.context.core().currentUser().loggedIn()).isEmpty();

        Label message = robot.lookup("#changeMessageLabel").queryAs(Label.class);
        robot.write("short").type(KeyCode.ENTER).write("short").type(KeyCode.ENTER);
        assertThat(message.getText()).isEqualTo("密码至少 10 个字符。");
        robot.write("woaini1314").type(KeyCode.ENTER).write("woaini1314").type(KeyCode.ENTER);
        assertThat(message.getText()).isEqualTo("这个密码太常见，容易被猜中，请换一个。");
        robot.write("given-2026").type(KeyCode.ENTER).write("given-2026").type(KeyCode.ENTER);
        assertThat(message.getText()).isEqualTo("新密码不能与管理员给的临时密码相同。");
        robot.write("zw-own-2026").type(KeyCode.ENTER).write("zw-own-2027").type(KeyCode.ENTER);
        assertThat(message.getText()).isEqualTo("两次输入的密码不一致。");
        assertThat(navigator.visits).isEmpty();

        robot.write("zw-own-2026").type(KeyCode.ENTER).write("zw-own-2026").type(KeyCode.ENTER);
        assertThat(navigator.last()).isEqualTo("home");
        assertThat(fx.context.core().currentUser().loggedIn()).contains(inspector);
        assertThat(fx.context.accounts().service().passwordChangeRequired(inspector.id())).isFalse();
    }

    @Test
    void cancelLogsOutAndTheNextLogInAsksAgain(FxRobot robot) {
        logIn(robot);
        robot.write("zw-own-2026");
        robot.clickOn("#cancelChangeButton");
        assertThat(robot.lookup("#logInCard").query().isVisible()).isTrue();
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("已退出登录。下次登录时仍需先设置新密码。");
        assertThat(fx.context.core().currentUser().loggedIn()).isEmpty();
        assertThat(navigator.visits).isEmpty();

        robot.clickOn("#passwordField").write("given-2026").type(KeyCode.ENTER);
        assertThat(robot.lookup("#changeCard").query().isVisible()).isTrue();
        assertThat(robot.lookup("#newPasswordField").queryAs(PasswordField.class).getText()).as("nothing kept").isEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#logInCard").query().isVisible()).isTrue();
        assertThat(fx.context.core().currentUser().loggedIn()).isEmpty();
    }
}
