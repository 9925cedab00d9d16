package com.logicheck.ui.entries;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.assessment.VetoType;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentWorld;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.common.DateInput;
import com.logicheck.ui.common.FileKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 本月录入 on a real data folder: the college provider's months (one sheet scoring 88 each, so the inspection part is
 * 88 × 60% = 52.80) entered tab by tab — each main path, and each refusal leaving the month as it was.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class MonthEntriesScreenTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final YearMonth JULY = YearMonth.of(2026, 7);
    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final YearMonth MAY = YearMonth.of(2026, 5);
    @TempDir
    static Path dir;
    static AssessmentWorld w;
    RecordingNavigator navigator = new RecordingNavigator();
    QueuedDialogs files = new QueuedDialogs();
    Stage stage;

    /** One data folder for the class (slow to build); each test works in a month of its own. */
    @BeforeAll
    static void months() {
        w = new AssessmentWorld(dir);
        for (YearMonth m : List.of(NOVEMBER, OCTOBER, SEPTEMBER, AUGUST, JULY, JUNE, MAY)) {
            w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, m.atDay(10),
                    Map.of("1.1", q("14"), "1.2", q("10")));
        }
    }

    @AfterAll
    static void close() {
        w.c.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void inspector() {
        w.c.core().currentUser().switchTo(w.inspector);
    }

    private void open(FxRobot robot, YearMonth month) {
        var c = w.c;
        ScreenFactory screens = TestWindows.of(c).messages(new Messages(Messages.CHINESE)).clock(AssessmentWorld.CLOCK)
                .dialogs(files).navigator(navigator).screens();
        robot.interact(() -> FxScreens.show(stage, screens.monthEntries(w.collegeProvider.id(), month)));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** A date typed into the picker's field and taken (what Enter or leaving the field does). */
    private void typeDate(FxRobot robot, String date) {
        DatePicker picker = robot.lookup("#complaintDate").queryAs(DatePicker.class);
        robot.interact(() -> {
            picker.getEditor().setText(date);
            picker.setValue(picker.getConverter().fromString(date));
        });
        assertThat(picker.getValue()).isEqualTo(LocalDate.parse(date));
    }

    private void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @Test
    void surveyTypedLineByLineWithEnterAndAnOutOfRangeScoreIsNotSaved(FxRobot robot) {
        open(robot, NOVEMBER);
        assertThat(text(robot, "#titleLabel")).isEqualTo("学苑物业管理有限公司　2026-11");
        assertThat(text(robot, "#totalLabel")).isEqualTo("数据不完整　未定");
        robot.clickOn("#scoreField").write("92").type(KeyCode.ENTER);
        robot.write("120").type(KeyCode.ENTER);
        assertThat(text(robot, "#scoreErrorLabel")).isEqualTo("得分 120 不在 0～100 分之间（最多两位小数），未保存。");
        assertThat(robot.lookup("#responseTable").queryAs(TableView.class).getItems()).hasSize(1);
        robot.interact(() -> robot.lookup("#scoreField").queryAs(TextField.class).clear());
        robot.write("60").type(KeyCode.ENTER).write("80").type(KeyCode.ENTER);
        // 92, 60, 80: 92 and 60 dropped, mean 80.00 × 40% = 32.00; 52.80 + 32.00 = 84.80
        assertThat(robot.lookup("#responseTable").queryAs(TableView.class).getItems()).hasSize(3);
        assertThat(text(robot, "#summaryLabel")).startsWith("已录入 3 份（教职工 3、学生 0）；去掉最高分 92.00、最低分 60.00 后 1 份平均 80.00 分");
        assertThat(text(robot, "#totalLabel")).isEqualTo("84.80 / 100　合格");
        // Ctrl+Z takes the last one back: the survey is incomplete again
        robot.clickOn("#undoButton");
        assertThat(robot.lookup("#responseTable").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(text(robot, "#totalLabel")).startsWith("数据不完整");
    }

    @Test
    void theDateFieldReadsChineseFormsThroughTheScreensLoader(FxRobot robot) {
        open(robot, JULY);
        tab(robot, 1);
        DatePicker picker = robot.lookup("#complaintDate").queryAs(DatePicker.class);
        assertThat(picker.getConverter()).isInstanceOf(DateInput.class);
        assertThat(picker.getPromptText()).isEqualTo("例：2026-11-21");
        typeDate(robot, "2026-07-09");
        assertThat(picker.getConverter().fromString("2026年7月9日")).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(picker.getEditor().getText()).isEqualTo("2026-07-09");
    }

    @Test
    void complaintAboutAnItemDeductsDoubleAndADateOutsideTheMonthIsRefused(FxRobot robot) {
        open(robot, OCTOBER);
        tab(robot, 1);
        ComboBox<?> items = robot.lookup("#itemBox").queryAs(ComboBox.class);
        assertThat(items.getValue().toString()).contains("1.1");
        assertThat(text(robot, "#previewLabel")).isEqualTo("按评分标准扣 0.50 分；查实后加倍：0.50 × 2 = 1.00 分。");
        typeDate(robot, "2026-12-01");
        robot.clickOn("#complaintAddButton");
        assertThat(text(robot, "#messageLabel")).isEqualTo("日期 2026-12-01 不在 2026-10 内；其他月份的事项请在该月录入。");
        assertThat(robot.lookup("#complaintTable").queryAs(TableView.class).getItems()).isEmpty();
        typeDate(robot, "2026-10-12");
        robot.interact(() -> robot.lookup("#complaintNote").queryAs(TextField.class).setText("三号教学楼走廊垃圾未清"));
        robot.clickOn("#complaintAddButton");
        TableView<?> table = robot.lookup("#complaintTable").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            var row = (ComplaintEntryViewModel.Row) r;
            assertThat(row.deduction()).isEqualTo("−1.00");
            assertThat(row.note()).isEqualTo("三号教学楼走廊垃圾未清");
        });
        // with the survey still missing the total is not shown; the complaint is in the month's result
        assertThat(w.c.assessment().service().compute(w.collegeProvider.id(), OCTOBER).complaints().deduction())
                .isEqualByComparingTo("1.00");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#toggleButton");
        assertThat(((ComplaintEntryViewModel.Row) table.getItems().get(0)).deduction()).isEqualTo("0.00");
    }

    @Test
    void aVetoWithoutEvidenceIsRefusedAndOneWithEvidenceAndFileFailsTheMonth(FxRobot robot) throws Exception {
        open(robot, SEPTEMBER);
        tab(robot, 2);
        robot.interact(() -> robot.lookup("#typeBox").queryAs(ComboBox.class).getSelectionModel()
                .select(VetoType.WRITTEN_CRITICISM));
        robot.clickOn("#vetoRecordButton");
        assertThat(text(robot, "#messageLabel")).isEqualTo("一票否决事项必须附证据说明（如文件编号、事故报告）。");
        assertThat(robot.lookup("#vetoTable").queryAs(TableView.class).getItems()).isEmpty();

        files.answer(FileKind.EVIDENCE, Files.writeString(dir.resolve("院办通报.pdf"), "%PDF-1.4 通报"));
        robot.clickOn("#fileButton");
        assertThat(text(robot, "#fileLabel")).isEqualTo("院办通报.pdf");
        robot.interact(() -> robot.lookup("#evidenceArea").queryAs(TextArea.class)
                .setText("院办〔2026〕17号：学生公寓热水供应中断三天未及时处理"));
        robot.clickOn("#vetoRecordButton");
        TableView<?> table = robot.lookup("#vetoTable").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            var row = (VetoEntryViewModel.Row) r;
            assertThat(row.vetoes()).isTrue();
            assertThat(row.fileLabel()).isEqualTo("院办通报.pdf");
            assertThat(row.outcome()).isEqualTo("否决本月");
        });
        assertThat(text(robot, "#verdictLabel")).startsWith("本月被一票否决");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#openButton");
        assertThat(files.opened).singleElement().satisfies(p -> assertThat(Files.readString(p)).isEqualTo("%PDF-1.4 通报"));
    }

    @Test
    void anInspectorAsksASupervisorApprovesAndThePointsComeBack(FxRobot robot) {
        open(robot, AUGUST);
        tab(robot, 3);
        TableView<?> table = robot.lookup("#deductionTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#textField").queryAs(TextField.class).setText("学院停水两天，无法清扫"));
        robot.clickOn("#exemptButton");
        assertThat(((ReliefEntryViewModel.Row) table.getItems().get(0)).status()).isEqualTo("不予扣分待审批（院方原因）");
        // the inspector cannot approve it
        robot.interact(() -> robot.lookup("#decisionField").queryAs(TextField.class).setText("属实"));
        robot.clickOn("#approveButton");
        assertThat(text(robot, "#messageLabel")).isEqualTo("检查员不是主管，不能审批不予扣分申请。");
        // a supervisor can: 1.1's 7 points come back, the sheet 88 → 95 (the month's inspection part 57.00)
        w.c.core().currentUser().switchTo(w.supervisor);
        robot.clickOn("#approveButton");
        var row = (ReliefEntryViewModel.Row) table.getItems().get(0);
        assertThat(row.relieved()).isTrue();
        assertThat(row.status()).isEqualTo("不予扣分已批准（院方原因）");
        var live = w.c.assessment().service().compute(w.collegeProvider.id(), AUGUST);
        assertThat(live.components().get(0).points()).isEqualByComparingTo("57.00");
        assertThat(robot.lookup("#historyList").queryListView().getItems()).hasSize(2);
    }

    @Test
    void aSupervisorsOwnRequestAndAppealCannotBeDecidedByThemTheButtonsAreOffAndSayWhy(FxRobot robot) {
        w.c.core().currentUser().switchTo(w.supervisor);
        open(robot, MAY);
        tab(robot, 3);
        TableView<?> table = robot.lookup("#deductionTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#textField").queryAs(TextField.class).setText("学院停水两天，无法清扫"));
        robot.clickOn("#exemptButton");
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#textField").queryAs(TextField.class).setText("当天已整改"));
        robot.clickOn("#appealButton");
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#approveButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#rejectButton").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#refusalLabel")).isEqualTo("刘洋提出了这项不予扣分申请，不能自己审批（四眼原则），请由另一位主管审批。");
        robot.interact(() -> table.getSelectionModel().select(1));
        assertThat(robot.lookup("#upholdButton").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#refusalLabel")).contains("刘洋录入了这项申诉，不能自己裁决");
        // for someone else the duties refuse nothing: the buttons are on and nothing is said (a role's refusal is
        // said when the step is tried, as the inspector's test above shows)
        w.c.core().currentUser().switchTo(w.inspector);
        open(robot, MAY);
        tab(robot, 3);
        TableView<?> again = robot.lookup("#deductionTable").queryAs(TableView.class);
        robot.interact(() -> again.getSelectionModel().select(0));
        assertThat(robot.lookup("#approveButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#refusalLabel").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void eachDecisionAsksWhatItDoesAndCancelLeavesTheRequestOpen(FxRobot robot) {
        open(robot, JUNE);
        tab(robot, 3);
        TableView<?> table = robot.lookup("#deductionTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#textField").queryAs(TextField.class).setText("学院停水两天，无法清扫"));
        robot.clickOn("#exemptButton");
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#textField").queryAs(TextField.class).setText("当天已整改"));
        robot.clickOn("#appealButton");
        w.c.core().currentUser().switchTo(w.supervisor);
        BigDecimal was = w.c.assessment().service().compute(w.collegeProvider.id(), JUNE).components().get(0).points();
        files.agree = false;
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#decisionField").queryAs(TextField.class).setText("属实"));
        robot.clickOn("#approveButton");
        robot.clickOn("#rejectButton");
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#overturnButton");
        robot.clickOn("#upholdButton");
        assertThat(files.asked).hasSize(4);
        assertThat(files.asked.get(0)).startsWith("批准不予扣分？").contains("2026-06-10", "−7.00 分", "本月得分随之重算",
                "不能撤回");
        assertThat(files.asked.get(1)).startsWith("驳回不予扣分申请？").contains("照扣");
        assertThat(files.asked.get(2)).startsWith("申辩成立？").contains("不再扣分");
        assertThat(files.asked.get(3)).startsWith("维持扣分？").contains("申辩记为不成立");
        assertThat(((ReliefEntryViewModel.Row) table.getItems().get(0)).status()).isEqualTo("不予扣分待审批（院方原因）");
        assertThat(((ReliefEntryViewModel.Row) table.getItems().get(1)).relieved()).isFalse();
        assertThat(w.c.assessment().service().compute(w.collegeProvider.id(), JUNE).components().get(0).points())
                .as("nothing decided").isEqualByComparingTo(was);
        assertThat(robot.lookup("#decisionField").queryAs(TextField.class).getText()).isEqualTo("属实");

        files.agree = true;
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#approveButton");
        assertThat(((ReliefEntryViewModel.Row) table.getItems().get(0)).relieved()).isTrue();
    }

    @Test
    void aClosedMonthRefusesEntriesAndSaysHowToReopen(FxRobot robot) {
        open(robot, JULY);
        w.c.assessment().entries().importSurvey(w.collegeProvider.id(), JULY,
                AssessmentWorld.panel(30, "100", "40", "90"), w.supervisor.id());
        w.c.assessment().service().close(w.collegeProvider.id(), JULY, w.supervisor.id());
        // the screen was opened before the month was closed elsewhere: the entry is refused and the screen locks
        robot.clickOn("#scoreField").write("90").type(KeyCode.ENTER);
        assertThat(text(robot, "#messageLabel")).isEqualTo("2026-07 的月度考核已关闭，如需修改请先由主管写明原因重新打开。");
        assertThat(text(robot, "#statusLabel")).startsWith("本月已由 刘洋 于 ");
        assertThat(robot.lookup("#inputLine").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#responseTable").queryAs(TableView.class).getItems()).hasSize(30);
        assertThat(text(robot, "#totalLabel")).isEqualTo("88.80 / 100　合格");
        robot.clickOn("#backButton");
        assertThat(navigator.last()).isEqualTo("assessment");
        assertThat(navigator.lastProvider).isEqualTo(w.collegeProvider.id());
        assertThat(navigator.lastMonth).isEqualTo(JULY);
    }
}
