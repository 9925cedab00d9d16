package com.logicheck.pdf;

import com.logicheck.files.Sha256;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Handwritten signature images (签名图片), decoded and compressed once: the check before signing and the sheet's page
 * use the same {@link Encoded} form, and the few images a laptop signs with again and again (the inspector's stored
 * signature) are kept by their content's SHA-256, so a signing decodes and deflates only the images it has not seen.
 * The cache is small and bounded; an image is public to whoever sees the signed sheet, so keeping it is no secret.
 */
public final class SignatureImages {
    /** The largest side a signature image may have (a pad makes a few hundred pixels). */
    public static final int MAX_SIDE = 4000;
    private static final int KEPT = 32;
    private static final Map<String, Optional<Encoded>> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Encoded>> eldest) {
            return size() > KEPT;
        }
    };

    private SignatureImages() {
    }

    /** A decoded image's size and its samples deflated ({@link FlateImages}), ready to go into any document. */
    public static final class Encoded {
        private final int width;
        private final int height;
        private final FlateImages.Deflated samples;

        private Encoded(int width, int height, FlateImages.Deflated samples) {
            this.width = width;
            this.height = height;
            this.samples = samples;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }

        PDImageXObject in(PDDocument doc) throws IOException {
            return samples.in(doc);
        }
    }

    /** The image of {@code png}, or empty when it is no readable image or larger than {@link #MAX_SIDE} a side. */
    public static Optional<Encoded> read(byte[] png) {
        String key = Sha256.hex(png);
        synchronized (CACHE) {
            Optional<Encoded> kept = CACHE.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Optional<Encoded> made = decode(png);
        synchronized (CACHE) {
            CACHE.put(key, made);
        }
        return made;
    }

    private static Optional<Encoded> decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null || image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
                return Optional.empty();
            }
            return Optional.of(new Encoded(image.getWidth(), image.getHeight(), FlateImages.deflate(image)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
