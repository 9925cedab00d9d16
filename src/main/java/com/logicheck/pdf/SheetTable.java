package com.logicheck.pdf;

import com.logicheck.domain.Scores;
import com.logicheck.i18n.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The score table: 项目 | 考评内容 | 要求与说明 | 评分标准 | 分值 | 扣分 | 得分 | 扣分说明 | 备注, the heading cell merged
 * down its items and subtotal row, the header row repeated on every page, a heading's last item kept with its
 * subtotal. The inspector's finding (扣分说明) and the template's remark (备注) have a column each.
 */
final class SheetTable {
    static final float[] WIDTHS = {42, 54, 144, 84, 23, 23, 23, 90, 40.28f};
    static final float SIZE = 7.5f;
    static final float HEADER_SIZE = 8f;
    static final float PAD = 3f;
    private static final int SECTION = 0;
    private static final int CONTENT = 1;
    private static final int FINDING = 7;
    private static final int REMARK = 8;

    private final Canvas canvas;
    private final Messages messages;
    private final String continuedTitle;
    private final float[] x = new float[WIDTHS.length + 1];
    private float bodyTop;

    SheetTable(Canvas canvas, Messages messages, String continuedTitle) {
        this.canvas = canvas;
        this.messages = messages;
        this.continuedTitle = continuedTitle;
        x[0] = Canvas.LEFT;
        for (int i = 0; i < WIDTHS.length; i++) {
            x[i + 1] = x[i] + WIDTHS[i];
        }
    }

    void draw(SheetPrint sheet) throws IOException {
        header();
        for (SheetPrint.Section section : sheet.sections()) {
            section(section);
        }
        totalRow(sheet);
    }

    private void header() throws IOException {
        String[] keys = {"pdf.col.section", "pdf.col.content", "pdf.col.requirement", "pdf.col.criteria",
            "pdf.col.max", "pdf.col.deduction", "pdf.col.earned", "pdf.col.finding", "pdf.col.remark"};
        float h = Canvas.lineHeight(HEADER_SIZE) + 2 * PAD + 2;
        canvas.fill(x[0], canvas.y, x[WIDTHS.length] - x[0], h, 0.90f);
        for (int i = 0; i < keys.length; i++) {
            canvas.box(x[i], canvas.y, WIDTHS[i], h);
            canvas.block(List.of(messages.get(keys[i])), x[i], WIDTHS[i], canvas.y, canvas.y - h, HEADER_SIZE,
                    Canvas.Align.CENTER, Canvas.BLACK, true);
        }
        canvas.y -= h;
        bodyTop = canvas.y;
    }

    private void newPage() throws IOException {
        canvas.newPage();
        canvas.text(continuedTitle, Canvas.LEFT, canvas.y - 9, 9, Canvas.GREY, false);
        canvas.y -= 16;
        header();
    }

    private void section(SheetPrint.Section section) throws IOException {
        String label = section.title() + "\n" + messages.get("pdf.points", Scores.format(section.subtotal()));
        List<String> labelLines = canvas.wrap(label, SIZE, WIDTHS[SECTION] - 2 * PAD);
        float labelHeight = labelLines.size() * Canvas.lineHeight(SIZE) + 2 * PAD;
        float subtotalHeight = Canvas.lineHeight(SIZE) + 2 * PAD;
        float chunkTop = canvas.y;
        List<SheetPrint.Row> rows = section.rows();
        for (int i = 0; i < rows.size(); i++) {
            List<List<String>> cells = cells(rows.get(i));
            float h = height(cells);
            boolean first = canvas.y == chunkTop;
            if (first) {
                h = Math.max(h, labelHeight - subtotalHeight);
            }
            boolean last = i == rows.size() - 1;
            float needed = h + (last ? subtotalHeight : 0);
            // a row taller than a whole page is drawn where it is rather than pushed from page to page
            if (canvas.y - needed < Canvas.BOTTOM && canvas.y < bodyTop) {
                if (canvas.y < chunkTop) {
                    sectionCell(labelLines, chunkTop);
                }
                newPage();
                chunkTop = canvas.y;
                h = Math.max(height(cells), labelHeight - subtotalHeight);
            }
            row(rows.get(i), cells, h);
        }
        subtotalRow(section, subtotalHeight);
        sectionCell(labelLines, chunkTop);
    }

    private void sectionCell(List<String> lines, float top) throws IOException {
        canvas.box(x[SECTION], top, WIDTHS[SECTION], top - canvas.y);
        canvas.block(lines, x[SECTION] + PAD, WIDTHS[SECTION] - 2 * PAD, top, canvas.y, SIZE, Canvas.Align.CENTER,
                Canvas.BLACK, true);
    }

    private List<List<String>> cells(SheetPrint.Row row) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of());
        cells.add(wrap(row.code() + " " + row.content(), CONTENT));
        cells.add(wrap(row.requirement(), 2));
        cells.add(wrap(row.criteria(), 3));
        cells.add(wrap(Scores.format(row.max()), 4));
        cells.add(wrap(row.deduction(), 5));
        cells.add(wrap(row.earned(), 6));
        cells.add(wrap(String.join("\n", row.findings()), FINDING));
        cells.add(wrap(row.remark(), REMARK));
        return cells;
    }

    private List<String> wrap(String text, int column) {
        return canvas.wrap(text, SIZE, WIDTHS[column] - 2 * PAD);
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * Canvas.lineHeight(SIZE) + 2 * PAD;
    }

    private void row(SheetPrint.Row row, List<List<String>> cells, float h) throws IOException {
        float top = canvas.y;
        boolean deducted = !row.deduction().isEmpty() && !row.deduction().equals("0") && Character.isDigit(row.deduction().charAt(0));
        for (int c = 1; c < cells.size(); c++) {
            canvas.box(x[c], top, WIDTHS[c], h);
            Canvas.Align align = c == 2 || c == 3 || c == FINDING || c == REMARK ? Canvas.Align.LEFT : Canvas.Align.CENTER;
            float[] colour = deducted && (c == 5 || c == 6) ? Canvas.RED : Canvas.BLACK;
            canvas.block(cells.get(c), x[c] + PAD, WIDTHS[c] - 2 * PAD, top, top - h, SIZE, align, colour, false);
        }
        canvas.y -= h;
    }

    private void subtotalRow(SheetPrint.Section section, float h) throws IOException {
        float top = canvas.y;
        canvas.fill(x[1], top, x[WIDTHS.length] - x[1], h, 0.96f);
        canvas.box(x[1], top, x[4] - x[1], h);
        canvas.block(List.of(messages.get("pdf.subtotal", section.title())), x[1] + PAD, x[4] - x[1] - 2 * PAD, top,
                top - h, SIZE, Canvas.Align.RIGHT, Canvas.BLACK, true);
        numbers(top, h, section.subtotal(), section.deduction(), section.earned(), "");
        canvas.y -= h;
    }

    private void totalRow(SheetPrint sheet) throws IOException {
        float h = Canvas.lineHeight(SIZE + 1) + 2 * PAD + 2;
        if (canvas.y - h < Canvas.BOTTOM) {
            newPage();
        }
        float top = canvas.y;
        canvas.fill(x[0], top, x[WIDTHS.length] - x[0], h, 0.90f);
        canvas.box(x[0], top, x[4] - x[0], h);
        canvas.block(List.of(messages.get("pdf.total")), x[0] + PAD, x[4] - x[0] - 2 * PAD, top, top - h, SIZE + 1,
                Canvas.Align.CENTER, Canvas.BLACK, true);
        numbers(top, h, sheet.totalScore(), sheet.totalScore().subtract(sheet.score()).max(BigDecimal.ZERO),
                sheet.score(), messages.get("pdf.grade", sheet.grade()));
        canvas.y -= h;
    }

    private void numbers(float top, float h, BigDecimal max, BigDecimal deduction, BigDecimal earned, String remark)
            throws IOException {
        String[] values = {Scores.format(max), Scores.format(deduction), Scores.format(earned), remark};
        for (int i = 0; i < values.length; i++) {
            int c = 4 + i;
            // the last value (the grade) spans 扣分说明 and 备注
            float w = i == values.length - 1 ? x[WIDTHS.length] - x[c] : WIDTHS[c];
            canvas.box(x[c], top, w, h);
            canvas.block(List.of(values[i]), x[c] + PAD, w - 2 * PAD, top, top - h, SIZE,
                    Canvas.Align.CENTER, i == 1 && deduction.signum() > 0 ? Canvas.RED : Canvas.BLACK, true);
        }
    }
}
