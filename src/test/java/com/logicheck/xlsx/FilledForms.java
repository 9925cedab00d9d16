package com.logicheck.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Fills a blank survey form the way a person would in Excel: category, respondent and score per row. */
public final class FilledForms {
    private FilledForms() {
    }

    /**
     * Each entry is {category, respondent, score}; a score that parses as a number is stored as a number cell, any
     * other text as a text cell, null leaves the cell empty. Rows start right under the header.
     */
    public static byte[] fill(byte[] blank, List<String[]> rows) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(blank))) {
            int header = (int) book.getSheet(SurveyWorkbook.META_SHEET).getRow(3).getCell(0).getNumericCellValue();
            Sheet sheet = book.getSheetAt(0);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(header + 1 + i);
                if (row == null) {
                    row = sheet.createRow(header + 1 + i);
                }
                String[] v = rows.get(i);
                set(row, SurveyWorkbook.KIND, v[0]);
                set(row, SurveyWorkbook.RESPONDENT, v[1]);
                Cell score = row.getCell(SurveyWorkbook.SCORE) == null ? row.createCell(SurveyWorkbook.SCORE)
                        : row.getCell(SurveyWorkbook.SCORE);
                if (v[2] != null) {
                    try {
                        score.setCellValue(Double.parseDouble(v[2]));
                    } catch (NumberFormatException e) {
                        score.setCellValue(v[2]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header texts and instruction lines of the form, for checking what the user sees. */
    public static List<String> firstColumn(byte[] form) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(form))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> out = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null) {
                    out.add(new DataFormatter().formatCellValue(row.getCell(0)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Row row, int col, String value) {
        if (value != null) {
            (row.getCell(col) == null ? row.createCell(col) : row.getCell(col)).setCellValue(value);
        }
    }
}
