package com.logicheck.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.Clocks;
import com.logicheck.domain.org.Person;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.AccountScreens;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.FileKind;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 单位设置 by keyboard and mouse: a 管理员 renames (Enter saves), chooses a logo (previewed), is refused a file that
 * is not an image (the old logo stays), removes it and undoes with Ctrl+Z; an inspector sees everything read-only.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class SettingsScreenTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    UiFixture fx;
    Person admin;
    Person inspector;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs chooser = new QueuedDialogs();
    ScreenFactory screens;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = UiFixture.create(dir);
        admin = AccountScreens.admin(fx);
        inspector = AccountScreens.inspector(fx, admin);
        fx.context.core().currentUser().logIn(admin);
        screens = TestWindows.of(fx).dialogs(chooser).accounts(AccountScreens.services(fx, Clocks.system()))
                .withSettings().navigator(navigator).screens();
        FxScreens.show(stage, screens.settings());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    Path png(String name, Color color) throws Exception {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 300, 120);
        g.dispose();
        Path file = files.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    @Test
    void anAdministratorRenamesChangesTheLogoIsRefusedABadFileAndUndoes(FxRobot robot) throws Exception {
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("示例县人民医院");
        assertThat(name.isFocused()).isTrue();
        robot.interact(name::selectAll);
        robot.write("示例市人民医院").type(KeyCode.ENTER);
        assertThat(fx.context.core().reference().organisation().orElseThrow().name()).isEqualTo("示例市人民医院");
        assertThat(message(robot)).contains("已保存单位名称“示例市人民医院”");
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        assertThat(history.getItems().get(0).toString()).contains("王主任", "单位名称：示例县人民医院 → 示例市人民医院");

        ImageView preview = robot.lookup("#logoPreview").queryAs(ImageView.class);
        assertThat(preview.getImage()).isNull();
        assertThat(robot.lookup("#removeLogoButton").queryAs(Button.class).isDisabled()).isTrue();
        chooser.answer(FileKind.LOGO, png("logo.png", new Color(180, 20, 30)));
        robot.clickOn("#chooseLogoButton");
        assertThat(preview.getImage()).isNotNull();
        assertThat(preview.getImage().getWidth()).isEqualTo(300);
        assertThat(message(robot)).contains("已更换标志");

        chooser.answer(FileKind.LOGO, Files.writeString(files.resolve("fake.png"), "not a picture"));
        robot.clickOn("#chooseLogoButton");
        assertThat(message(robot)).isEqualTo("“fake.png”不是可读取的图片（请选 PNG 或 JPG）。");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getStyleClass()).contains("error-text");
        assertThat(preview.getImage()).isNotNull();
        assertThat(fx.context.dataDirectory().branding().resolve("logo.png")).exists();

        robot.clickOn("#removeLogoButton");
        assertThat(preview.getImage()).isNull();
        assertThat(robot.lookup("#noLogoLabel").query().isVisible()).isTrue();
        assertThat(fx.context.dataDirectory().branding().resolve("logo.png")).doesNotExist();
        assertThat(robot.lookup("#undoButton").queryAs(Button.class).getText()).isEqualTo("撤销更换标志");

        robot.clickOn("#historyList"); // Ctrl+Z outside a text field is 撤销
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(preview.getImage()).isNotNull();
        assertThat(fx.context.dataDirectory().branding().resolve("logo.png")).exists();
        assertThat(message(robot)).isEqualTo("已撤销上一次修改。");
        assertThat(robot.lookup("#undoButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aBadIdleTimeIsRefusedWithTheRuleAndEscGoesHome(FxRobot robot) {
        TextField idle = robot.lookup("#idleField").queryAs(TextField.class);
        assertThat(idle.getText()).isEqualTo("10");
        robot.clickOn(idle);
        robot.interact(idle::selectAll);
        robot.write("999").type(KeyCode.ENTER);
        assertThat(message(robot)).isEqualTo("空闲锁定时间请填 0–240 之间的整数分钟（0 表示不锁定）。");
        assertThat(idle.getText()).isEqualTo("999"); // the typed text stays to be corrected
        assertThat(fx.context.settings().session().idleMinutes()).isEqualTo(10);
        robot.interact(idle::selectAll);
        robot.write("30").type(KeyCode.ENTER);
        assertThat(fx.context.settings().session().idleMinutes()).isEqualTo(30);
        robot.type(KeyCode.ESCAPE);
        assertThat(navigator.last()).isEqualTo("home");
    }

    @Test
    void anInspectorSeesTheOrganisationReadOnlyButSetsThisLaptopsSyncFolder(FxRobot robot) {
        fx.context.core().currentUser().logIn(inspector);
        robot.interact(() -> FxScreens.show(stage, screens.settings()));
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#idleField").queryAs(TextField.class).isEditable()).isFalse();
        for (String button : new String[] {"#saveNameButton", "#chooseLogoButton", "#removeLogoButton", "#saveIdleButton"}) {
            assertThat(robot.lookup(button).queryAs(Button.class).isDisabled()).as(button).isTrue();
        }
        assertThat(message(robot)).startsWith("单位名称、标志和自动锁定只有管理员可以修改");
        ChoiceBox<?> language = robot.lookup("#languageChoice").queryAs(ChoiceBox.class);
        robot.clickOn(language);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(language.getValue()).isEqualTo("en");
        assertThat(fx.context.settings().organisation().language()).isEqualTo("en");
        assertThat(message(robot)).isEqualTo("已保存界面语言，下次启动时生效（命令行 --lang 优先）。");
        chooser.answer(FileKind.SETUP_FOLDER, files);
        robot.clickOn("#syncFolderButton");
        assertThat(robot.lookup("#syncFolderLabel").queryAs(Label.class).getText()).isEqualTo(files.toAbsolutePath().toString());
        assertThat(fx.context.core().settings().get("sync.folder")).contains(files.toAbsolutePath().toString());
    }
}
