package com.logicheck.pdf;

import com.logicheck.i18n.Messages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** 附录：现场照片: evidence photos two to a row, downscaled to print size, each with item, place and time. */
final class PhotoAppendix {
    /** Longest side after downscaling: about 200 dpi at the printed size. */
    static final int MAX_PIXELS = 720;
    private static final float GAP = 12;
    private static final float BOX_HEIGHT = 170;
    private static final float CAPTION = 7.5f;
    private final Canvas canvas;
    private final Messages messages;

    PhotoAppendix(Canvas canvas, Messages messages) {
        this.canvas = canvas;
        this.messages = messages;
    }

    void draw(List<SheetPrint.Photo> photos) throws IOException {
        if (photos.isEmpty()) {
            return;
        }
        canvas.newPage();
        canvas.text(messages.get("pdf.appendix", photos.size()), Canvas.LEFT, canvas.y - 12, 12, Canvas.BLACK, true);
        canvas.y -= 26;
        float cellWidth = (Canvas.RIGHT - Canvas.LEFT - GAP) / 2;
        float rowHeight = BOX_HEIGHT + 4 * Canvas.lineHeight(CAPTION) + GAP;
        for (int i = 0; i < photos.size(); i += 2) {
            if (canvas.y - rowHeight < Canvas.BOTTOM) {
                canvas.newPage();
            }
            for (int j = i; j < Math.min(i + 2, photos.size()); j++) {
                float x = Canvas.LEFT + (j - i) * (cellWidth + GAP);
                photo(photos.get(j), j + 1, x, cellWidth);
            }
            canvas.y -= rowHeight;
        }
    }

    private void photo(SheetPrint.Photo photo, int number, float x, float width) throws IOException {
        BufferedImage original = ImageIO.read(photo.file().toFile());
        if (original == null) {
            throw new IOException("not an image: " + photo.file().getFileName());
        }
        PDImageXObject image = JPEGFactory.createFromImage(canvas.doc(), downscale(original), 0.8f);
        float scale = Math.min(width / image.getWidth(), BOX_HEIGHT / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        float top = canvas.y;
        canvas.image(image, x + (width - w) / 2, top - BOX_HEIGHT + (BOX_HEIGHT - h) / 2, w, h);
        canvas.box(x, top, width, BOX_HEIGHT);
        float baseline = top - BOX_HEIGHT - CAPTION - 3;
        List<String> lines = canvas.wrap(messages.get("pdf.photoCaption", number, photo.caption()), CAPTION, width);
        for (String line : lines.subList(0, Math.min(4, lines.size()))) {
            canvas.text(line, x, baseline, CAPTION, Canvas.BLACK, false);
            baseline -= Canvas.lineHeight(CAPTION);
        }
    }

    /** RGB (no alpha), longest side at most {@link #MAX_PIXELS}. */
    static BufferedImage downscale(BufferedImage image) {
        double scale = Math.min(1.0, (double) MAX_PIXELS / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
