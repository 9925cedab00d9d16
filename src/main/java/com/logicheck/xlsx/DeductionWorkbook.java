package com.logicheck.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The month's sheets and deductions as an Excel workbook (.xlsx, Apache POI; ADR 0006): a header row in the
 * caller's language, one row per deduction, dates as real dates and points as numbers with two decimals, the header
 * frozen and filtered so the supervisor can sort and pivot.
 */
public final class DeductionWorkbook {
    /**
     * Column headers, in order: date, provider, place, template, kind, item code, content, points, note, inspector,
     * sheet score, sheet number (the 编号 printed on the sheet's PDF).
     */
    public static final int COLUMNS = 12;

    public byte[] write(String sheetName, List<String> headers, List<DeductionRow> rows) {
        if (headers.size() != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " headers, got " + headers.size());
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle points = book.createCellStyle();
            points.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0.00"));
            Row h = sheet.createRow(0);
            for (int i = 0; i < COLUMNS; i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(head);
            }
            int r = 1;
            for (DeductionRow d : rows) {
                Row row = sheet.createRow(r++);
                Cell day = row.createCell(0);
                day.setCellValue(d.date());
                day.setCellStyle(date);
                row.createCell(1).setCellValue(d.provider());
                row.createCell(2).setCellValue(d.place());
                row.createCell(3).setCellValue(d.template());
                row.createCell(4).setCellValue(d.kind());
                row.createCell(5).setCellValue(d.itemCode());
                row.createCell(6).setCellValue(d.content());
                Cell p = row.createCell(7);
                p.setCellValue(d.deduction().doubleValue());
                p.setCellStyle(points);
                row.createCell(8).setCellValue(d.note());
                row.createCell(9).setCellValue(d.inspector());
                Cell s = row.createCell(10);
                if (d.sheetScore() != null) {
                    s.setCellValue(d.sheetScore().doubleValue());
                }
                s.setCellStyle(points);
                row.createCell(11).setCellValue(d.sheetNumber());
            }
            int[] widths = {12, 26, 26, 28, 10, 8, 48, 8, 36, 10, 10, 12};
            for (int i = 0; i < COLUMNS; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
