package com.logicheck.ui.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.SignedSheets;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.FileKind;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
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
class VerifyScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Path exported;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs files = new QueuedDialogs();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir.resolve("data"));
        exported = fx.context.inspection().export().exportOne(SignedSheets.signed(fx, dir).id(), dir.resolve("out"));
        FxScreens.show(stage, FxScreens.factory(fx, navigator, files).verify());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void verifiesChosenFiles(FxRobot robot) {
        files.answerMany(FileKind.SIGNED_PDF, exported);
        robot.clickOn("#chooseButton");
        TableView<VerifyViewModel.Row> table = robot.lookup("#resultTable").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.intact()).isTrue();
            assertThat(r.trusted()).isTrue();
            assertThat(r.signer()).startsWith(fx.inspector.name());
        });
        robot.clickOn(exported.getFileName().toString());
        assertThat(robot.lookup("#trustButton").queryAs(Button.class).isDisabled())
                .as("an inspector cannot trust, and this signer is trusted already").isTrue();
        robot.clickOn("#clearButton");
        assertThat(table.getItems()).isEmpty();
    }
}
