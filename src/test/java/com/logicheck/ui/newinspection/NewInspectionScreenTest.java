package com.logicheck.ui.newinspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.service.TemplateChoice;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
class NewInspectionScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir);
        FxScreens.show(stage, FxScreens.factory(fx, navigator).newInspection());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void startIsEnabledOnlyWhenTheFormIsComplete(FxRobot robot) {
        Button startButton = robot.lookup("#startButton").queryButton();
        Label validation = robot.lookup("#validationLabel").queryAs(Label.class);
        assertThat(robot.lookup("#providerBox").queryAs(ComboBox.class).getValue()).isEqualTo(fx.provider);
        assertThat(startButton.isDisabled()).isTrue();
        assertThat(validation.getText()).isEqualTo("请选择检查地点（可输入名称搜索）。");

        robot.clickOn("#placeFilterField").write("北院");
        assertThat(robot.lookup(".placeholder .label").queryAs(Label.class).getText()).startsWith("没有匹配的地点");
        robot.eraseText(2).write("心内").type(KeyCode.ENTER);
        ListView<Object> places = robot.lookup("#placeList").queryAs(ListView.class);
        assertThat(places.getItems()).hasSize(1);
        assertThat(robot.lookup("#chosenPlaceLabel").queryAs(Label.class).getText())
                .isEqualTo("已选地点：东院区 / 住院部1号楼 / 5层 / 心内科病区");
        assertThat(validation.getText()).isEqualTo("请选择考核表。");

        robot.clickOn("#patrolRadio");
        assertThat(startButton.isDisabled()).isTrue();
        ListView<TemplateChoice> templates = robot.lookup("#templateList").queryAs(ListView.class);
        int ours = templates.getItems().stream().map(TemplateChoice::title).toList().indexOf(UiFixture.TEMPLATE_TITLE);
        robot.interact(() -> {
            templates.requestFocus();
            templates.scrollTo(ours);
            templates.getSelectionModel().select(ours);
        });
        assertThat(startButton.isDisabled()).isFalse();
        assertThat(validation.getText()).isEqualTo("信息已填写完整，按 Enter 开始检查。");
        assertThat(validation.getPseudoClassStates()).extracting(Object::toString).contains("ready");
        assertThat(robot.lookup("#inspectorLabel").queryAs(Label.class).getText()).isEqualTo("检查员");

        robot.type(KeyCode.ENTER);                      // Enter on the chosen template starts
        assertThat(navigator.last()).isEqualTo("checklist");
        assertThat(fx.context.inspection().service().inspection(navigator.lastInspection).kind())
                .isEqualTo(InspectionKind.PATROL);
    }

    @Test
    void escapeCancels(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        assertThat(navigator.last()).isEqualTo("home");
    }
}
