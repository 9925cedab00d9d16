package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes the readable face of a signed record (ADR 0022) — one step of a 整改通知单 or one closing of a 月度考核 — as an
 * A4 PDF/A-3b: a title, label/value facts, free lines, and the evidence photos printed two to a row. The record's JSON
 * and every photo file (its original bytes, so the receiver gets the same SHA-256) are embedded as associated files;
 * {@link PdfSigner} then signs it like a sheet.
 */
public final class RecordPdfWriter {
    private static final float BOX_HEIGHT = 190;
    private final CjkFont fonts;

    public RecordPdfWriter(CjkFont fonts) {
        this.fonts = fonts;
    }

    /** An embedded file: a photo (printed too when {@code caption} is not null) or any other attachment. */
    public record Attachment(String fileName, String mimeType, byte[] bytes, String caption) {
    }

    /** Everything printed, already in words; {@code json} is embedded as {@code fileName}. */
    public record Print(String title, String author, String subject, String footer, OffsetDateTime createdAt,
                        List<DataPackagePdfWriter.Field> fields, List<String> lines, String photosHeading,
                        List<Attachment> attachments, byte[] json, String fileName, String fileDescription,
                        String pageFormat) {
        public Print {
            fields = List.copyOf(fields);
            lines = List.copyOf(lines);
            attachments = List.copyOf(attachments);
        }
    }

    public byte[] write(Print print) {
        try (PDDocument doc = new PDDocument(); Canvas canvas = new Canvas(doc, fonts.load(doc))) {
            DataPackagePdfWriter.page(canvas, print.title(), print.fields(), print.lines());
            photos(canvas, print);
            canvas.closeStream();
            DataPackagePdfWriter.stampPages(canvas, print.pageFormat(), print.footer());
            Calendar created = SheetPdfWriter.calendar(print.createdAt());
            PdfArchive.apply(doc, new PdfArchive.Facts(print.title(), print.author(), print.subject(), print.footer(),
                    created));
            List<PdfArchive.Attachment> originals = new ArrayList<>();
            for (Attachment a : print.attachments()) {
                originals.add(new PdfArchive.Attachment(a.fileName(), a.bytes(), a.mimeType(), a.fileName(), "Data"));
            }
            PdfArchive.embedRecord(doc, print.fileName(), print.json(), print.fileDescription(), created, originals);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    private void photos(Canvas canvas, Print print) throws IOException {
        List<Attachment> shown = print.attachments().stream().filter(a -> a.caption() != null).toList();
        if (shown.isEmpty()) {
            return;
        }
        float rowHeight = BOX_HEIGHT + 2 * Canvas.lineHeight(7.5f) + 12;
        if (canvas.y - 30 - rowHeight < Canvas.BOTTOM) {
            canvas.newPage();
        }
        canvas.y -= 8;
        canvas.text(print.photosHeading(), Canvas.LEFT, canvas.y - 11, 11, Canvas.BLACK, true);
        canvas.y -= 22;
        float cell = (Canvas.RIGHT - Canvas.LEFT - 12) / 2;
        for (int i = 0; i < shown.size(); i += 2) {
            if (canvas.y - rowHeight < Canvas.BOTTOM) {
                canvas.newPage();
            }
            for (int j = i; j < Math.min(i + 2, shown.size()); j++) {
                photo(canvas, shown.get(j), Canvas.LEFT + (j - i) * (cell + 12), cell);
            }
            canvas.y -= rowHeight;
        }
    }

    private static void photo(Canvas canvas, Attachment a, float x, float width) throws IOException {
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(a.bytes()));
        float top = canvas.y;
        if (original != null) {
            PDImageXObject image = JPEGFactory.createFromImage(canvas.doc(), PhotoAppendix.downscale(original), 0.8f);
            float scale = Math.min(width / image.getWidth(), BOX_HEIGHT / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            canvas.image(image, x + (width - w) / 2, top - BOX_HEIGHT + (BOX_HEIGHT - h) / 2, w, h);
        }
        canvas.box(x, top, width, BOX_HEIGHT);
        float baseline = top - BOX_HEIGHT - 7.5f - 3;
        List<String> lines = canvas.wrap(a.caption(), 7.5f, width);
        for (String line : lines.subList(0, Math.min(2, lines.size()))) {
            canvas.text(line, x, baseline, 7.5f, Canvas.BLACK, false);
            baseline -= Canvas.lineHeight(7.5f);
        }
    }
}
