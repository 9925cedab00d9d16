package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.MonthlyReport.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * 月服务质量报告 as an A4 PDF in the bundled font: a title block (with the organisation's logo at the top left, as on
 * the sheets, {@link Letterhead}), then per provider its assessment summary and three
 * vector charts (score by service line, 12-month trend of the monthly total, most frequent deductions). Each provider
 * starts on a new page; a chart that does not fit moves to the next page. The providers without a result that month
 * are named with the reason under the overview. PDF/A-3b, as the sheets ({@link PdfArchive}); {@link #writePublic}
 * writes the one-page 公示 of the month.
 */
public final class ReportPdfWriter extends LetterheadWriter {
    private static final float TITLE = 20;
    private static final float PUBLIC_TITLE = 16;
    private static final float HEADING = 13;
    private static final float BODY = 9.5f;
    private static final float CHART_TITLE = 10.5f;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The 公示 table's columns as parts of the page width: 序号, 服务企业, 总分, 等级, 考核金额, 状态. */
    private static final float[] COLUMNS = {0.07f, 0.35f, 0.18f, 0.10f, 0.17f, 0.13f};

    public ReportPdfWriter(CjkFont fonts, Messages messages) {
        this(fonts, messages, Letterhead.NONE);
    }

    public ReportPdfWriter(CjkFont fonts, Messages messages, Letterhead letterhead) {
        super(fonts, messages, letterhead);
    }

    /** The report, PDF/A-3b like the signed sheets it is archived beside. */
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
            return finish(c, report, messages.get("report.docTitle", report.organisation(), report.month().toString()),
                    messages.get("report.footer", report.organisation(), report.month().toString()));
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    /**
     * The 公示 page: one A4 page for the month, each provider's total, grade and money in a table fit to publish,
     * the providers without a result named with the reason, and the organisation and date under it. PDF/A-3b.
     */
    public byte[] writePublic(MonthlyReport report) {
        try (PDDocument doc = new PDDocument()) {
            Canvas c = new Canvas(doc, fonts.load(doc));
            c.newPage();
            String month = messages.get("report.public.month", String.valueOf(report.month().getYear()),
                    report.month().getMonthValue());
            float logoWidth = letterhead.draw(c, Canvas.LEFT, c.y + 4);
            centred(c, messages.get("report.public.title", report.organisation(), month), PUBLIC_TITLE, true);
            c.y -= logoWidth > 0 ? Math.max(PUBLIC_TITLE * 1.9f, Letterhead.HEIGHT + 8) : PUBLIC_TITLE * 1.9f;
            for (String w : c.wrap(messages.get("report.public.lead", month), BODY + 1, Canvas.RIGHT - Canvas.LEFT)) {
                c.text(w, Canvas.LEFT, c.y - BODY - 1, BODY + 1, Canvas.BLACK, false);
                c.y -= Canvas.lineHeight(BODY + 1);
            }
            c.y -= 8;
            publicTable(c, report);
            if (!report.omitted().isEmpty()) {
                c.y -= 8;
                omissions(c, report, BODY);
            }
            c.y -= 14;
            for (String key : List.of("report.public.provisionalNote", "report.public.contact")) {
                for (String w : c.wrap(messages.get(key), BODY, Canvas.RIGHT - Canvas.LEFT)) {
                    c.text(w, Canvas.LEFT, c.y - BODY, BODY, Canvas.GREY, false);
                    c.y -= Canvas.lineHeight(BODY);
                }
            }
            c.y -= 24;
            String signed = report.organisation();
            c.text(signed, Canvas.RIGHT - c.width(signed, BODY + 1), c.y - BODY, BODY + 1, Canvas.BLACK, false);
            c.y -= Canvas.lineHeight(BODY + 1);
            String day = report.issued().toString();
            c.text(day, Canvas.RIGHT - c.width(day, BODY + 1), c.y - BODY, BODY + 1, Canvas.BLACK, false);
            return finish(c, report, messages.get("report.public.docTitle", report.organisation(), report.month().toString()),
                    messages.get("report.public.footer", report.organisation(), report.month().toString()));
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    /** Page numbers and footer on every page, the PDF/A metadata and output intent (as the sheets), saved. */
    private byte[] finish(Canvas c, MonthlyReport report, String title, String footer) throws IOException {
        c.close();
        int n = c.pages().size();
        for (int i = 0; i < n; i++) {
            PDPage page = c.pages().get(i);
            c.stamp(page, messages.get("report.page", i + 1, n), Canvas.RIGHT, 28, 8, Canvas.Align.RIGHT);
            c.stamp(page, footer, Canvas.LEFT, 28, 8, Canvas.Align.LEFT);
        }
        Calendar created = GregorianCalendar.from(report.issued().atStartOfDay(ZoneId.systemDefault()));
        PdfArchive.apply(c.doc(), new PdfArchive.Facts(title, report.organisation(),
                messages.get("report.subject", report.organisation(), report.month().toString()),
                messages.get("report.keywords", report.month().toString()), created));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.doc().save(out);
        return out.toByteArray();
    }

    private void publicTable(Canvas c, MonthlyReport report) throws IOException {
        float width = Canvas.RIGHT - Canvas.LEFT;
        Optional<String> scale = commonScale(report.providers());
        List<String> head = List.of(messages.get("report.public.no"), messages.get("report.public.provider"),
                scale.map(x -> messages.get("report.public.total", x)).orElseGet(() -> messages.get("report.public.totalMixed")),
                messages.get("report.public.grade"), messages.get("report.public.money"), messages.get("report.public.state"));
        row(c, head, width, true);
        int no = 1;
        for (Section s : report.providers()) {
            String total = scale.isPresent() ? s.total() : messages.get("report.public.totalOf", s.total(), plain(s.scale()));
            row(c, List.of(String.valueOf(no++), s.provider(), total, messages.grade(s.grade()), s.money(),
                    messages.get(s.provisional() ? "report.public.provisional" : "report.public.closed")), width, false);
        }
    }

    /**
     * The full marks the 公示 column header can name: the providers' common scale, or empty when their schemes differ
     * (a 千分制 hospital beside a college scored out of 100); each total then says its own 「88.00 / 100」.
     */
    static Optional<String> commonScale(List<Section> providers) {
        List<String> scales = providers.stream().map(s -> plain(s.scale())).distinct().toList();
        return scales.size() == 1 ? Optional.of(scales.get(0)) : Optional.empty();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** One table row: cells wrapped in their column, the row as tall as its tallest cell, boxed. */
    private void row(Canvas c, List<String> cells, float width, boolean head) throws IOException {
        float size = head ? BODY : BODY + 0.5f;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> w = c.wrap(cells.get(i), size, COLUMNS[i] * width - 8);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * Canvas.lineHeight(size) + 8;
        if (head) {
            c.fill(Canvas.LEFT, c.y, width, height, 0.9f);
        }
        float x = Canvas.LEFT;
        for (int i = 0; i < cells.size(); i++) {
            float w = COLUMNS[i] * width;
            c.box(x, c.y, w, height);
            c.block(wrapped.get(i), x + 4, w - 8, c.y, c.y - height, size, i == 1 ? Canvas.Align.LEFT : Canvas.Align.CENTER,
                    Canvas.BLACK, head);
            x += w;
        }
        c.y -= height;
    }

    private void centred(Canvas c, String text, float size, boolean bold) throws IOException {
        for (String w : c.wrap(text, size, Canvas.RIGHT - Canvas.LEFT - 2 * Letterhead.HEIGHT)) {
            c.text(w, (Canvas.A4.getWidth() - c.width(w, size)) / 2, c.y - size, size, Canvas.BLACK, bold);
            c.y -= Canvas.lineHeight(size);
        }
        c.y += Canvas.lineHeight(size);
    }

    /** 未列入本报告: each provider without a result and the reason, in red so that no reader misses it. */
    private void omissions(Canvas c, MonthlyReport r, float size) throws IOException {
        room(c, HEADING * 2 + Canvas.lineHeight(size) * 2);
        c.text(messages.get("report.omitted"), Canvas.LEFT, c.y - CHART_TITLE, CHART_TITLE, Canvas.BLACK, true);
        c.y -= CHART_TITLE * 1.9f;
        for (MonthlyReport.Omission o : r.omitted()) {
            for (String w : c.wrap(messages.get("report.omittedLine", o.provider(), o.reason()), size,
                    Canvas.RIGHT - Canvas.LEFT - 8)) {
                room(c, Canvas.lineHeight(size));
                c.text(w, Canvas.LEFT + 8, c.y - size, size, Canvas.RED, false);
                c.y -= Canvas.lineHeight(size);
            }
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
            String line = messages.get("report.overviewLine", s.provider(), s.total(), s.grade())
                    + (s.provisional() ? messages.get("report.overviewProvisional") : "");
            c.text(line, Canvas.LEFT + 8, c.y - BODY, BODY, s.failed() ? Canvas.RED : Canvas.BLACK, false);
            c.y -= Canvas.lineHeight(BODY);
        }
        if (!r.omitted().isEmpty()) {
            c.y -= 6;
            omissions(c, r, BODY);
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
