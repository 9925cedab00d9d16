package com.logicheck.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 模板编辑 on a real data folder: add an item, watch the preview score follow a sample answer, publish. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class TemplateEditorScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    String code;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir);
        var org = fx.context.core().reference().organisation().orElseThrow();
        Person supervisor = fx.context.core().reference().addPerson(org.id(), "王主管", Role.SUPERVISOR, null);
        fx.context.core().currentUser().switchTo(supervisor);
        code = fx.context.templateEditing().editor().saveAs("hospital-maintenance", null, "本院工程维修考核表", supervisor.id());
        FxScreens.show(stage, FxScreens.factory(fx, navigator).templateEditor(code));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void addsAnItemSeesThePreviewScoreFollowASampleDeductionAndPublishesVersionOne(FxRobot robot) {
        Label score = robot.lookup("#scoreLabel").queryAs(Label.class);
        TableView<EditorRows.ItemRow> items = robot.lookup("#itemsTable").queryAs(TableView.class);
        assertThat(score.getText()).isEqualTo("示例得分 100 分，等级：优秀");
        assertThat(items.getItems()).hasSize(6);

        robot.clickOn("#addItemButton");
        robot.write("能源计量器具检定").type(KeyCode.ENTER);
        assertThat(items.getItems()).hasSize(7);
        EditorRows.ItemRow added = items.getItems().get(1);
        assertThat(added.content.get()).isEqualTo("能源计量器具检定");
        assertThat(added.code.get()).isEqualTo("1.7");

        // the preview lists the new item; one click answers it 合格, a second 扣分 (one occurrence: 1 point)
        ListView<SheetPreview.Line> preview = robot.lookup("#previewList").queryAs(ListView.class);
        int line = 0;
        while (preview.getItems().get(line).item() != added) {
            line++;
        }
        int at = line;
        robot.interact(() -> {
            preview.getSelectionModel().select(at);
            preview.scrollTo(at);
        });
        robot.interact(preview::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(preview.getItems().get(at).answer()).isEqualTo("合格");
        robot.type(KeyCode.SPACE);
        assertThat(preview.getItems().get(at).answer()).isEqualTo("扣分");
        assertThat(score.getText()).isEqualTo("示例得分 99 分，等级：优秀");

        // items now add up to 26 against a subtotal of 25: a warning, not an error
        ListView<TemplateEditorViewModel.Finding> findings = robot.lookup("#findingsList").queryAs(ListView.class);
        assertThat(findings.getItems()).anyMatch(f -> !f.error() && f.text().contains("超过小计 25 分"));
        assertThat(findings.getItems()).noneMatch(TemplateEditorViewModel.Finding::error);

        // the draft is stored as typed
        assertThat(fx.context.templateEditing().editor().open(code, fx.context.core().currentUser().get().id()).storedDraft()).isTrue();

        robot.clickOn("#publishButton");
        assertThat(fx.context.core().templates().latest()).filteredOn(t -> t.code().equals(code))
                .extracting(TemplateRepository.TemplateSummary::version, TemplateRepository.TemplateSummary::itemCount)
                .containsExactly(Tuple.tuple(1, 24));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("已发布第 1 版");
    }

    @Test
    void deleteWithUndoAndAnErrorBlocksPublishing(FxRobot robot) {
        TableView<EditorRows.ItemRow> items = robot.lookup("#itemsTable").queryAs(TableView.class);
        Button publish = robot.lookup("#publishButton").queryAs(Button.class);
        assertThat(publish.isDisabled()).isFalse();
        robot.interact(() -> items.getSelectionModel().clearAndSelect(0));
        robot.interact(items::requestFocus);
        robot.type(KeyCode.DELETE);
        assertThat(items.getItems()).hasSize(5);
        // 1.1 (5 points) gone: the heading's items add up to 20 against 25
        assertThat(publish.isDisabled()).isTrue();
        assertThat(robot.lookup("#findingsList").queryAs(ListView.class).getItems()).isNotEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(items.getItems()).hasSize(6);
        assertThat(items.getItems().get(0).code.get()).isEqualTo("1.1");
        assertThat(publish.isDisabled()).isFalse();
    }
}
