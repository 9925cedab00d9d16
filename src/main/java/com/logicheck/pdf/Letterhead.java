package com.logicheck.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisation's logo, printed at the top left of every score sheet, 整改通知单 and 月服务质量报告 (one instance
 * shared by their writers, ADR 0024). It is read from the data folder's {@code branding/logo.png} (PNG or JPEG
 * content) when that file changed since the last PDF (time or size), downscaled once so a photo-sized logo does not
 * bloat every page. No file, or a file that is not an image, prints no logo: a broken logo must never stop an
 * inspector from signing.
 */
public final class Letterhead {
    /** Printed height of the logo in points (about 1 cm). */
    static final float HEIGHT = 28;
    /** Largest embedded size in pixels (300 dpi at the printed height, and then some). */
    static final int MAX_PIXELS = 160;
    public static final Letterhead NONE = new Letterhead(null);
    private static final Logger LOG = LoggerFactory.getLogger(Letterhead.class);
    private final Path logoFile;
    private String loadedVersion;
    private BufferedImage logo;

    public Letterhead(Path logoFile) {
        this.logoFile = logoFile;
    }

    /** The logo as it will be embedded, or empty when there is none (or it cannot be read as an image). */
    public synchronized Optional<BufferedImage> logo() {
        if (logoFile == null || !Files.isRegularFile(logoFile)) {
            logo = null;
            loadedVersion = null;
            return Optional.empty();
        }
        try {
            String version = Files.getLastModifiedTime(logoFile) + "/" + Files.size(logoFile);
            if (!version.equals(loadedVersion)) {
                loadedVersion = version;
                logo = read(logoFile);
            }
        } catch (IOException e) {
            LOG.warn("logo {} not readable: {}", logoFile, e.getMessage());
            logo = null;
        }
        return Optional.ofNullable(logo);
    }

    /**
     * Draws the logo with its top at {@code top} and its left edge at {@code x}; returns the width used (0 when
     * there is no logo).
     */
    float draw(Canvas canvas, float x, float top) throws IOException {
        Optional<BufferedImage> image = logo();
        if (image.isEmpty()) {
            return 0;
        }
        BufferedImage img = image.get();
        float width = HEIGHT * img.getWidth() / img.getHeight();
        PDImageXObject xo = FlateImages.lossless(canvas.doc(), img);
        canvas.image(xo, x, top - HEIGHT, width, HEIGHT);
        return width;
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage source;
        try (InputStream in = Files.newInputStream(file)) {
            source = ImageIO.read(in);
        }
        if (source == null || source.getWidth() < 1 || source.getHeight() < 1) {
            LOG.warn("logo {} is not a PNG or JPEG image; printing without it", file);
            return null;
        }
        double scale = Math.min(1.0, (double) MAX_PIXELS / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
