package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes the readable face of a signed record (ADR 0022) — one step of a 整改通知单 or one closing of a 月度考核 — as an
 * A4 PDF/A-3b: a title, label/value facts, free lines, and the evidence photos printed two to a row. The record's JSON
 * and every photo file (its original bytes, so the receiver gets the same SHA-256) are embedded as associated files;
 * {@link PdfSigner} then signs it like a sheet.
 */
public final class RecordPdfWriter {
    private static final float SIZE = 9.5f;
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
            canvas.newPage();
            float size = 15;
            canvas.text(print.title(), (Canvas.LEFT + Canvas.RIGHT - canvas.width(print.title(), size)) / 2,
                    canvas.y - size, size, Canvas.BLACK, true);
            canvas.y -= size + 14;
            for (DataPackagePdfWriter.Field f : print.fields()) {
                paragraph(canvas, f.label(), f.value(), true);
            }
            canvas.y -= 6;
            for (String line : print.lines()) {
                paragraph(canvas, "", line, false);
            }
            photos(canvas, print);
            canvas.closeStream();
            List<PDPage> pages = canvas.pages();
            for (int i = 0; i < pages.size(); i++) {
                canvas.stamp(pages.get(i), String.format(print.pageFormat(), i + 1, pages.size()),
                        (Canvas.LEFT + Canvas.RIGHT) / 2, 26, 8, Canvas.Align.CENTER);
                canvas.stamp(pages.get(i), print.footer(), Canvas.LEFT, 26, 7, Canvas.Align.LEFT);
                canvas.stamp(pages.get(i), "LogiCheck", Canvas.RIGHT, 26, 7, Canvas.Align.RIGHT);
            }
            Calendar created = SheetPdfWriter.calendar(print.createdAt());
            PdfArchive.apply(doc, new PdfArchive.Facts(print.title(), print.author(), print.subject(), print.footer(),
                    created));
            Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
            files.put(print.fileName(), spec(doc, print.fileName(), "application/json", print.json(),
                    print.fileDescription(), created));
            for (Attachment a : print.attachments()) {
                files.put(a.fileName(), spec(doc, a.fileName(), a.mimeType(), a.bytes(), a.fileName(), created));
            }
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(files);
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);
            COSArray af = new COSArray();
            files.values().forEach(af::add);
            catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    private static PDComplexFileSpecification spec(PDDocument doc, String name, String mime, byte[] bytes,
                                                   String description, Calendar created) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
        file.setSubtype(mime);
        file.setSize(bytes.length);
        file.setCreationDate(created);
        file.setModDate(created);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setFileDescription(description);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        return spec;
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
