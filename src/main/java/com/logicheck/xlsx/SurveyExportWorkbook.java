package com.logicheck.xlsx;

import com.logicheck.domain.assessment.SurveyExport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a survey export as 问卷星 and 问卷网 write it ("按选项文本" / "按分数" Excel downloads): the first sheet, the
 * first non-empty row as headers (序号, 提交答卷时间, 1、您的身份, 2、…), then one row per answer sheet, each cell as
 * Excel shows it. Empty rows are left out. Judging the cells is {@link SurveyExport}'s job.
 */
public final class SurveyExportWorkbook {

    /** The table; empty when the bytes are not an Excel workbook (or have no header row). */
    public Optional<SurveyExport.Table> read(byte[] bytes) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            int first = sheet.getFirstRowNum();
            Row head = null;
            for (int r = Math.max(first, 0); r <= sheet.getLastRowNum() && head == null; r++) {
                Row row = sheet.getRow(r);
                if (row != null && !cells(row, format, row.getLastCellNum()).stream().allMatch(String::isEmpty)) {
                    head = row;
                }
            }
            if (head == null) {
                return Optional.empty();
            }
            int width = head.getLastCellNum();
            List<String> headers = cells(head, format, width);
            List<SurveyExport.Row> rows = new ArrayList<>();
            for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = cells(row, format, width);
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows.add(new SurveyExport.Row(r + 1, cells));
            }
            return Optional.of(new SurveyExport.Table(headers, rows));
        } catch (IOException | RuntimeException e) {
            // not a workbook at all (a renamed text file, a truncated download)
            return Optional.empty();
        }
    }

    private static List<String> cells(Row row, DataFormatter format, int width) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < Math.max(width, 0); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : format.formatCellValue(cell).strip());
        }
        return out;
    }
}
