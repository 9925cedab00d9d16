package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.suites.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 补录 from Excel: the template's own form with a 扣分 column, filled as the paper says, imports as a finished sheet on
 * the paper's date; a workbook with bad rows lists every one (sheet and row) and imports nothing.
 */
@DatabaseTest
public class PaperImportIT {
    @TempDir
    Path dir;

    /** The app's 补录 form for {@code code}, filled with the paper's fields and {@code points} on the given item rows. */
    private static byte[] filled(AssessmentWorld w, String code, String date, String inspector, String... itemPoints)
            throws Exception {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(
                w.c.inspection().backEntries().paperForm(code)))) {
            Sheet sheet = book.getSheetAt(0);
            sheet.getRow(3).getCell(1).setCellValue(w.hospitalProvider.name());
            sheet.getRow(3).getCell(3).setCellValue(w.ward.path());
            sheet.getRow(3).getCell(5).setCellValue(inspector);
            sheet.getRow(4).getCell(1).setCellValue(date);
            for (int i = 0; i < itemPoints.length; i += 2) {
                for (Row row : sheet) {
                    String content = row.getCell(1) == null ? "" : row.getCell(1).toString();
                    if (row.getRowNum() > 5 && content.startsWith(itemPoints[i] + " ")) {
                        row.getCell(6).setCellValue(itemPoints[i + 1]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aFilledFormImportsAsAFinishedSheetOnThePapersDate() throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        ChecklistTemplate t = w.template("hospital-management");
        TemplateItem first = t.items().findFirst().orElseThrow();
        byte[] xlsx = filled(w, t.code(), "2026-11-18", w.inspector.name(), first.code(),
                first.maxScore().toPlainString());
        List<BackEntries.Imported> done = w.c.inspection().backEntries().importWorkbook(w.supervisor.id(),
                new ByteArrayInputStream(xlsx), "paper.xlsx");
        assertThat(done).hasSize(1);
        var sheet = w.c.inspection().service().inspection(done.get(0).inspection().id());
        assertThat(sheet.status()).isEqualTo(InspectionStatus.FINISHED);
        assertThat(sheet.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-18T09:00+08:00"));
        assertThat(sheet.backEntry().enteredBy()).isEqualTo(w.supervisor.id());
        assertThat(done.get(0).score().total()).isEqualByComparingTo(t.totalScore().subtract(first.maxScore()));
        w.c.close();
    }

    @Test
    void everyBadRowIsListedAndNothingIsImported() throws Exception {
        AssessmentWorld w = new AssessmentWorld(dir);
        ChecklistTemplate t = w.template("hospital-management");
        List<TemplateItem> items = t.items().toList();
        String tooMuch = items.get(0).maxScore().add(BigDecimal.ONE).toPlainString();
        byte[] xlsx = filled(w, t.code(), "2026-12-09", "无此人", items.get(0).code(), tooMuch, items.get(1).code(), "许多");
        assertThatThrownBy(() -> w.c.inspection().backEntries().importWorkbook(w.supervisor.id(),
                new ByteArrayInputStream(xlsx), "paper.xlsx")).isInstanceOf(DomainException.class).satisfies(e -> {
                    List<String> text = ((DomainException) e).problems().stream().map(p -> w.c.core().messages().problem(p))
                            .toList();
                    assertThat(text).anySatisfy(s -> assertThat(s).contains("检查人“无此人”"));
                    assertThat(text).anySatisfy(s -> assertThat(s).contains("第 7 行").contains("大于该项分值"));
                    assertThat(text).anySatisfy(s -> assertThat(s).contains("第 8 行").contains("“许多”不是数字"));
                });
        assertThat(w.c.inspection().inspections().recent(10)).isEmpty();
        w.c.close();
    }
}
