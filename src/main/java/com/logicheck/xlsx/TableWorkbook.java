package com.logicheck.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plain table in Excel (.xlsx): a bold header row, then one row per record, every cell as text. Used for the
 * reference data a new organisation fills in (地点, 服务企业): the app writes an example, the user fills it in Excel or
 * WPS, the app reads it back.
 */
public final class TableWorkbook {
    /** Refuses workbooks that would take long to parse: reference data has at most a few thousand rows. */
    public static final int MAX_ROWS = 20_000;

    /** The unreadable file's reason, for a message. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(head);
                sheet.setColumnWidth(i, 22 * 256);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first sheet's rows, header included, each cell as the text Excel shows (numbers without ".0"); blank
     * rows are kept as empty lists so row numbers match what the user sees (row 1 = header).
     */
    public List<List<String>> read(byte[] xlsx) throws UnreadableException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            if (book.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new UnreadableException("more than " + MAX_ROWS + " rows", null);
            }
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(String.valueOf(e.getMessage()), e);
        }
    }
}
