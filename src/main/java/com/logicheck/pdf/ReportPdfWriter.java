package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.MonthlyReport.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * 月服务质量报告 as an A4 PDF in the bundled font: a title block (with the organisation's logo at the top left, as on
 * the sheets, {@link Letterhead}), then per provider its assessment summary and three
 * vector charts (score by service line, 12-month trend of the monthly total, most frequent deductions). Each provider
 * starts on a new page; a chart that does not fit moves to the next page.
 */
public final class ReportPdfWriter extends LetterheadWriter {
    private static final float TITLE = 20;
    private static final float HEADING = 13;
    private static final float BODY = 9.5f;
    private static final float CHART_TITLE = 10.5f;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public ReportPdfWriter(CjkFont fonts, Messages messages) {
        this(fonts, messages, Letterhead.NONE);
    }

    public ReportPdfWriter(CjkFont fonts, Messages messages, Letterhead letterhead) {
        super(fonts, messages, letterhead);
    }

    public byte[] write(MonthlyReport report) {
        try (PDDocument doc = new PDDocument()) {
            Canvas c = new Canvas(doc, fonts.load(doc));
            ReportCharts charts = new ReportCharts(c);
            c.newPage();
            titleBlock(c, report);
            int index = 1;
            for (Section s : report.providers()) {
                if (index > 1) {
                    c.newPage();
                }
                section(c, charts, index++, s);
            }
            c.close();
            int n = c.pages().size();
            for (int i = 0; i < n; i++) {
                PDPage page = c.pages().get(i);
                c.stamp(page, messages.get("report.page", i + 1, n), Canvas.RIGHT, 28, 8, Canvas.Align.RIGHT);
                c.stamp(page, messages.get("report.footer", report.organisation(), report.month().toString()), Canvas.LEFT, 28, 8,
                        Canvas.Align.LEFT);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(messages.get("report.docTitle", report.organisation(), report.month().toString()));
            info.setCreator("LogiCheck");
            info.setCreationDate(GregorianCalendar.from(report.issued().atStartOfDay(ZoneId.systemDefault())));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    private void titleBlock(Canvas c, MonthlyReport r) throws IOException {
        String title = messages.get("report.title");
        float logoWidth = letterhead.draw(c, Canvas.LEFT, c.y + 4);
        c.text(title, (Canvas.A4.getWidth() - c.width(title, TITLE)) / 2, c.y - TITLE, TITLE, Canvas.BLACK, true);
        c.y -= logoWidth > 0 ? Math.max(TITLE * 1.9f, Letterhead.HEIGHT + 8) : TITLE * 1.9f;
        String sub = messages.get("report.subtitle", r.organisation(), r.month().toString(), r.issued().toString());
        c.text(sub, (Canvas.A4.getWidth() - c.width(sub, BODY)) / 2, c.y - BODY, BODY, Canvas.GREY, false);
        c.y -= BODY * 2.2f;
        c.line(Canvas.LEFT, c.y, Canvas.RIGHT, c.y);
        c.y -= 10;
        // one line per provider: the overview a director reads first
        c.text(messages.get("report.overview"), Canvas.LEFT, c.y - HEADING, HEADING, Canvas.BLACK, true);
        c.y -= HEADING * 1.7f;
        for (Section s : r.providers()) {
            String line = messages.get("report.overviewLine", s.provider(), s.total(), s.grade());
            c.text(line, Canvas.LEFT + 8, c.y - BODY, BODY, s.failed() ? Canvas.RED : Canvas.BLACK, false);
            c.y -= Canvas.lineHeight(BODY);
        }
        c.y -= 12;
    }

    private void section(Canvas c, ReportCharts charts, int index, Section s) throws IOException {
        c.text(messages.get("report.section", index, s.provider()), Canvas.LEFT, c.y - HEADING, HEADING, Canvas.BLACK, true);
        c.y -= HEADING * 1.8f;
        for (String line : s.summary()) {
            for (String w : c.wrap(line, BODY, Canvas.RIGHT - Canvas.LEFT - 8)) {
                room(c, Canvas.lineHeight(BODY));
                c.text(w, Canvas.LEFT + 8, c.y - BODY, BODY, Canvas.BLACK, false);
                c.y -= Canvas.lineHeight(BODY);
            }
        }
        if (!s.reliefs().isEmpty()) {
            c.y -= 6;
            room(c, HEADING * 2 + Canvas.lineHeight(BODY) * 2);
            c.text(messages.get("report.reliefs"), Canvas.LEFT, c.y - CHART_TITLE, CHART_TITLE, Canvas.BLACK, true);
            c.y -= CHART_TITLE * 1.9f;
            for (String line : s.reliefs()) {
                boolean detail = line.startsWith("    ");
                float indent = detail ? 20 : 8;
                for (String w : c.wrap(line.strip(), BODY, Canvas.RIGHT - Canvas.LEFT - indent)) {
                    room(c, Canvas.lineHeight(BODY));
                    c.text(w, Canvas.LEFT + indent, c.y - BODY, BODY, detail ? Canvas.GREY : Canvas.BLACK, false);
                    c.y -= Canvas.lineHeight(BODY);
                }
            }
        }
        c.y -= 10;
        chartTitle(c, messages.get("report.chart.serviceLines"), 130);
        c.y = s.serviceLines().isEmpty() ? none(c) : charts.bars(s.serviceLines(), c.y, 130, HUNDRED) - 10;
        chartTitle(c, messages.get("report.chart.trend", s.scale().stripTrailingZeros().toPlainString()), 120);
        c.y = charts.trend(s.trend(), c.y, 120, s.scale()) - 10;
        float topHeight = 15 * Math.max(1, s.topDeductions().size()) + 10;
        chartTitle(c, messages.get("report.chart.top"), topHeight + 20);
        c.y = s.topDeductions().isEmpty() ? none(c) : charts.horizontal(s.topDeductions(), c.y, messages.get("report.times")) - 12;
    }

    private void chartTitle(Canvas c, String title, float needs) throws IOException {
        room(c, needs + CHART_TITLE * 2);
        c.text(title, Canvas.LEFT, c.y - CHART_TITLE, CHART_TITLE, Canvas.BLACK, true);
        c.y -= CHART_TITLE * 1.9f;
    }

    private float none(Canvas c) throws IOException {
        c.text(messages.get("report.noData"), Canvas.LEFT + 8, c.y - BODY, BODY, Canvas.GREY, false);
        return c.y - BODY * 2.5f;
    }

    /** A new page when fewer than {@code height} points are left. */
    private static void room(Canvas c, float height) throws IOException {
        if (c.y - height < Canvas.BOTTOM) {
            c.newPage();
        }
    }
}
