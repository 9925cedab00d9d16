package com.logicheck.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.TestWindows;
import java.nio.file.Path;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The demo month is filled before the toolkit starts (it is slow), so {@code @Start} only builds the screen. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class AssessmentScreenTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path scratch;
    static AssessmentDemo demo;
    RecordingNavigator navigator = new RecordingNavigator();

    @BeforeAll
    static void fill() {
        demo = new AssessmentDemo(dir, scratch);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        ScreenFactory screens = TestWindows.of(demo.context).services(demo.services()).navigator(navigator).screens();
        FxScreens.show(stage, screens.assessment());
    }

    @Test
    void showsTheMonthAndOffersNoClosingToAnInspector(FxRobot robot) {
        ComboBox<?> providers = robot.lookup("#providerBox").queryAs(ComboBox.class);
        robot.interact(() -> providers.getSelectionModel().select(
                providers.getItems().indexOf(demo.provider(AssessmentDemo.HOSPITAL_PROVIDER))));
        TreeTableView<?> tree = robot.lookup("#assessmentTree").queryAs(TreeTableView.class);
        assertThat(tree.getRoot().getChildren()).isNotEmpty();
        assertThat(tree.getColumns().get(0).getText()).isEqualTo("项目");
        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText()).matches("[0-9]+\\.[0-9]{2}");
        assertThat(robot.lookup("#vetoLabel").queryAs(Label.class).getText()).startsWith("一票否决：否");
        BarChart<?, ?> chart = robot.lookup("#scoreChart").queryAs(BarChart.class);
        assertThat(chart.getData()).singleElement().satisfies(s -> assertThat(s.getData()).isNotEmpty());
        assertThat(robot.lookup("#reopenButton").queryAs(Button.class).isDisabled()).isTrue();

        assertThat(robot.lookup("#closeButton").queryAs(Button.class).isDisabled())
                .as("an inspector is not offered 关闭本月; the repository refuses anyway").isTrue();
        robot.clickOn("#homeButton");
        assertThat(navigator.last()).isEqualTo("home");
    }
}
