package com.logicheck.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.domain.template.TemplateVersions;
import com.logicheck.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TemplateWorkbookTest {
    private static final Messages ZH = Messages.forLanguage("zh");
    private static final Messages EN = Messages.forLanguage("en");
    private static final List<ChecklistTemplate> BUILT_INS = new BuiltInTemplates(new TemplateFiles()).load();
    private final TemplateSheetReader reader = new TemplateSheetReader(List.of(ZH, EN));

    @Test
    void everyBuiltInTemplateComesBackTheSameFromItsExcelForm() {
        assertThat(BUILT_INS).hasSize(9);
        byte[] book = new TemplateWorkbook(ZH).write(BUILT_INS);
        List<TemplateSheetReader.ImportedTemplate> read = reader.read(new ByteArrayInputStream(book), "all.xlsx");
        assertThat(read).hasSize(9);
        for (int i = 0; i < BUILT_INS.size(); i++) {
            ChecklistTemplate original = BUILT_INS.get(i);
            ChecklistTemplate back = read.get(i).template();
            assertThat(read.get(i).code()).isEqualTo(original.code());
            assertThat(back.sections()).as(original.code()).hasSameSizeAs(original.sections());
            for (int s = 0; s < original.sections().size(); s++) {
                TemplateSection a = original.sections().get(s);
                TemplateSection b = back.sections().get(s);
                assertThat(b.title()).isEqualTo(a.title());
                assertThat(b.subtotal()).isEqualTo(a.subtotal());
                for (int k = 0; k < a.items().size(); k++) {
                    assertThat(b.items().get(k)).as(original.code() + " " + a.items().get(k).code())
                            .isEqualTo(TemplateVersions.as(original, original.code(), 1).sections().get(s).items().get(k));
                }
            }
            assertThat(TemplateVersions.sameContent(back, original)).as(original.code()).isTrue();
        }
    }

    @Test
    void anEnglishExportReadsBackToo() {
        ChecklistTemplate college = BUILT_INS.stream().filter(t -> t.code().equals("college-property")).findFirst().orElseThrow();
        byte[] book = new TemplateWorkbook(EN).write(List.of(college));
        var read = new TemplateSheetReader(List.of(EN, ZH)).read(new ByteArrayInputStream(book), "college.xlsx");
        assertThat(TemplateVersions.sameContent(read.get(0).template(), college)).isTrue();
    }

    @Test
    void aHandEditedSheetWithBadCellsListsEveryFaultWithSheetRowAndColumnAndImportsNothing() throws IOException {
        ChecklistTemplate maintenance = BUILT_INS.stream().filter(t -> t.code().equals("hospital-maintenance")).findFirst()
                .orElseThrow();
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new TemplateWorkbook(ZH).write(
                List.of(maintenance, BUILT_INS.get(0)))))) {
            Sheet sheet = book.getSheetAt(0);
            sheet.getRow(4).getCell(0).setCellValue("工程管理（30分）");  // subtotals now add up to 105
            sheet.getRow(5).getCell(4).setBlank();                      // 1.2 without 分值
            sheet.getRow(6).getCell(3).setCellValue("视情节酌情扣分");   // 1.3 unparsable 评分标准
            sheet.getRow(7).getCell(4).setCellValue("四分");             // 1.4 分值 not a number
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            bytes = out.toByteArray();
        }
        String sheetName = "后勤公司工程维修管理考核表";
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), "hand.xlsx"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(p -> ZH.problem(p)).containsExactly(
                        "工作表“" + sheetName + "”第 6 行 E 列：缺少分值。",
                        "工作表“" + sheetName + "”第 7 行 D 列：" + ZH.problem(Problem.of(
                                "problem.criteria.unreadable", "视情节酌情扣分")),
                        "工作表“" + sheetName + "”第 8 行 E 列：分值“四分”不是数字。"));
        // the second sheet is fine, but nothing is imported while the first has faults; once the cells are fixed the
        // only fault left is the total, reported on the title row
        byte[] onlyTotal;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new TemplateWorkbook(ZH).write(List.of(maintenance))))) {
            book.getSheetAt(0).getRow(4).getCell(0).setCellValue("工程管理（30分）");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            onlyTotal = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(onlyTotal), "hand.xlsx"))
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(p -> ZH.problem(p)).containsExactly(
                        "工作表“" + sheetName + "”第 1 行：各项目小计合计 105 分，应为 100 分。",
                        "工作表“" + sheetName + "”第 5 行 A 列：项目“工程管理”各条分值合计 25 分，少于小计 30 分：小计永远扣不满。"));
    }

    @Test
    void aSheetWithoutTheFormsHeaderOrNotAWorkbookIsRefused() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Row row = book.createSheet("随便").createRow(0);
            row.createCell(0).setCellValue("这不是考核表");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            bytes = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), "x.xlsx"))
                .satisfies(e -> assertThat(ZH.problem(((DomainException) e).first())).startsWith("工作表“随便”第 1 行：找不到表头行"));
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("not excel".getBytes()), "x.xlsx"))
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.xlsx.unreadable"));
    }
}
