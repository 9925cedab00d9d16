package com.logicheck.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The desk screen headless: overdue row highlighted, a row opens its detail, tabs, calendar click, charts, roles. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class DeskScreenTest {
    @TempDir
    static Path dir;
    static DeskWorld world;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs files = new QueuedDialogs();

    @BeforeAll
    static void fill() {
        world = new DeskWorld(dir);
    }

    @AfterAll
    static void close() {
        world.close();
    }

    static ScreenFactory screens(DeskWorld world, RecordingNavigator navigator, QueuedDialogs files) {
        var c = world.w.c;
        return TestWindows.of(c).messages(world.messages).withReferenceData().dialogs(files).desk(world.services())
                .navigator(navigator).screens();
    }

    @Start
    void start(Stage stage) {
        world.user(world.w.inspector);
        FxScreens.show(stage, screens(world, navigator, files).desk());
    }

    @Test
    void theListHighlightsTheOverdueOrderAndARowOpensItsDetail(FxRobot robot) {
        TableView<?> table = robot.lookup("#orderTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup(".table-row-cell").queryAllAs(TableRow.class)).filteredOn(r -> !r.isEmpty())
                .filteredOn(r -> r.getStyleClass().contains(DeskController.OVERDUE_ROW)).hasSize(1);
        assertThat(robot.lookup("#detailBody").query().isVisible()).isFalse();
        robot.clickOn((Node) robot.lookup(".table-row-cell").nth(0).query());
        assertThat(robot.lookup("#detailBody").query().isVisible()).isTrue();
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText())
                .isEqualTo("整改通知单 " + world.overdue.toString().substring(0, 8));
        assertThat(robot.lookup("#detailLateness").queryAs(Label.class).getText()).isEqualTo("逾期 4 天");
        // an inspector re-inspects and reports on the provider's behalf, but does not close
        assertThat(robot.lookup("#reportButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#passButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#closeButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#openNoticeButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#reportButton");
        assertThat(robot.lookup("#detailMessage").queryAs(Label.class).getText()).isEqualTo("报告整改完成时请写明做了什么。");
        robot.interact(() -> robot.lookup("#sheetButton").queryAs(Button.class).fire());
        assertThat(navigator.last()).isEqualTo("summary");
    }

    @Test
    void theOverdueTabTheCalendarAndTheCharts(FxRobot robot) {
        TableView<?> table = robot.lookup("#orderTable").queryAs(TableView.class);
        robot.clickOn("#overdueScope");
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#overdueScope").queryAs(ToggleButton.class).getText())
                .isEqualTo("逾期（1）");
        TabPane tabs = robot.lookup("#viewTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        Node monday = robot.lookup("#day-2026-12-07").query();
        assertThat(monday.getStyleClass()).doesNotContain(DeskCalendarCell.OVERDUE);
        assertThat(robot.lookup("#day-2026-12-01").query().getStyleClass()).contains(DeskCalendarCell.OVERDUE);
        assertThat(robot.lookup("#day-2026-12-05").query().getStyleClass()).contains(DeskCalendarCell.TODAY);
        robot.clickOn(monday);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#listTitle").queryAs(Label.class).getText()).isEqualTo("2026-12-07 到期：1 张");
        robot.interact(() -> tabs.getSelectionModel().select(2));
        LineChart<?, ?> weekly = robot.lookup("#weeklyChart").queryAs(LineChart.class);
        assertThat(weekly.getData()).hasSize(3).allSatisfy(s -> assertThat(s.getData()).hasSize(DeskViewModel.WEEKS));
        robot.clickOn("#homeButton");
        assertThat(navigator.last()).isEqualTo("home");
    }

    @Test
    void chosenPhotosCanBeRemovedOneByOneBeforeTheStepIsSaved(FxRobot robot) throws Exception {
        robot.clickOn((Node) robot.lookup(".table-row-cell").nth(0).query());
        Path folder = Files.createTempDirectory(dir, "photos");
        files.answerMany(FileKind.PHOTOS, UiFixture.png(folder, "一.png"),
                UiFixture.png(folder, "二.png"), UiFixture.png(folder, "三.png"));
        robot.clickOn("#addPhotoButton");
        FlowPane box = robot.lookup("#pendingPhotoBox").queryAs(FlowPane.class);
        assertThat(box.getChildren()).hasSize(3);
        assertThat(robot.lookup("#pendingPhotosLabel").queryAs(Label.class).getText()).startsWith("待上传 3 张");

        // the × of the second photo
        robot.clickOn((Node) robot.from(box.getChildren().get(1)).lookup(".desk-pending-remove").query());
        assertThat(box.getChildren()).hasSize(2);
        assertThat(robot.lookup("#pendingPhotosLabel").queryAs(Label.class).getText()).startsWith("待上传 2 张");

        // Delete on the focused first photo; the focus moves on to the one left
        robot.clickOn(box.getChildren().get(0)).type(KeyCode.DELETE);
        assertThat(box.getChildren()).hasSize(1);
        assertThat(box.getChildren().get(0).isFocused()).isTrue();
        assertThat(((Label) ((VBox) box.getChildren().get(0)).getChildren().get(1)).getText())
                .isEqualTo("三.png");
        robot.type(KeyCode.BACK_SPACE);
        assertThat(box.getChildren()).isEmpty();
        assertThat(box.isVisible()).isFalse();
        assertThat(robot.lookup("#pendingPhotosLabel").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#addPhotoButton").query().isFocused()).as("the focus goes back to 添加照片").isTrue();
    }
}
