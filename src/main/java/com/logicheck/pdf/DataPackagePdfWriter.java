package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes a signed data package's readable face as an A4 PDF/A-3b (ADR 0019): a title, label/value facts (who made
 * it, when, how many rows of each kind) and one line per listed entry, with the package's JSON embedded as the
 * associated file. {@link PdfSigner} signs it like a sheet, so a person can open any file in a sync folder.
 */
public final class DataPackagePdfWriter {
    private static final float SIZE = 9.5f;
    private final CjkFont fonts;

    public DataPackagePdfWriter(CjkFont fonts) {
        this.fonts = fonts;
    }

    /** Everything printed, already in words; {@code json} is embedded as {@code fileName}. */
    public record Print(String title, String author, String subject, String footer, OffsetDateTime createdAt,
                        List<Field> fields, List<String> lines, byte[] json, String fileName, String fileDescription,
                        String pageFormat) {
        public Print {
            fields = List.copyOf(fields);
            lines = List.copyOf(lines);
        }
    }

    public record Field(String label, String value) {
    }

    public byte[] write(Print print) {
        try (PDDocument doc = new PDDocument(); Canvas canvas = new Canvas(doc, fonts.load(doc))) {
            page(canvas, print.title(), print.fields(), print.lines());
            canvas.closeStream();
            stampPages(canvas, print.pageFormat(), print.footer());
            Calendar created = SheetPdfWriter.calendar(print.createdAt());
            PdfArchive.apply(doc, new PdfArchive.Facts(print.title(), print.author(), print.subject(), print.footer(),
                    created));
            PdfArchive.embedRecord(doc, print.fileName(), print.json(), print.fileDescription(), created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    /** A new page with the centred title, the labelled fields, then the plain lines (also RecordPdfWriter's). */
    static void page(Canvas canvas, String title, List<Field> fields, List<String> lines) throws IOException {
        canvas.newPage();
        float size = 15;
        canvas.text(title, (Canvas.LEFT + Canvas.RIGHT - canvas.width(title, size)) / 2, canvas.y - size, size,
                Canvas.BLACK, true);
        canvas.y -= size + 14;
        for (Field f : fields) {
            paragraph(canvas, f.label(), f.value(), true);
        }
        canvas.y -= 6;
        for (String line : lines) {
            paragraph(canvas, "", line, false);
        }
    }

    /** "page i of n", the footer and the product's name at the foot of every page; after the stream is closed. */
    static void stampPages(Canvas canvas, String pageFormat, String footer) throws IOException {
        List<PDPage> pages = canvas.pages();
        for (int i = 0; i < pages.size(); i++) {
            canvas.stamp(pages.get(i), String.format(pageFormat, i + 1, pages.size()),
                    (Canvas.LEFT + Canvas.RIGHT) / 2, 26, 8, Canvas.Align.CENTER);
            canvas.stamp(pages.get(i), footer, Canvas.LEFT, 26, 7, Canvas.Align.LEFT);
            canvas.stamp(pages.get(i), "LogiCheck", Canvas.RIGHT, 26, 7, Canvas.Align.RIGHT);
        }
    }

    private static void paragraph(Canvas canvas, String label, String value, boolean labelled) throws IOException {
        float indent = labelled ? 110 : 12;
        List<String> lines = canvas.wrap(value.isEmpty() ? " " : value, SIZE, Canvas.RIGHT - Canvas.LEFT - indent);
        float lh = Canvas.lineHeight(SIZE);
        if (canvas.y - lines.size() * lh < Canvas.BOTTOM) {
            canvas.newPage();
        }
        if (!label.isEmpty()) {
            canvas.text(label, Canvas.LEFT, canvas.y - SIZE, SIZE, Canvas.BLACK, true);
        }
        for (String line : lines) {
            canvas.text(line, Canvas.LEFT + indent, canvas.y - SIZE, SIZE, labelled ? Canvas.BLACK : Canvas.GREY, false);
            canvas.y -= lh;
        }
        canvas.y -= labelled ? 3 : 1;
    }
}
