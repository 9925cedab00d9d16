package com.logicheck.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
class SummaryScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection draft;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir);
        draft = fx.startDraft();
        fx.context.inspection().service().answer(draft, ItemResult.deduct(fx.item("B1").id(),
                List.of(new BigDecimal("3"), new BigDecimal("1"))).withNote("巡查记录不全"), fx.inspector.id());
        FxScreens.show(stage, FxScreens.factory(fx, navigator).summary(draft.id()));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void showsTheScoreAndRefusesToFinishAnIncompleteSheet(FxRobot robot) {
        assertThat(robot.lookup("#scoreLabel").queryAs(Label.class).getText()).isEqualTo("96 / 100");
        assertThat(robot.lookup("#gradeLabel").queryAs(Label.class).getText()).isEqualTo("优秀");
        assertThat(robot.lookup("#sectionsTable").queryAs(TableView.class).getItems()).hasSize(3);
        assertThat(robot.lookup("#deductionsTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#unansweredList").queryAs(ListView.class).getItems()).hasSize(9);

        robot.clickOn("#finishButton");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText())
                .isEqualTo("还有 9 项未评分，请先完成所有项目再提交。");
        robot.clickOn("#jumpButton");
        assertThat(navigator.last()).isEqualTo("checklist");
        assertThat(navigator.lastFocus).isEqualTo(fx.item("A1").id());
    }

    @Test
    void escapeGoesBackToTheChecklist(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        assertThat(navigator.last()).isEqualTo("checklist");
        assertThat(navigator.lastFocus).isNull();
    }
}
