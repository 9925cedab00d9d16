package com.logicheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.i18n.Messages;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.UiFonts;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A date field typed by keyboard: Chinese forms are taken, a bad date is said to be bad and the field keeps its date. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class DateFieldsTest {
    DatePicker picker;
    DatePicker english;

    @Start
    void start(Stage stage) {
        UiFonts.load();
        picker = new DatePicker(LocalDate.of(2026, 11, 21));
        picker.setId("picker");
        DateFields.localise(picker, Messages.forLanguage("zh"));
        english = new DatePicker();
        english.setId("english");
        DateFields.localise(english, Messages.forLanguage("en"));
        Scene scene = new Scene(new VBox(12, picker, english, new TextField()), 500, 300);
        scene.getStylesheets().add(ViewLoader.themeUrl());
        stage.setScene(scene);
        stage.show();
    }

    void retype(FxRobot robot, DatePicker field, String text) {
        robot.interact(() -> {
            field.getEditor().requestFocus();
            field.getEditor().selectAll();
        });
        robot.write(text);
    }

    @Test
    void chineseFormsAreTakenAndABadDateIsReportedNotSilentlyReverted(FxRobot robot) {
        assertThat(picker.getEditor().getText()).isEqualTo("2026-11-21");
        retype(robot, picker, "2026年11月25日");
        robot.type(KeyCode.ENTER);
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(picker.getEditor().getText()).isEqualTo("2026-11-25");

        retype(robot, picker, "2026-11-31");
        robot.type(KeyCode.TAB); // leaving the field commits, as Enter does
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(DateFields.problem(picker))
                .isEqualTo("“2026-11-31”不是有效的日期，日期仍为 2026-11-25。请按 2026-11-21 或 2026年11月21日 的格式输入。");
        assertThat(picker.getPseudoClassStates()).extracting(Object::toString).contains("invalid-date");
        assertThat(picker.getEditor().getText()).isEqualTo("2026-11-25"); // the field shows the date it holds

        retype(robot, picker, "２０２６／１２／１");
        assertThat(DateFields.problem(picker)).isEmpty();
        robot.type(KeyCode.ENTER);
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void englishReadsMonthNamesAndSaysWhenTheFieldIsStillEmpty(FxRobot robot) {
        assertThat(english.getPromptText()).isEqualTo("e.g. 2026-11-21");
        retype(robot, english, "next week");
        robot.type(KeyCode.ENTER);
        assertThat(english.getValue()).isNull();
        assertThat(DateFields.problem(english)).startsWith("\"next week\" is not a valid date; the date is still empty.");
        retype(robot, english, "21 Nov 2026");
        robot.type(KeyCode.ENTER);
        assertThat(english.getValue()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(english.getEditor().getText()).isEqualTo("2026-11-21");
    }
}
