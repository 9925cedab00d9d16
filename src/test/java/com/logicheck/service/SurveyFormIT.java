package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.NOVEMBER;
import static com.logicheck.service.AssessmentWorld.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.i18n.Messages;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.xlsx.FilledForms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 满意度调查表 as Excel on a real data folder under the college 60/40 scheme: the blank form is generated, filled as a
 * person would, imported, and the month computed from it; bad files are refused with every fault named by row and
 * column, and nothing is stored.
 */
@DatabaseTest
class SurveyFormIT {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    @TempDir
    Path dir;
    AssessmentWorld w;
    UUID provider;
    SurveyForms forms;

    @BeforeEach
    void november() {
        w = new AssessmentWorld(dir);
        provider = w.collegeProvider.id();
        // college-property: 1.1 14 faults × 0.5 = 7, 1.2 10 faults … → the sheet scores 88 (CollegeAssessmentIT)
        w.sheet(w.collegeProvider, "college-property", InspectionKind.FULL, LocalDate.of(2026, 11, 10),
                Map.of("1.1", q("14"), "1.2", q("10")));
        forms = w.c.assessment().surveyForms();
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    private static List<String[]> panel(int n, String high, String low, String usual) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {i < 10 ? "教职工" : "学生", i < 10 ? "教师" + (i + 1) : "",
                    i == 0 ? high : i == 1 ? low : usual});
        }
        return rows;
    }

    private MonthlyAssessment month() {
        return w.c.assessment().service().assess(provider, NOVEMBER).assessment();
    }

    @Test
    void theBlankFormCarriesTheSchemesRangeAndPanelAndRoundTrips() {
        byte[] blank = forms.blankForm(provider, NOVEMBER);
        List<String> text = FilledForms.firstColumn(blank);
        assertThat(text.get(0)).isEqualTo("满意度调查表：学苑物业管理有限公司（2026-11）");
        assertThat(String.join("\n", text)).contains("0～100 之间的数字", "至少需要 3 份有效问卷",
                "教职工代表 10 人、学生代表 20 人", "序号");
        assertThat(forms.target(blank, "表.xlsx")).isEqualTo(new SurveyForms.FormTarget(provider, NOVEMBER));

        // 30 respondents: 100 and 40 dropped, 28 × 90 → 90.00; × 40% = 36.00 (as CollegeAssessmentIT by hand)
        SurveyForms.Imported done = forms.importForm(FilledForms.fill(blank, panel(30, "100", "40", "90")), "表.xlsx",
                provider, NOVEMBER, false, w.supervisor.id());
        assertThat(done).isEqualTo(new SurveyForms.Imported(30, 0));
        MonthlyAssessment m = month();
        var survey = m.components().stream().filter(c -> c.kind() == ComponentKind.SURVEY).findFirst().orElseThrow();
        assertThat(survey.survey().respondents()).isEqualTo(30);
        assertThat(survey.survey().staff()).isEqualTo(10);
        assertThat(survey.survey().mean()).isEqualByComparingTo("90.00");
        assertThat(survey.points()).isEqualByComparingTo("36.00");
        assertThat(m.total()).isEqualByComparingTo("88.80");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryFaultByRowAndColumn() {
        byte[] blank = forms.blankForm(provider, NOVEMBER);
        List<String[]> rows = panel(30, "100", "40", "90");
        rows.set(3, new String[] {"教职工", "教师4", "120"});    // out of range
        rows.set(4, new String[] {"教职工", "教师5", null});     // missing
        rows.set(5, new String[] {"家长", "", "88"});            // unknown category
        rows.set(6, new String[] {"学生", "", "很满意"});        // not a number
        rows.set(7, new String[] {"学生", "", "85.555"});       // finer than 0.01
        // title, subtitle, 7 instruction lines, a blank row, the header on row 11: the first respondent is row 12
        int first = 12;
        assertThatThrownBy(() -> forms.importForm(FilledForms.fill(blank, rows), "表.xlsx", provider, NOVEMBER, false,
                w.supervisor.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo(String.join("\n",
                        "第 " + (first + 3) + " 行 D 列：得分 120 不在 0～100 分之间（最多两位小数）。",
                        "第 " + (first + 4) + " 行 D 列：没有填写得分。",
                        "第 " + (first + 5) + " 行 B 列：类别“家长”无法识别，请填 教职工、学生 或 其他。",
                        "第 " + (first + 6) + " 行 D 列：得分“很满意”不是数字。",
                        "第 " + (first + 7) + " 行 D 列：得分 85.555 不在 0～100 分之间（最多两位小数）。")));
        assertThat(w.c.assessment().service().gather(provider, NOVEMBER).survey()).isEmpty();
    }

    @Test
    void tooFewRespondentsForTheTrimmedMeanIsRefused() {
        byte[] filled = FilledForms.fill(forms.blankForm(provider, NOVEMBER), panel(2, "90", "80", "85"));
        assertThatThrownBy(() -> forms.importForm(filled, "表.xlsx", provider, NOVEMBER, false, w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("只有 2 份问卷，至少需要 3 份（去掉 1 个最高分和 1 个最低分后求平均）。"));
        assertThat(w.c.assessment().service().gather(provider, NOVEMBER).survey()).isEmpty();
    }

    @Test
    void notAWorkbookOrAFormForAnotherMonthIsRefused() {
        assertThatThrownBy(() -> forms.importForm("这不是表格".getBytes(StandardCharsets.UTF_8), "调查.xlsx", provider,
                NOVEMBER, false, w.supervisor.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.surveyFile.notForm"));
        byte[] october = FilledForms.fill(forms.blankForm(provider, YearMonth.of(2026, 10)), panel(30, "100", "40", "90"));
        assertThatThrownBy(() -> forms.importForm(october, "十月.xlsx", provider, NOVEMBER, false, w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e)).isEqualTo(
                        "十月.xlsx 是为 学苑物业管理有限公司（2026-10）生成的调查表，不能导入 学苑物业管理有限公司（2026-11）。"));
        assertThatThrownBy(() -> forms.blankForm(w.hospitalProvider.id(), NOVEMBER)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.survey.notInScheme"));
        assertThat(w.c.assessment().service().gather(provider, NOVEMBER).survey()).isEmpty();
    }

    @Test
    void importingAgainNeedsReplaceAndThenReplacesInOneStep() {
        byte[] blank = forms.blankForm(provider, NOVEMBER);
        forms.importForm(FilledForms.fill(blank, panel(30, "100", "40", "90")), "表.xlsx", provider, NOVEMBER, false,
                w.supervisor.id());
        byte[] corrected = FilledForms.fill(blank, panel(30, "100", "40", "80"));
        assertThatThrownBy(() -> forms.importForm(corrected, "表.xlsx", provider, NOVEMBER, false, w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.surveyFile.existing"));
        assertThat(w.c.assessment().service().gather(provider, NOVEMBER).survey()).hasSize(30);
        assertThat(forms.importForm(corrected, "表.xlsx", provider, NOVEMBER, true, w.supervisor.id()))
                .isEqualTo(new SurveyForms.Imported(30, 30));
        // 28 × 80 → 80.00 × 40% = 32.00; 52.80 + 32.00 = 84.80
        assertThat(month().total()).isEqualByComparingTo("84.80");
    }

    @Test
    void aClosedMonthRefusesTheImport() {
        byte[] filled = FilledForms.fill(forms.blankForm(provider, NOVEMBER), panel(30, "100", "40", "90"));
        forms.importForm(filled, "表.xlsx", provider, NOVEMBER, false, w.supervisor.id());
        w.c.assessment().service().close(provider, NOVEMBER, w.supervisor.id());
        assertThatThrownBy(() -> forms.importForm(filled, "表.xlsx", provider, NOVEMBER, true, w.supervisor.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(ZH.problems((DomainException) e))
                        .isEqualTo("2026-11 的月度考核已关闭，如需修改请先由主管写明原因重新打开。"));
        assertThat(w.c.assessment().service().gather(provider, NOVEMBER).survey()).hasSize(30);
    }
}
