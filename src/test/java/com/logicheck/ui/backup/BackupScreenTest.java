package com.logicheck.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.service.BackupService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
class BackupScreenTest {
    @TempDir
    Path dir;
    AppContext context;
    final List<Path> restored = new ArrayList<>();
    final List<String> went = new ArrayList<>();

    @Start
    void start(Stage stage) {
        context = AppContext.open(dir.resolve("data"));
        context.backup().backups().create(BackupReason.EXIT, BackupMonitor.NONE);
        BackupScreens screens = new BackupScreens(new BackupService(context.backup().backups()), restored::add, Messages.forLanguage("zh"),
                Runnable::run, new QueuedDialogs());
        FxScreens.show(stage, screens.screen(TaskExecutor.synchronous(), () -> went.add("home")));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsBacksUpAndGoesHome(FxRobot robot) {
        TableView<BackupViewModel.Row> table = robot.lookup("#backupTable").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo("退出时自动"));
        assertThat(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled()).as("nothing selected").isTrue();
        assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isDisabled()).as("nothing running").isTrue();
        assertThat(robot.lookup("#rescueLabel").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#backupNowButton");
        // the new one is listed first; rotation keeps one automatic backup a day, and the manual one is newer
        assertThat(table.getItems()).first().satisfies(r -> assertThat(r.kind()).isEqualTo("手动"));
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).startsWith("备份已完成");

        robot.clickOn(table.getItems().get(0).time());
        assertThat(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#backButton");
        assertThat(went).containsExactly("home");
        assertThat(restored).as("nothing restored without a confirmation").isEmpty();
    }
}
