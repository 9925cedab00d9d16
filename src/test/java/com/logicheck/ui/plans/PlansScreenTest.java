package com.logicheck.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The plan editor headless: a supervisor selects a plan, types a bad coverage, fixes it, saves, undoes, ends it. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class PlansScreenTest {
    @TempDir
    Path dir;
    AssessmentWorld w;

    @Start
    void start(Stage stage) {
        w = new AssessmentWorld(dir);
        w.c.plans().service().addDefault(w.inspector.id(), ResponsibilityLevel.SUPERVISOR, w.ward.id(),
                w.hospitalProvider.id(), null, w.supervisor.id());
        show(stage, w.supervisor);
    }

    void show(Stage stage, Person user) {
        Messages messages = Messages.forLanguage("zh");
        PlansViewModel vm = new PlansViewModel(w.c.plans().service(), new ReferenceDirectory(w.c.core().reference()), messages,
                TaskExecutor.synchronous(), new RecordingNavigator(), AssessmentWorld.CLOCK, user);
        ViewLoader loader = new ViewLoader(messages.bundle());
        RoutesViewModel routes = new RoutesViewModel(w.c.plans().routes(), new ReferenceDirectory(w.c.core().reference()),
                messages, TaskExecutor.synchronous(), AssessmentWorld.CLOCK, user);
        FxScreens.show(stage, loader.load("plans.fxml", new PlansController(vm, messages,
                loader.load("plan-routes.fxml", new RoutesController(routes, messages)).root())));
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    @Test
    void aSupervisorChangesTheCoverageOfAPlanUndoesItAndEndsThePlan(FxRobot robot) {
        TableView<PlanRow> table = robot.lookup("#planTable").queryAs(TableView.class);
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        Button end = robot.lookup("#endButton").queryAs(Button.class);
        Button undo = robot.lookup("#undoButton").queryAs(Button.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(end.isDisabled()).as("nothing selected yet").isTrue();
        assertThat(robot.lookup("#editorTitle").queryAs(Label.class).getText()).isEqualTo("新建计划");

        robot.clickOn((Node) robot.lookup(".table-row-cell").nth(0).query());
        assertThat(robot.lookup("#editorTitle").queryAs(Label.class).getText()).isEqualTo("修改 " + w.inspector.name() + " 的计划");
        TextField coverage = robot.lookup("#coverageField").queryAs(TextField.class);
        assertThat(coverage.getText()).isEqualTo("1/5");
        assertThat(robot.lookup("#personBox").queryAs(ComboBox.class).getValue().toString()).startsWith(w.inspector.name());
        assertThat(end.isDisabled()).isFalse();

        robot.doubleClickOn(coverage).eraseText(3).write("三成");
        robot.clickOn("#saveButton");
        assertThat(message.getText()).isEqualTo("覆盖比例“三成”看不懂：请写成 1/3、20% 或 33.3%，不要求覆盖写 0。");
        assertThat(message.getStyleClass()).contains("error-text");
        assertThat(table.getItems().get(0).frequency()).contains("1/5");

        robot.clickOn(coverage).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("1/3");
        robot.clickOn("#saveButton");
        assertThat(message.getText()).isEqualTo("已保存 " + w.inspector.name() + " 的计划。");
        assertThat(table.getItems().get(0).frequency()).isEqualTo("每 1 天 1 次，覆盖≥1/3且≥7个单元");
        assertThat(table.getSelectionModel().getSelectedItem()).as("still selected after the save").isNotNull();

        assertThat(undo.isDisabled()).isFalse();
        robot.clickOn(undo);
        assertThat(message.getText()).isEqualTo("已撤销：修改计划。");
        assertThat(table.getItems().get(0).frequency()).contains("1/5");
        assertThat(coverage.getText()).as("the editor shows the restored plan").isEqualTo("1/5");
        assertThat(undo.isDisabled()).isTrue();

        robot.clickOn(end);
        assertThat(table.getItems().get(0).status()).isEqualTo("2026-12-01 至 2026-12-05");
        assertThat(w.c.plans().service().all()).singleElement()
                .satisfies(p -> assertThat(p.validUntil()).isEqualTo(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void anInspectorSeesTheEditorDisabled(FxRobot robot) {
        robot.interact(() -> show((Stage) robot.lookup("#planTable").query().getScene().getWindow(), w.inspector));
        assertThat(robot.lookup("#editorBox").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#newButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#readOnlyLabel").query().isVisible()).isTrue();
        robot.clickOn((Node) robot.lookup(".table-row-cell").nth(0).query());
        assertThat(robot.lookup("#endButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#coverageField").queryAs(TextField.class).getText()).isEqualTo("1/5");
    }
}
