package com.logicheck.ui.rectify;

import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.MainWindow;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.UiFonts;
import com.logicheck.ui.desk.DeskRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Journey (a) of issue 13: a supervisor opens a signed sheet, raises one grouped 整改通知单 from its deductions,
 * signs and prints the notice (the signed PDF is written and opened), and finds the order on the desk.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class RaiseOrdersJourneyTest {
    static final String PASSWORD = "主管签名密钥密码-2026";
    @TempDir
    Path dir;
    AssessmentWorld w;
    Inspection sheet;
    MainWindow window;
    QueuedDialogs files = new QueuedDialogs();

    @Start
    void start(Stage stage) throws IOException {
        UiFonts.load();
        w = new AssessmentWorld(dir);
        sheet = w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.SPOT_CHECK, LocalDate.of(2026, 12, 2),
                Map.of("1.1", q("3", "0"), "1.4", q("2")));
        w.c.inspection().signing().sign(sheet.id(), new SigningService.SignRequest(
                Files.readAllBytes(UiFixture.png(dir, "signature.png")), SignedSheetFixture.inspectee(), null),
                "检查人密码-2026".toCharArray(), w.inspector.id());
        w.c.core().currentUser().switchTo(w.supervisor);
        window = TestWindows.of(w.c).messages(Messages.forLanguage("zh")).dialogs(files).window();
        window.show(stage);
        window.summary(sheet.id());
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSupervisorRaisesAGroupedOrderFromASignedSheetSignsAndPrintsItsNotice(FxRobot robot) throws Exception {
        // the signed sheet's 汇总 offers 发整改通知单
        robot.clickOn("#raiseButton");
        TableView<RaiseOrdersViewModel.Choice> table = robot.lookup("#deductionTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(c -> c.line().itemCode()).containsExactly("1.1", "1.4");
        assertThat(table.getItems()).allMatch(c -> c.pickedProperty().get());
        assertThat(robot.lookup("#groupedRadio").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#headerLabel").queryAs(Label.class).getText()).doesNotContain("hospital-");

        robot.clickOn("#responsibleField").write("王班长");
        robot.clickOn("#causeTRAINING");
        robot.clickOn("#stepsArea").write("培训后补填记录");
        robot.clickOn("#raiseButton");
        ListView<RaiseOrdersViewModel.Raised> raised = robot.lookup("#raisedList").queryAs(ListView.class);
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEmpty();
        assertThat(raised.getItems()).hasSize(1);
        RectificationOrder order = w.c.rectification().service().orders().find(raised.getItems().get(0).id())
                .orElseThrow();
        assertThat(order.items()).extracting(i -> i.itemCode()).containsExactly("1.1", "1.4");
        assertThat(order.raisedBy()).isEqualTo(w.supervisor.id());
        assertThat(table.getItems()).allMatch(c -> !c.open());

        // 签发并打印: the signed notice is written to the data folder and opened in the viewer to print
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#signButton");
        assertThat(files.opened).describedAs(robot.lookup("#messageLabel").queryAs(Label.class).getText()).hasSize(1);
        Path pdf = files.opened.get(0);
        assertThat(pdf).exists();
        assertThat(w.c.rectification().notices().signedNotice(order.id())).contains(pdf);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(doc.getSignatureDictionaries()).hasSize(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("王班长").contains("1.1").contains("1.4");
        }
        assertThat(robot.lookup("#doneLabel").queryAs(Label.class).getText()).startsWith("已签发 1 张整改通知单");

        // the order's row is on the desk
        robot.clickOn("#deskButton");
        TableView<DeskRow> desk = robot.lookup("#orderTable").queryAs(TableView.class);
        assertThat(desk.getItems()).extracting(DeskRow::id).containsExactly(order.id());
        assertThat(desk.getItems().get(0).items()).contains("1.1").contains("1.4");
    }
}
