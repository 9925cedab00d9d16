package com.logicheck.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.Clocks;
import com.logicheck.domain.org.Person;
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

@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class LogInScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Person admin;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir);
        admin = AccountScreens.admin(fx);
        ScreenFactory screens = TestWindows.of(fx)
                .accounts(AccountScreens.services(fx, Clocks.system()))
                .navigator(navigator).screens();
        FxScreens.show(stage, screens.logIn());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void enterSubmitsAWrongPasswordSaysSoAndTheRightOneOpensHome(FxRobot robot) {
        TextField login = robot.lookup("#loginField").queryAs(TextField.class);
        PasswordField password = robot.lookup("#passwordField").queryAs(PasswordField.class);
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        assertThat(robot.lookup("#organisationLabel").queryAs(Label.class).getText()).isEqualTo("示例县人民医院");
        assertThat(login.isFocused()).as("nobody logged in here before: start with the login name").isTrue();

        robot.write("WANG").type(KeyCode.ENTER);
        assertThat(password.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(message.getText()).isEqualTo("请输入密码。");

        robot.write("hq-2026-wrong").type(KeyCode.ENTER);
        assertThat(message.getText()).isEqualTo("登录名或密码不正确。");
        assertThat(password.getText()).as("cleared after a try").isEmpty();
        assertThat(navigator.visits).isEmpty();
        assertThat(fx.context.core().currentUser().loggedIn()).isEmpty();

        robot.write(AccountScreens.ADMIN_PASSWORD).type(KeyCode.ENTER);
        assertThat(navigator.last()).isEqualTo("home");
        assertThat(fx.context.core().currentUser().loggedIn()).contains(admin);
    }

    @Test
    void fiveWrongPasswordsInARowMakeTheNextTryWait(FxRobot robot) {
        robot.clickOn("#loginField").write("wang").type(KeyCode.ENTER);
        for (int i = 0; i < 5; i++) {
            robot.write("wrong-" + i).type(KeyCode.ENTER);
        }
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("已连续 5 次输入错误，请等待 30 秒后再试。");
        robot.write(AccountScreens.ADMIN_PASSWORD).type(KeyCode.ENTER);
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).matches("请等待 [0-9]+ 秒后再试。");
        assertThat(navigator.visits).isEmpty();
    }
}
