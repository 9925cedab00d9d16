package com.logicheck.scoring.assessment;

import static com.logicheck.scoring.assessment.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyCategory;
import com.logicheck.domain.assessment.SurveyColumns;
import com.logicheck.domain.assessment.SurveyExport;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.SurveyRule;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.assessment.Fixtures.Input;
import com.logicheck.xlsx.SurveyExportWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Surveys run in 问卷星 or 问卷网 and downloaded as Excel (one row per answer sheet, a column per question): mapped
 * to the scheme's survey by column, imported and scored by the real calculator; a bad export lists every fault by
 * row and column and gives no responses. Fixtures are built here with POI in the layout those sites download.
 */
class SurveyExportTest {
    private static final String SCORE = "2、您对本月物业服务的总体评分（0-100分）";
    private static final String SATISFIED = "Q3 您对本月物业服务是否满意";
    private final SurveyExportWorkbook reader = new SurveyExportWorkbook();

    /** A 问卷星 download: 序号, 提交答卷时间, 所用时间, 来源, 来自IP, 1、您的身份, the score question (a number). */
    private static byte[] wenjuanxing(List<Object[]> answers) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Sheet1");
            String[] headers = {"序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、您的身份", SCORE};
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < answers.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue("2026/11/" + (10 + r % 15) + " 10:2" + r % 10 + ":05");
                row.createCell(2).setCellValue((40 + r) + "秒");
                row.createCell(3).setCellValue("微信");
                row.createCell(4).setCellValue("36.112.0." + r + "(北京-北京)");
                row.createCell(5).setCellValue((String) answers.get(r)[0]);
                if (answers.get(r)[1] instanceof Number n) {
                    row.createCell(6).setCellValue(n.doubleValue());
                } else {
                    row.createCell(6).setCellValue((String) answers.get(r)[1]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A 问卷网 download: 答卷编号, 开始答题时间, 结束答题时间, the category question (满意/基本满意/不满意). */
    private static byte[] wenjuanwang(int satisfied, int fair, int dissatisfied) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("答卷数据");
            String[] headers = {"答卷编号", "开始答题时间", "结束答题时间", "Q1 您的身份", SATISFIED};
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            int r = 1;
            for (String[] group : new String[][] {{"满意", "" + satisfied}, {"基本满意", "" + fair},
                {"不满意", "" + dissatisfied}}) {
                for (int k = 0; k < Integer.parseInt(group[1]); k++, r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("W2026110" + r);
                    row.createCell(1).setCellValue("2026-11-12 09:00:00");
                    row.createCell(2).setCellValue("2026-11-12 09:03:10");
                    row.createCell(3).setCellValue(r <= 10 ? "教职工" : "学生");
                    row.createCell(4).setCellValue(group[0]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** 30 answer sheets: one 100, one 30, twenty 90 and eight 80; the first ten from staff. */
    private static List<Object[]> thirtyAnswers() {
        List<Object[]> list = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Object score = i == 0 ? 100 : i == 1 ? 30 : i < 22 ? 90 : 80;
            list.add(new Object[] {i < 10 ? "教职工" : "学生", score});
        }
        return list;
    }

    private SurveyExport.Table table(byte[] bytes) {
        return reader.read(bytes).orElseThrow();
    }

    @Test
    void aWenjuanxingExportIsImportedAndScored() throws IOException {
        SurveyRule rule = Fixtures.college().survey();
        List<SurveyResponse> responses = SurveyExport.responses(rule, new SurveyColumns(SCORE, null, "序号", "1、您的身份"),
                table(wenjuanxing(thirtyAnswers())));
        assertThat(responses).hasSize(30);
        assertThat(responses.get(0).respondent()).isEqualTo("1");
        assertThat(responses).filteredOn(r -> r.kind() == RespondentKind.STAFF).hasSize(10);

        Input in = Input.college();
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "90"));
        in.survey.addAll(responses);
        MonthlyAssessment m = in.assess();
        // drop 100 and 30: 20 × 90 + 8 × 80 = 2440 ÷ 28 = 87.142… → 87.14; × 40% = 34.856 → 34.86
        // 90 × 60% = 54 → 88.86; dissatisfied (below 60): the 30 → 1 of 30
        assertThat(m.components().get(1).survey().mean()).isEqualByComparingTo("87.14");
        assertThat(m.components().get(1).survey().dissatisfied()).isEqualTo(1);
        assertThat(m.total()).isEqualByComparingTo("88.86");
    }

    @Test
    void aWenjuanwangExportOfCategoryAnswersIsScoredByTheSchemesCategories() throws IOException {
        AssessmentScheme c = Fixtures.college();
        SurveyRule r = c.survey();
        SurveyRule byCategory = new SurveyRule(r.maxScore(), r.dropHighest(), r.dropLowest(), r.dissatisfiedBelow(),
                r.staffPanel(), r.studentPanel(), Dissatisfaction.CATEGORY, List.of(
                new SurveyCategory("满意", d("100"), false), new SurveyCategory("基本满意", d("80"), false),
                new SurveyCategory("不满意", d("40"), true)));
        List<SurveyResponse> responses = SurveyExport.responses(byCategory,
                new SurveyColumns(null, SATISFIED, "答卷编号", "Q1 您的身份"), table(wenjuanwang(20, 7, 3)));
        Input in = Input.college();
        in.scheme = SchemeOptionsTest.copy(c, byCategory, c.complaints(), c.money(), c.failureConsequences());
        in.sheets.add(Fixtures.sheet(Fixtures.collegeTemplate(), "90"));
        in.survey.addAll(responses);
        MonthlyAssessment m = in.assess();
        // drop one 满意 (100) and one 不满意 (40): 19 × 100 + 7 × 80 + 2 × 40 = 2540 ÷ 28 = 90.714… → 90.71
        // dissatisfied: the 3 不满意 of 30 = 10%; total 54 + 90.71 × 40% = 54 + 36.28 = 90.28
        assertThat(m.components().get(1).survey().mean()).isEqualByComparingTo("90.71");
        assertThat(m.components().get(1).survey().dissatisfied()).isEqualTo(3);
        assertThat(m.total()).isEqualByComparingTo("90.28");
    }

    @Test
    void aColumnTheFileDoesNotHaveIsNamedAndNothingIsImported() throws IOException {
        SurveyExport.Table t = table(wenjuanxing(thirtyAnswers()));
        assertThatThrownBy(() -> SurveyExport.responses(Fixtures.college().survey(),
                new SurveyColumns("3、总体评分", null, "序号", "您的身份"), t))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(new Messages(Messages.CHINESE).problems((DomainException) e).split("\n"))
                        .containsExactly("文件中没有“3、总体评分”这一列（列对应关系中指定的列）。",
                                "文件中没有“您的身份”这一列（列对应关系中指定的列）。"));
    }

    @Test
    void everyBadCellIsListedByRowAndColumn() throws IOException {
        List<Object[]> answers = thirtyAnswers();
        answers.set(4, new Object[] {"教职工", "九十"});
        answers.set(6, new Object[] {"家长", 85});
        answers.set(9, new Object[] {"学生", 120});
        SurveyExport.Table t = table(wenjuanxing(answers));
        assertThatThrownBy(() -> SurveyExport.responses(Fixtures.college().survey(),
                new SurveyColumns(SCORE, null, "序号", "1、您的身份"), t))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(new Messages(Messages.CHINESE).problems((DomainException) e).split("\n"))
                        .containsExactly("第 6 行 G（" + SCORE + "） 列：得分“九十”不是数字。",
                                "第 8 行 F（1、您的身份） 列：类别“家长”无法识别，请填 教职工、学生 或 其他。",
                                "第 11 行 G（" + SCORE + "） 列：得分 120 不在 0～100 分之间（最多两位小数）。"));
    }

    @Test
    void scoreAndCategoryCannotBothBeMappedAndAFileThatIsNoWorkbookIsNotRead() {
        assertThatThrownBy(() -> SurveyExport.responses(Fixtures.college().survey(),
                new SurveyColumns(SCORE, SATISFIED, null, null), new SurveyExport.Table(List.of(SCORE, SATISFIED),
                        List.of()))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(p -> p.key())
                        .containsExactly("problem.surveyExport.scoreOrCategory", "problem.surveyExport.noCategories"));
        assertThat(reader.read("序号,得分\n1,90\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
