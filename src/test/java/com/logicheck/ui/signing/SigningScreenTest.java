package com.logicheck.ui.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.SignatureRole;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The signing screen: the robot draws on the pads and signs a finished sheet. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class SigningScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection sheet;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir);
        sheet = fx.finishedSheet();
        FxScreens.show(stage, FxScreens.factory(fx, navigator).signing(sheet.id()));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static void draw(FxRobot robot, String pad) {
        robot.moveTo(pad).moveBy(-120, 10).press(MouseButton.PRIMARY)
                .moveBy(30, -30).moveBy(30, 40).moveBy(30, -35).moveBy(40, 30)
                .release(MouseButton.PRIMARY);
    }

    @Test
    void drawsBothSignaturesWithTheRobotAndSigns(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#keyHintLabel").queryAs(Label.class).getText()).contains("第一次签字");
        robot.clickOn("#signButton");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText())
                .isEqualTo("请先在检查人签名框内手写签名，或选择签名图片。");

        draw(robot, "#inspectorPad");
        robot.clickOn("#inspecteeNameField").write("Li");
        draw(robot, "#inspecteePad");
        robot.clickOn("#passwordField").write("pw-2026-signing");
        robot.clickOn("#signButton");

        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEmpty();
        assertThat(fx.context.inspection().service().inspection(sheet.id()).status()).isEqualTo(InspectionStatus.SIGNED);
        assertThat(navigator.last()).isEqualTo("summary");
        var signatures = fx.context.core().signedSheets().signatures(sheet.id());
        assertThat(signatures).extracting(s -> s.role()).containsExactly(SignatureRole.INSPECTOR, SignatureRole.INSPECTEE);
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(signatures.get(0).imagePng()));
        assertThat(drawn.getWidth()).as("the stroke spans ~130 px, drawn at 2x").isBetween(200, 400);
    }

    @Test
    void refusingToSignNeedsAReason(FxRobot robot) {
        draw(robot, "#inspectorPad");
        assertThat(robot.lookup("#refusalField").queryAs(TextField.class).isVisible()).isFalse();
        robot.clickOn("#inspecteeNameField").write("Li");
        robot.clickOn("#refusedCheck");
        assertThat(robot.lookup("#refusalField").queryAs(TextField.class).isVisible()).isTrue();
        assertThat(robot.lookup("#inspecteePad").query().isDisabled()).isTrue();
        robot.clickOn("#passwordField").write("pw-2026-signing");
        robot.clickOn("#signButton");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("Li 拒绝签字时须填写原因。");
        assertThat(fx.context.inspection().service().inspection(sheet.id()).status()).isEqualTo(InspectionStatus.FINISHED);

        robot.clickOn("#refusalField").write("对扣分有异议");
        assertThat(robot.lookup("#witnessField").queryAs(TextField.class).isVisible()).isTrue();
        robot.clickOn("#passwordField").write("pw-2026-signing");
        robot.clickOn("#signButton");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("Li 拒绝签字时须填写见证人。");
        assertThat(fx.context.inspection().service().inspection(sheet.id()).status()).isEqualTo(InspectionStatus.FINISHED);

        robot.clickOn("#clearInspectorButton");
        assertThat(robot.lookup("#signButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#cancelButton");
        assertThat(navigator.last()).isEqualTo("summary");
    }

    @Test
    void signingWithoutTheInspectedSideIsRefused(FxRobot robot) {
        draw(robot, "#inspectorPad");
        robot.clickOn("#passwordField").write("pw-2026-signing");
        robot.clickOn("#signButton");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText())
                .isEqualTo("受检方必须签字；如果受检方拒绝签字，请记录拒签原因和见证人。");
        assertThat(fx.context.inspection().service().inspection(sheet.id()).status()).isEqualTo(InspectionStatus.FINISHED);
        assertThat(fx.context.core().signedSheets().signatures(sheet.id())).isEmpty();

        robot.clickOn("#inspecteeNameField").write("Li");       // a refusal with its reason and witness is enough
        robot.clickOn("#refusedCheck");
        robot.clickOn("#refusalField").write("disputes item 1.1");
        robot.clickOn("#witnessField").write("Zhang");
        robot.clickOn("#passwordField").write("pw-2026-signing");
        robot.clickOn("#signButton");
        robot.interact(() -> { });
        assertThat(fx.context.inspection().service().inspection(sheet.id()).status()).isEqualTo(InspectionStatus.SIGNED);
        assertThat(fx.context.core().signedSheets().signatures(sheet.id())).extracting(s -> s.witness())
                .containsExactly(null, "Zhang");
    }
}
