package com.logicheck.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.domain.org.Role;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.sync.SyncFolder;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.SignedSheets;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.UiFixture;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A colleague's signed sheet in the remembered sync folder: the first import holds it back (untrusted signer), the
 * supervisor looks at the certificate and trusts it, the next import takes it; a second run skips it.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class SyncScreenTest {
    @TempDir
    Path dir;
    UiFixture colleague;
    UiFixture fx;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs files = new QueuedDialogs();

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Outside {@code @Start}: signing and two data folders take longer than TestFX waits for a start. */
    void showScreen(FxRobot robot) {
        Path folder = dir.resolve("U盘");
        colleague = UiFixture.create(dir.resolve("colleague"));
        SignedSheets.signed(colleague, dir);
        colleague.context.sync().exporter().export(folder);
        fx = UiFixture.create(dir.resolve("data"));
        var org = fx.context.core().reference().organisation().orElseThrow();
        fx.context.core().currentUser().switchTo(fx.context.core().reference().addPerson(org.id(), "刘洋", Role.SUPERVISOR, null));
        fx.context.core().settings().put(SyncViewModel.FOLDER_SETTING, folder.toString());
        ScreenFactory screens = TestWindows.of(fx).dialogs(files).navigator(navigator)
                .sync(services(fx.context, dir.resolve("tmp"))).screens();
        robot.interact(() -> FxScreens.show(stage, screens.sync()));
    }

    static SyncServices services(AppContext c, Path scratch) {
        return new SyncServices(c.sync().importer(), c.sync().exporter(), c.sync().referenceExporter(), c.sync().conflicts(),
                c.inspection().verify(), new SyncFolder(c.core().settings()), scratch);
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
        if (colleague != null) {
            colleague.close();
        }
    }

    @Test
    void aHeldSignerIsTrustedAfterShowingTheCertificateAndTheNextImportTakesTheSheet(FxRobot robot) {
        showScreen(robot);
        assertThat(robot.lookup("#folderLabel").queryAs(Label.class).getText()).endsWith("U盘");
        robot.clickOn("#importButton");
        assertThat(text(robot, "#summaryLabel")).contains("待信任 1").contains("新增 0");
        @SuppressWarnings("unchecked")
        TableView<SyncViewModel.Line> table = robot.lookup("#attentionTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).reason()).contains("不在信任名单上");
        assertThat(robot.lookup("#certificatePane").queryAs(VBox.class).isVisible()).isFalse();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#trustButton");
        assertThat(robot.lookup("#certificatePane").queryAs(VBox.class).isVisible()).isTrue();
        assertThat(text(robot, "#certificateLabel")).contains("签名人：" + colleague.inspector.name()).contains("SHA-256");
        robot.clickOn("#confirmTrustButton");
        assertThat(text(robot, "#messageLabel")).contains("已信任");

        robot.clickOn("#importButton");
        assertThat(text(robot, "#summaryLabel")).contains("新增 1").contains("待信任 0");
        assertThat(text(robot, "#countLabel")).isEqualTo("已处理 1 / 1 个文件");
        assertThat(table.getItems()).isEmpty();
        robot.clickOn("#importButton");
        assertThat(text(robot, "#summaryLabel")).contains("跳过 1").contains("新增 0");
        assertThat(robot.lookup("#conflictsButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#homeButton");
        assertThat(navigator.last()).isEqualTo("home");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
