package com.logicheck.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.assessment.ComponentResult.SheetResult;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.org.Role;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.SignedSheets;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Journey (c) of issue 13: a supervisor corrects a signed sheet from its summary — 更正 asks for a reason, saying
 * what will happen — and the month keeps the signed result, marked 有更正待签, with a link to the revision.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class CorrectionJourneyTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path scratch;
    static AssessmentDemo demo;
    static UUID signed;
    static MonthlyAssessment before;
    RecordingNavigator navigator = new RecordingNavigator();
    Stage stage;

    @BeforeAll
    static void fill() throws Exception {
        demo = new AssessmentDemo(dir, scratch);
        demo.actAs(Role.SUPERVISOR);
        UUID provider = demo.provider(AssessmentDemo.HOSPITAL_PROVIDER).id();
        SheetResult first = sheets(demo.context.assessment().service().compute(provider, AssessmentDemo.MONTH)).get(0);
        Inspection sheet = demo.context.inspection().service().inspection(first.inspectionId());
        byte[] png = Files.readAllBytes(UiFixture.png(scratch, "signature.png"));
        demo.context.inspection().signing().sign(sheet.id(), new SigningService.SignRequest(png, SignedSheetFixture.inspectee(), null),
                SignedSheets.PASSWORD.toCharArray(), sheet.inspectorId());
        signed = sheet.id();
        before = demo.context.assessment().service().compute(provider, AssessmentDemo.MONTH);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    static List<SheetResult> sheets(MonthlyAssessment a) {
        return a.components().stream().flatMap(c -> c.templates().stream()).flatMap(t -> t.sheets().stream()).toList();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FxScreens.show(stage, screens().summary(signed));
    }

    private ScreenFactory screens() {
        return TestWindows.of(demo.context).services(demo.services()).navigator(navigator).screens();
    }

    @Test
    void aCorrectionAsksWhyAndTheMonthShowsItPending(FxRobot robot) {
        demo.dialogs.reason = null;
        robot.clickOn("#reviseButton");
        assertThat(demo.dialogs.asked).last().asString().contains("有更正待签", "不能撤销", "原因");
        assertThat(demo.context.inspection().service().inspection(signed).status()).as("cancelled: nothing written")
                .isEqualTo(InspectionStatus.SIGNED);

        demo.dialogs.reason = "第 2 项漏记扣分，补记";
        robot.clickOn("#reviseButton");
        assertThat(navigator.last()).isEqualTo("checklist");
        UUID revision = navigator.lastInspection;
        assertThat(demo.context.core().signedSheets().state(revision).orElseThrow().revisionReason())
                .isEqualTo("第 2 项漏记扣分，补记");

        robot.interact(() -> FxScreens.show(stage, screens().assessment()));
        ComboBox<?> providers = robot.lookup("#providerBox").queryAs(ComboBox.class);
        robot.interact(() -> providers.getSelectionModel().select(
                providers.getItems().indexOf(demo.provider(AssessmentDemo.HOSPITAL_PROVIDER))));
        Hyperlink link = robot.lookup("#correctionLink").queryAs(Hyperlink.class);
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).startsWith("有更正待签：1 张已签字的检查表正在更正");
        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText())
                .as("the signed result still counts, not 「— 未定」").isEqualTo(AssessmentLines.s(before.total()));
        robot.clickOn(link);
        assertThat(navigator.last()).isEqualTo("checklist");
        assertThat(navigator.lastInspection).isEqualTo(revision);
    }
}
