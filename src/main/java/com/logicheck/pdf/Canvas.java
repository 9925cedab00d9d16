package com.logicheck.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Pages of one A4 document and the drawing primitives the sheet needs: text lines, boxes, images. */
final class Canvas implements AutoCloseable {
    static final PDRectangle A4 = PDRectangle.A4;
    static final float LEFT = 36;
    static final float RIGHT = A4.getWidth() - 36;
    static final float TOP = A4.getHeight() - 40;
    static final float BOTTOM = 52;
    static final float LINE = 1.38f;
    static final float[] BLACK = {0, 0, 0};
    static final float[] GREY = {0.35f, 0.35f, 0.35f};
    static final float[] RED = {0.72f, 0.05f, 0.05f};

    enum Align { LEFT, CENTER, RIGHT }

    private final PDDocument doc;
    private final CjkFont.Font font;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    float y;

    Canvas(PDDocument doc, CjkFont.Font font) {
        this.doc = doc;
        this.font = font;
    }

    CjkFont.Font font() {
        return font;
    }

    PDDocument doc() {
        return doc;
    }

    List<PDPage> pages() {
        return pages;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(doc, page);
        stream.setLineWidth(0.5f);
        y = TOP;
    }

    float width(String text, float size) {
        return font.width(text, size);
    }

    List<String> wrap(String text, float size, float width) {
        return TextWrap.lines(font, text, size, width);
    }

    static float lineHeight(float size) {
        return size * LINE;
    }

    /** One line of text with its baseline at {@code baseline}. */
    void text(String text, float x, float baseline, float size, float[] rgb, boolean bold) throws IOException {
        String printable = font.printable(text).replace('\n', ' ');
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.pdFont(), size);
        stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        if (bold) {
            stream.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            stream.setLineWidth(size / 32f);
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
        if (bold) {
            stream.setLineWidth(0.5f);
            stream.setStrokingColor(0f, 0f, 0f);
        }
    }

    /** Wrapped lines inside a box, each aligned, the block centred vertically in [bottom, top]. */
    void block(List<String> lines, float x, float width, float top, float bottom, float size, Align align,
               float[] rgb, boolean bold) throws IOException {
        float lh = lineHeight(size);
        float blockHeight = lines.size() * lh;
        float first = top - (top - bottom - blockHeight) / 2 - lh + (lh - size) / 2 + size * 0.12f;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            float w = width(line, size);
            float lx = switch (align) {
                case LEFT -> x;
                case CENTER -> x + (width - w) / 2;
                case RIGHT -> x + width - w;
            };
            text(line, lx, first - i * lh, size, rgb, bold);
        }
    }

    void box(float x, float top, float width, float height) throws IOException {
        stream.addRect(x, top - height, width, height);
        stream.stroke();
    }

    void fill(float x, float top, float width, float height, float grey) throws IOException {
        stream.setNonStrokingColor(grey, grey, grey);
        stream.addRect(x, top - height, width, height);
        stream.fill();
        stream.setNonStrokingColor(0f, 0f, 0f);
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void image(PDImageXObject image, float x, float bottom, float width, float height) throws IOException {
        stream.drawImage(image, x, bottom, width, height);
    }

    /** A filled rectangle in a colour (charts). */
    void fillColour(float x, float bottom, float width, float height, float[] rgb) throws IOException {
        stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        stream.addRect(x, bottom, width, height);
        stream.fill();
        stream.setNonStrokingColor(0f, 0f, 0f);
    }

    /** A line through {@code xy} pairs (x0, y0, x1, y1, …) in a colour and width (charts). */
    void polyline(float[] rgb, float width, float... xy) throws IOException {
        if (xy.length < 4) {
            return;
        }
        stream.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        stream.setLineWidth(width);
        stream.moveTo(xy[0], xy[1]);
        for (int i = 2; i + 1 < xy.length; i += 2) {
            stream.lineTo(xy[i], xy[i + 1]);
        }
        stream.stroke();
        stream.setLineWidth(0.5f);
        stream.setStrokingColor(0f, 0f, 0f);
    }

    void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /** Adds text to a finished page (page numbers once the page count is known). */
    void stamp(PDPage page, String text, float x, float baseline, float size, Align align) throws IOException {
        closeStream();
        try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            String printable = font.printable(text);
            float w = width(printable, size);
            float lx = align == Align.CENTER ? x - w / 2 : align == Align.RIGHT ? x - w : x;
            s.beginText();
            s.setFont(font.pdFont(), size);
            s.setNonStrokingColor(GREY[0], GREY[1], GREY[2]);
            s.newLineAtOffset(lx, baseline);
            s.showText(printable);
            s.endText();
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
