package com.logicheck.ui.batchexport;

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
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
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
class BatchExportScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs files = new QueuedDialogs();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir.resolve("data"));
        SignedSheets.signed(fx, dir);
        FxScreens.show(stage, FxScreens.factory(fx, navigator, files).batchExport());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void exportsIntoTheChosenFolderAndReports(FxRobot robot) {
        assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isDisabled()).isTrue();
        files.answer(FileKind.EXPORT_FOLDER, dir.resolve("out"));
        robot.clickOn("#startButton");
        assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("已处理 1 / 1 · 成功 1 · 失败 0");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("完成：写入 1 个文件，失败 0 个。");
        assertThat(robot.lookup("#resultList").queryAs(ListView.class).getItems()).hasSize(1);
        robot.clickOn("#homeButton");
        assertThat(navigator.last()).isEqualTo("home");
    }
}
