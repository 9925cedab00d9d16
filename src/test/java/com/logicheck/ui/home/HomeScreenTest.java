package com.logicheck.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
class HomeScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection draft;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir);
        draft = fx.startDraft();
        Inspection done = fx.startDraft();
        fx.template.items().forEach(i -> fx.context.inspection().service().answer(done, ItemResult.pass(i.id()), fx.inspector.id()));
        fx.context.inspection().service().finish(done, fx.inspector.id());
        FxScreens.show(stage, FxScreens.factory(fx, navigator).home());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void listsDraftsAndRecentAndOpensWithEnter(FxRobot robot) {
        TableView<?> drafts = robot.lookup("#draftsTable").queryAs(TableView.class);
        TableView<?> recent = robot.lookup("#recentTable").queryAs(TableView.class);
        assertThat(drafts.getItems()).hasSize(1);
        assertThat(recent.getItems()).hasSize(1);
        assertThat(drafts.getColumns().get(0).getText()).isEqualTo("考核表");
        assertThat(drafts.getColumns().get(1).getText()).isEqualTo("编号");
        assertThat(drafts.getColumns().get(1).getCellObservableValue(0).getValue()).isEqualTo(draft.sheetNumber());
        assertThat(robot.lookup("#userLabel").queryAs(Label.class).getText()).isEqualTo("检查人：检查员");
        assertThat(drafts.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(navigator.last()).isEqualTo("checklist");
        assertThat(navigator.lastInspection).isEqualTo(draft.id());
    }

    @Test
    void startsANewInspectionByButtonOrCtrlN(FxRobot robot) {
        robot.clickOn("#newButton");
        assertThat(navigator.last()).isEqualTo("new");
        navigator.visits.clear();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(navigator.last()).isEqualTo("new");
    }
}
