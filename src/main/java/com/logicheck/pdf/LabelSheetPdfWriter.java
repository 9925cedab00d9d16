package com.logicheck.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * 点位码标签: an A4 sheet of 2 × 5 labels (105 × 59.4 mm, the common 10-up label paper), each with the place's QR code
 * (ZXing, error correction M, drawn as vector squares so it prints sharp at any scale), the place's name, its full
 * path in Chinese below and the short code for typing by hand. Thin cut marks frame every label.
 */
public final class LabelSheetPdfWriter {
    static final int COLUMNS = 2;
    static final int ROWS = 5;
    private static final float WIDTH = Canvas.A4.getWidth() / COLUMNS;
    private static final float HEIGHT = Canvas.A4.getHeight() / ROWS;
    private static final float QR = 100;
    private final CjkFont fonts;

    public LabelSheetPdfWriter(CjkFont fonts) {
        this.fonts = fonts;
    }

    /** One label: the place's name and path, the code its QR carries and the short code printed under it. */
    public record Label(String name, String path, String token, String shortCode) {
    }

    public byte[] write(String title, List<Label> labels) {
        try (PDDocument doc = new PDDocument(); Canvas canvas = new Canvas(doc, fonts.load(doc))) {
            for (int i = 0; i < labels.size(); i++) {
                int slot = i % (COLUMNS * ROWS);
                if (slot == 0) {
                    canvas.newPage();
                }
                float x = (slot % COLUMNS) * WIDTH;
                float top = Canvas.A4.getHeight() - (slot / COLUMNS) * HEIGHT;
                label(canvas, labels.get(i), x, top);
            }
            canvas.closeStream();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("LogiCheck");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    private static void label(Canvas canvas, Label label, float x, float top) throws IOException {
        canvas.fillColour(x, top - 0.3f, WIDTH, 0.3f, Canvas.GREY);
        canvas.fillColour(x, top - HEIGHT, 0.3f, HEIGHT, Canvas.GREY);
        float qrLeft = x + (WIDTH - QR) / 2;
        float qrTop = top - 10;
        qr(canvas, label.token(), qrLeft, qrTop, QR);
        float baseline = qrTop - QR - 18;
        canvas.block(List.of(label.name()), x + 8, WIDTH - 16, baseline + 12, baseline - 2, 11, Canvas.Align.CENTER,
                Canvas.BLACK, true);
        List<String> path = canvas.wrap(label.path(), 7.5f, WIDTH - 20);
        List<String> shown = path.size() > 2 ? path.subList(0, 2) : path;
        canvas.block(shown, x + 10, WIDTH - 20, baseline - 3, baseline - 3 - shown.size() * Canvas.lineHeight(7.5f), 7.5f,
                Canvas.Align.CENTER, Canvas.GREY, false);
        canvas.text(label.shortCode(), x + (WIDTH - canvas.width(label.shortCode(), 10)) / 2, top - HEIGHT + 8, 10,
                Canvas.BLACK, true);
    }

    /** The QR code of {@code text}, {@code size} points square, its top left corner at ({@code x}, {@code top}). */
    private static void qr(Canvas canvas, String text, float x, float top, float size) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
        float module = size / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                // a hair wider than the module so neighbouring squares leave no white seam when rendered
                canvas.fillColour(x + start * module, top - (row + 1) * module - 0.05f, (col - start) * module + 0.05f,
                        module + 0.1f, Canvas.BLACK);
            }
        }
    }
}
