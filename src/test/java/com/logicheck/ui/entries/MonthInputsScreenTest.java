package com.logicheck.ui.entries;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.Combine;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.domain.assessment.PanelRule;
import com.logicheck.domain.assessment.SchemeComponent;
import com.logicheck.domain.assessment.SurveyRule;
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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * 评议与分区 on 本月录入: shown only under a scheme with a panel (November here; October keeps the college's scheme and
 * has no such tab); a score typed with Enter is stored and the total recomputed, a bad one refused naming the field.
 */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class MonthInputsScreenTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    @TempDir
    static Path dir;
    static AssessmentWorld w;
    Stage stage;

    @BeforeAll
    static void months() {
        w = new AssessmentWorld(dir);
        for (YearMonth m : List.of(NOVEMBER, OCTOBER)) {
            w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, m.atDay(10),
                    Map.of("1.1", q("14"), "1.2", q("10")));
        }
        AssessmentScheme c = w.c.core().schemes().load(w.c.core().schemes().latestVersion("college-60-40").orElseThrow());
        SchemeComponent inspection = c.component(ComponentKind.INSPECTION).orElseThrow();
        SurveyRule s = c.survey();
        AssessmentScheme panel = new AssessmentScheme(AssessmentScheme.versionId("screen-panel", 1), "screen-panel", 1,
                "评议小组考核", "", c.scale(), c.sheets(), List.of(new SchemeComponent(inspection.kind(),
                inspection.title(), new BigDecimal("60.00"), inspection.templates()),
                new SchemeComponent(ComponentKind.PANEL, "成员单位评议", new BigDecimal("40.00"), List.of(),
                        new PanelRule(Combine.MEAN, 0, 0, List.of()), List.of(), null)),
                new SurveyRule(s.maxScore(), s.dropHighest(), s.dropLowest(), s.dissatisfiedBelow(), s.staffPanel(),
                        s.studentPanel(), Dissatisfaction.TYPED_RATE, List.of()), c.complaints(), c.vetoes(),
                c.grades(), c.money(), c.passDownPercent(), null, List.of());
        w.c.core().schemes().save(panel, false);
        UUID contract = w.c.core().schemes().contracts(w.collegeProvider.id()).get(0).id();
        w.c.core().schemes().attach(contract, panel.id(), NOVEMBER, w.supervisor.id());
    }

    @AfterAll
    static void close() {
        w.c.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, YearMonth month) {
        ScreenFactory screens = TestWindows.of(w.c).messages(new Messages(Messages.CHINESE))
                .clock(AssessmentWorld.CLOCK).dialogs(new QueuedDialogs()).navigator(new RecordingNavigator()).screens();
        robot.interact(() -> FxScreens.show(stage, screens.monthEntries(w.collegeProvider.id(), month)));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void panelScoresAreTypedWithEnterAndABadOneIsRefusedNamingTheField(FxRobot robot) {
        open(robot, NOVEMBER);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("满意度调查", "评议与分区", "投诉",
                "一票否决", "不予扣分与申辩");
        assertThat(robot.lookup("#exportButton").queryAs(Button.class).isVisible()).isTrue();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ComboBox<?> member = robot.lookup("#memberBox").queryAs(ComboBox.class);
        robot.interact(() -> member.getEditor().setText("教务处"));
        robot.clickOn("#panelScoreField").write("100.5").type(KeyCode.ENTER);
        assertThat(text(robot, "#inputsErrorLabel")).isEqualTo("评议成员“教务处”的评分 100.5 须在 0～100 分之间，最多两位小数。");
        robot.interact(() -> robot.lookup("#panelScoreField").queryAs(TextField.class).setText("九十"));
        robot.clickOn("#panelScoreField").type(KeyCode.ENTER);
        assertThat(text(robot, "#inputsErrorLabel")).isEqualTo("“评议评分”：“九十”不是数字。");
        assertThat(robot.lookup("#inputsTable").queryAs(TableView.class).getItems()).isEmpty();

        robot.interact(() -> robot.lookup("#panelScoreField").queryAs(TextField.class).setText("91"));
        robot.clickOn("#panelScoreField").type(KeyCode.ENTER);
        assertThat(robot.lookup("#inputsTable").queryAs(TableView.class).getItems()).hasSize(1);
        // 88 × 60% = 52.80; panel 91 × 40% = 36.40; 89.20
        assertThat(text(robot, "#totalLabel")).startsWith("89.20 / 100");

        robot.clickOn("#rateField").write("11");
        robot.clickOn("#panelSizeField").write("30").type(KeyCode.ENTER);
        assertThat(text(robot, "#inputsErrorLabel")).isEqualTo("不满意率 11% 不是 30 人中整数人数的比例（例如 30 人中 3 人为 10%）。");
        assertThat(w.c.assessment().monthInputs().scores(w.collegeProvider.id(), NOVEMBER).dissatisfaction()).isNull();
    }

    @Test
    void aSchemeWithoutTheInputsShowsNoSuchTab(FxRobot robot) {
        open(robot, OCTOBER);
        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getTabs()).hasSize(4);
    }
}
