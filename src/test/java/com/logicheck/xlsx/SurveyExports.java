package com.logicheck.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 问卷星 downloads as tests need them: 序号, 提交答卷时间, 来源, 1、您的身份, the score question; one row per answer. */
public final class SurveyExports {
    public static final String SCORE = "2、您对本月物业服务的总体评分（0-100分）";
    public static final String KIND = "1、您的身份";

    private SurveyExports() {
    }

    /** 30 answer sheets: one 100, one 30, twenty 90 and eight 80; the first ten from staff. */
    public static List<Object[]> thirty() {
        List<Object[]> list = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Object score = i == 0 ? 100 : i == 1 ? 30 : i < 22 ? 90 : 80;
            list.add(new Object[] {i < 10 ? "教职工" : "学生", score});
        }
        return list;
    }

    /** The download: a number in the score column stays a number, text stays text. */
    public static byte[] wenjuanxing(List<Object[]> answers) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Sheet1");
            String[] headers = {"序号", "提交答卷时间", "来源", KIND, SCORE};
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < answers.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue("2026/11/" + (10 + r % 15) + " 10:2" + r % 10 + ":05");
                row.createCell(2).setCellValue("微信");
                row.createCell(3).setCellValue((String) answers.get(r)[0]);
                if (answers.get(r)[1] instanceof Number n) {
                    row.createCell(4).setCellValue(n.doubleValue());
                } else {
                    row.createCell(4).setCellValue((String) answers.get(r)[1]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
