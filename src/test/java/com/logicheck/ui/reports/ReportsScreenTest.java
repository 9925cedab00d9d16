package com.logicheck.ui.reports;

import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.common.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * Journey (b) of issue 13: a supervisor writes November's report, 公示 page and deductions Excel from 月度报告; the
 * provider whose contract has no scheme is named with the reason on the screen and in the report PDF. A month
 * without data is refused on the screen and leaves no file.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class ReportsScreenTest {
    static final String CANTEEN = "美膳餐饮管理有限公司";
    @TempDir
    Path dir;
    AssessmentWorld w;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs dialogs = new QueuedDialogs();

    @Start
    void start(Stage stage) {
        w = new AssessmentWorld(dir.resolve("data"));
        w.providerWithoutScheme(CANTEEN, "美膳餐饮");
        w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.PATROL, LocalDate.of(2026, 11, 2),
                Map.of("1.1", q("1", "0")));
        FxScreens.show(stage, TestWindows.of(w.c).dialogs(dialogs).navigator(navigator).screens().reports());
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    @Test
    void writesTheMonthsReportAndExcelAndNamesTheProviderWithoutAScheme(FxRobot robot) throws Exception {
        Path out = dir.resolve("reports");
        assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#openButton").queryAs(Button.class).isDisabled()).isTrue();
        // "today" is 5 December: the screen starts on November
        assertThat(robot.lookup("#monthBox").queryComboBox().getValue().toString()).isEqualTo("2026年11月");
        dialogs.answer(FileKind.EXPORT_FOLDER, out);
        robot.clickOn("#startButton");

        ListView<ReportsViewModel.Line> providers = robot.lookup("#providerList").queryListView();
        assertThat(providers.getItems()).anySatisfy(l -> {
            assertThat(l.problem()).isTrue();
            assertThat(l.text()).startsWith(CANTEEN + "：未列入报告。原因：").contains("没有指定考核办法");
        });
        assertThat(providers.getItems()).anySatisfy(l -> assertThat(l.text())
                .startsWith(w.hospitalProvider.name() + "：已列入").endsWith("（暂定：本月尚未结账）"));
        String message = robot.lookup("#messageLabel").queryAs(Label.class).getText();
        assertThat(message).startsWith("完成：写入 3 个文件，在 " + out.toAbsolutePath())
                .contains("1 家服务企业没有考核结果，未列入报告");

        Path pdf = out.resolve("月服务质量报告_2026-11.pdf");
        assertThat(pdf).exists();
        assertThat(out.resolve("考核结果公示_2026-11.pdf")).exists();
        assertThat(out.resolve("扣分明细_2026-11.xlsx")).exists();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\R", ""))
                    .contains("未列入本报告的服务企业", CANTEEN + "：没有本月的考核结果。", "没有指定考核办法");
        }
        ListView<Path> files = robot.lookup("#fileList").queryListView();
        assertThat(files.getItems()).hasSize(3);
        robot.clickOn("#openButton");
        assertThat(dialogs.opened).containsExactly(pdf.toAbsolutePath());
        robot.clickOn("#folderButton");
        assertThat(dialogs.opened).last().isEqualTo(out);
    }

    @Test
    void aMonthWithoutDataIsRefusedOnTheScreenAndLeavesNoFile(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(dir.resolve("october"));
        var months = robot.lookup("#monthBox").queryComboBox();
        robot.interact(() -> months.getSelectionModel().select(2)); // 2026年10月
        dialogs.answer(FileKind.EXPORT_FOLDER, out);
        robot.clickOn("#startButton");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText())
                .isEqualTo("2026-10 没有已完成或已签字的检查表，没有可报告的数据；没有写入任何文件。");
        assertThat(robot.lookup("#fileList").queryListView().getItems()).isEmpty();
        assertThat(robot.lookup("#folderButton").queryAs(Button.class).isDisabled()).isTrue();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.toList()).isEqualTo(List.of());
        }
        robot.clickOn("#homeButton");
        assertThat(navigator.last()).isEqualTo("home");
    }
}
