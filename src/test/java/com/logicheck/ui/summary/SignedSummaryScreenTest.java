package com.logicheck.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.SignedSheets;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.FileKind;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The summary of a signed sheet: 已签字, read-only, 导出 PDF then 打开, 更正（修订版）. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class SignedSummaryScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection signed;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs files = new QueuedDialogs();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir.resolve("data"));
        signed = SignedSheets.signed(fx, dir);
        FxScreens.show(stage, FxScreens.factory(fx, navigator, files).summary(signed.id()));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private boolean visible(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.isVisible() && n.isManaged();
    }

    @Test
    void aSignedSheetIsReadOnlyAndExportsAndOpensItsPdf(FxRobot robot) {
        assertThat(robot.lookup("#signedLabel").queryAs(Label.class).getText()).isEqualTo("已签字 · 只读");
        assertThat(visible(robot, "#finishButton")).isFalse();
        assertThat(visible(robot, "#signButton")).isFalse();
        assertThat(visible(robot, "#openButton")).isFalse();

        files.answer(FileKind.EXPORT_FOLDER, dir.resolve("导出"));
        robot.clickOn("#exportButton");
        assertThat(robot.lookup("#actionMessageLabel").queryAs(Label.class).getText()).startsWith("已导出：");
        robot.clickOn("#openButton");
        assertThat(files.opened).singleElement().satisfies(p -> assertThat(p).exists().hasParent(files.answer(FileKind.EXPORT_FOLDER)));
    }

    @Test
    void aCorrectionOpensTheNewRevision(FxRobot robot) {
        files.reason = "第 1.1 项扣分记错了项目";   // 更正 asks why first (issue 13, item 3)
        robot.clickOn("#reviseButton");
        assertThat(navigator.last()).isEqualTo("checklist");
        assertThat(navigator.lastInspection).isNotEqualTo(signed.id());
    }
}
