package com.logicheck.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 满意度调查表 as an Excel form (.xlsx): a title, the instructions, a header row (序号 | 类别 | 受访者 | 得分) and one
 * numbered row per respondent, with drop-down and range checks Excel itself applies while typing. A hidden sheet names
 * the provider and month the form was made for and where its header row is, so an import can refuse a form meant
 * for another provider or month. Reading gives the filled rows as typed; judging them is the caller's (service) job.
 */
public final class SurveyWorkbook {
    static final String MARKER = "logicheck-survey-form";
    static final String META_SHEET = "logicheck";
    /** Columns of the data rows, 0-based: 序号, 类别, 受访者, 得分. */
    public static final int KIND = 1;
    public static final int RESPONDENT = 2;
    public static final int SCORE = 3;

    /**
     * What the blank form shows (texts already in the user's language): the sheet's name, title and subtitle, the
     * instruction lines, the four column headers, the respondent kinds offered in the drop-down, how many numbered
     * rows, the highest score, and the provider id and month written into the hidden sheet.
     */
    public record Form(String sheetName, String title, String subtitle, List<String> instructions, List<String> headers,
                       List<String> kinds, int rows, BigDecimal maxScore, String providerId, String month) {
        public Form {
            instructions = List.copyOf(instructions);
            headers = List.copyOf(headers);
            kinds = List.copyOf(kinds);
        }
    }

    /** One filled row as typed: Excel row number (1-based), kind and respondent text, the score cell. */
    public record Line(int row, String kind, String respondent, Score score) {
    }

    /**
     * A score cell: {@code value} when it holds a number (or text that reads as one), {@code text} as typed when it
     * does not, both null when empty.
     */
    public record Score(BigDecimal value, String text) {
        public boolean blank() {
            return value == null && (text == null || text.isBlank());
        }
    }

    /** What a filled form says: the provider id and month it was made for, and its filled rows. */
    public record Filled(String providerId, String month, List<Line> lines) {
        public Filled {
            lines = List.copyOf(lines);
        }
    }

    public byte[] blank(Form form) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(form.sheetName());
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 15);
            CellStyle titleStyle = book.createCellStyle();
            titleStyle.setFont(big);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle input = book.createCellStyle();
            input.setBorderBottom(BorderStyle.HAIR);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            int r = 0;
            sheet.createRow(r).createCell(0).setCellValue(form.title());
            sheet.getRow(r).getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
            r++;
            sheet.createRow(r).createCell(0).setCellValue(form.subtitle());
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
            r++;
            for (String line : form.instructions()) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(line);
                row.getCell(0).setCellStyle(wrap);
                row.setHeightInPoints(line.length() > 60 ? 30 : 16);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
                r++;
            }
            r++;
            int headerRow = r;
            Row h = sheet.createRow(r++);
            for (int i = 0; i < form.headers().size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(form.headers().get(i));
                c.setCellStyle(head);
            }
            for (int i = 1; i <= form.rows(); i++) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(i);
                for (int col = KIND; col <= SCORE; col++) {
                    row.createCell(col).setCellStyle(input);
                }
            }
            int last = headerRow + Math.max(form.rows(), 1) + 200;
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidation kinds = dv.createValidation(dv.createExplicitListConstraint(form.kinds().toArray(String[]::new)),
                    new CellRangeAddressList(headerRow + 1, last, KIND, KIND));
            kinds.setShowErrorBox(true);
            sheet.addValidationData(kinds);
            DataValidation scores = dv.createValidation(dv.createDecimalConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "0", form.maxScore().toPlainString()),
                    new CellRangeAddressList(headerRow + 1, last, SCORE, SCORE));
            scores.setShowErrorBox(true);
            sheet.addValidationData(scores);
            int[] widths = {8, 14, 28, 16};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            Sheet meta = book.createSheet(META_SHEET);
            meta.createRow(0).createCell(0).setCellValue(MARKER);
            meta.createRow(1).createCell(0).setCellValue(form.providerId());
            meta.createRow(2).createCell(0).setCellValue(form.month());
            meta.createRow(3).createCell(0).setCellValue(headerRow);
            book.setSheetVisibility(book.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            book.setActiveSheet(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The filled rows of a form this class made; empty when the bytes are not an Excel workbook or not such a form
     * (the caller says which). Rows with nothing in 类别, 受访者 and 得分 are left out (unused seats of the panel).
     */
    public Optional<Filled> read(byte[] bytes) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet meta = book.getSheet(META_SHEET);
            if (meta == null || !MARKER.equals(text(meta, 0, 0)) || book.getNumberOfSheets() < 2) {
                return Optional.empty();
            }
            String provider = text(meta, 1, 0);
            String month = text(meta, 2, 0);
            int headerRow;
            try {
                headerRow = (int) Double.parseDouble(text(meta, 3, 0));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String kind = format.formatCellValue(row.getCell(KIND)).strip();
                String respondent = format.formatCellValue(row.getCell(RESPONDENT)).strip();
                Score score = score(row.getCell(SCORE), format);
                if (kind.isEmpty() && respondent.isEmpty() && score.blank()) {
                    continue;
                }
                lines.add(new Line(r + 1, kind, respondent, score));
            }
            return Optional.of(new Filled(provider, month, lines));
        } catch (IOException | RuntimeException e) {
            // not a workbook at all (a renamed text file, a truncated download, an old .xls damaged)
            return Optional.empty();
        }
    }

    private static Score score(Cell cell, DataFormatter format) {
        if (cell == null) {
            return new Score(null, null);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return new Score(BigDecimal.valueOf(cell.getNumericCellValue()), null);
        }
        String t = type == CellType.STRING ? cell.getStringCellValue().strip() : format.formatCellValue(cell).strip();
        if (t.isEmpty()) {
            return new Score(null, null);
        }
        try {
            return new Score(new BigDecimal(t.endsWith("分") ? t.substring(0, t.length() - 1).strip() : t), null);
        } catch (NumberFormatException e) {
            return new Score(null, t);
        }
    }

    private static String text(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        if (r == null || r.getCell(col) == null) {
            return "";
        }
        return new DataFormatter().formatCellValue(r.getCell(col)).strip();
    }
}
