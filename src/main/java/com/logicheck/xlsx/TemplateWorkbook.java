package com.logicheck.xlsx;

import com.logicheck.domain.Scores;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.CriteriaPhrases;
import com.logicheck.domain.template.GradeBandsText;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 考核表 as an Excel workbook in the paper form's layout, one sheet per template (ADR 0015):
 * <pre>
 * 1  title (merged A:F)
 * 2  编号 | code | 服务类别 | 工程维修 | 不适用项 | 按比例折算为总分
 * 3  等级 | 优秀≥90；良好≥80；中等≥70；不及格&lt;70 (merged B:D) | 来源 | source
 * 4  项目 | 考评内容 | 要求与说明 | 评分标准 | 分值 | 备注
 * 5… 工程管理（25分）(merged down its items) | 1.1 content | requirement | criteria | 5 | remark [可不适用]
 * end 检查人：… 检查时间：… （总分100分，得分：…）
 * </pre>
 * 评分标准 holds the sheet's wording and, when that wording is not the exact form of the rules, a 计分规则 line
 * ({@link CriteriaPhrases#cellText}). {@link TemplateSheetReader} reads the same form back.
 */
public final class TemplateWorkbook {
    static final int COLUMNS = 6;
    static final int[] WIDTHS = {12, 30, 46, 34, 7, 20};
    private final Messages messages;

    public TemplateWorkbook(Messages messages) {
        this.messages = messages;
    }

    public byte[] write(List<ChecklistTemplate> templates) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (ChecklistTemplate t : templates) {
                writeSheet(book.createSheet(sheetName(t.title(), names)), t, styles);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 补录 form: the template's sheet with two rows for the paper's fields under the title rows (服务单位, 地点, 检查人;
     * 检查日期, 检查时间) and a 扣分 column beside 备注, where only deducted items get points;
     * {@link PaperSheetReader} reads it back.
     */
    public byte[] writePaperForm(ChecklistTemplate template) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles st = new Styles(book);
            Sheet sheet = book.createSheet(sheetName(template.title(), new HashSet<>()));
            writeSheet(sheet, template, st);
            sheet.shiftRows(3, sheet.getLastRowNum(), 2);
            Row fields = sheet.createRow(3);
            Row day = sheet.createRow(4);
            String[] first = {"xlsx.paper.provider", "xlsx.paper.place", "xlsx.paper.inspector"};
            String[] second = {"xlsx.paper.date", "xlsx.paper.time"};
            for (int i = 0; i < first.length; i++) {
                cell(fields, 2 * i, messages.get(first[i]), st.label);
                cell(fields, 2 * i + 1, "", st.meta);
            }
            for (int i = 0; i < second.length; i++) {
                cell(day, 2 * i, messages.get(second[i]), st.label);
                cell(day, 2 * i + 1, "", st.meta);
            }
            Row head = sheet.getRow(5);
            cell(head, COLUMNS, messages.get("xlsx.paper.column.deduction"), st.header);
            sheet.setColumnWidth(COLUMNS, 9 * 256);
            for (int r = 6; r < sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    cell(row, COLUMNS, "", st.points);
                }
            }
            sheet.createFreezePane(0, 6);
            sheet.setRepeatingRows(new CellRangeAddress(5, 5, 0, COLUMNS));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Sheet" : title);
        base = base.length() > 27 ? base.substring(0, 27) : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            name = base + "(" + n + ")";
        }
        return name;
    }

    private void writeSheet(Sheet sheet, ChecklistTemplate t, Styles st) {
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        cell(title, 0, t.title(), st.title);
        for (int c = 1; c < COLUMNS; c++) {
            cell(title, c, "", st.title);
        }
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));

        Row meta = sheet.createRow(1);
        cell(meta, 0, messages.get("xlsx.template.code"), st.label);
        cell(meta, 1, t.code(), st.meta);
        cell(meta, 2, messages.get("xlsx.template.serviceLine"), st.label);
        cell(meta, 3, messages.label(t.serviceLine()), st.meta);
        cell(meta, 4, messages.get("xlsx.template.na"), st.label);
        cell(meta, 5, messages.get("xlsx.template.na." + t.naPolicy().name()), st.meta);
        Row meta2 = sheet.createRow(2);
        cell(meta2, 0, messages.get("xlsx.template.grades"), st.label);
        cell(meta2, 1, GradeBandsText.print(t.gradeBands()), st.meta);
        cell(meta2, 2, "", st.meta);
        cell(meta2, 3, "", st.meta);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 3));
        cell(meta2, 4, messages.get("xlsx.template.source"), st.label);
        cell(meta2, 5, t.source() == null ? "" : t.source(), st.meta);

        Row head = sheet.createRow(3);
        List<String> headers = TemplateSheetReader.headers(messages);
        for (int c = 0; c < COLUMNS; c++) {
            cell(head, c, headers.get(c), st.header);
        }
        int r = 4;
        for (TemplateSection section : t.sections()) {
            int first = r;
            for (TemplateItem item : section.items()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, first == r - 1 ? TemplateSheetReader.sectionText(section) : "", st.section);
                cell(row, 1, item.code() + " " + item.content(), st.text);
                cell(row, 2, item.requirement(), st.text);
                cell(row, 3, CriteriaPhrases.cellText(item.criteria(), item.rules()), st.text);
                Cell points = row.createCell(4);
                points.setCellValue(item.maxScore().doubleValue());
                points.setCellStyle(st.points);
                String remark = item.remark() == null ? "" : item.remark();
                if (item.naAllowed()) {
                    remark = remark.isBlank() ? messages.get("xlsx.template.naAllowed")
                            : remark + "\n" + messages.get("xlsx.template.naAllowed");
                }
                cell(row, 5, remark, st.text);
            }
            if (r - 1 > first) {
                sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
            }
        }
        Row footer = sheet.createRow(r);
        footer.setHeightInPoints(24);
        cell(footer, 0, messages.get("xlsx.template.footer", Scores.format(t.totalScore())), st.footer);
        for (int c = 1; c < COLUMNS; c++) {
            cell(footer, c, "", st.footer);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
        sheet.createFreezePane(0, 4);
        sheet.setRepeatingRows(new CellRangeAddress(3, 3, 0, COLUMNS - 1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(text == null ? "" : text);
        c.setCellStyle(style);
    }

    /** The few cell styles of the form: thin borders everywhere, wrapped text, the title large and centred. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle meta;
        final CellStyle header;
        final CellStyle section;
        final CellStyle text;
        final CellStyle points;
        final CellStyle footer;

        Styles(XSSFWorkbook book) {
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font bold = book.createFont();
            bold.setBold(true);
            title = style(book, HorizontalAlignment.CENTER, false);
            title.setFont(big);
            title.setBorderBottom(BorderStyle.NONE);
            title.setBorderTop(BorderStyle.NONE);
            title.setBorderLeft(BorderStyle.NONE);
            title.setBorderRight(BorderStyle.NONE);
            label = style(book, HorizontalAlignment.CENTER, false);
            label.setFont(bold);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            meta = style(book, HorizontalAlignment.LEFT, true);
            header = style(book, HorizontalAlignment.CENTER, true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = style(book, HorizontalAlignment.CENTER, true);
            section.setFont(bold);
            text = style(book, HorizontalAlignment.LEFT, true);
            points = style(book, HorizontalAlignment.CENTER, false);
            points.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0.##"));
            footer = style(book, HorizontalAlignment.LEFT, false);
            footer.setBorderBottom(BorderStyle.NONE);
            footer.setBorderLeft(BorderStyle.NONE);
            footer.setBorderRight(BorderStyle.NONE);
        }

        private static CellStyle style(XSSFWorkbook book, HorizontalAlignment align, boolean wrap) {
            CellStyle s = book.createCellStyle();
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

    /** For readers: the service line named by a label in any of the given languages, or by its enum name. */
    static ServiceLine serviceLine(String text, List<Messages> languages) {
        for (ServiceLine line : ServiceLine.values()) {
            if (line.name().equalsIgnoreCase(text) || languages.stream().anyMatch(m -> m.label(line).equals(text))) {
                return line;
            }
        }
        return null;
    }

    static NaPolicy naPolicy(String text, List<Messages> languages) {
        for (NaPolicy policy : NaPolicy.values()) {
            if (policy.name().equalsIgnoreCase(text)
                    || languages.stream().anyMatch(m -> m.get("xlsx.template.na." + policy.name()).equals(text))) {
                return policy;
            }
        }
        return null;
    }
}
