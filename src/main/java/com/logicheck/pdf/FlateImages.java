package com.logicheck.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lossless images (signatures, the logo) as plain Flate-compressed RGB with a grey soft mask for transparency.
 * PDFBox's LosslessFactory tries a PNG predictor on every row, which made the three signature images a third of
 * the time to write a sheet; signatures are mostly transparent strokes, which deflate compresses well without one.
 */
final class FlateImages {
    private FlateImages() {
    }

    static PDImageXObject lossless(PDDocument doc, BufferedImage image) throws IOException {
        return deflate(image).in(doc);
    }

    /** An image's samples (and soft mask, when it has transparency) deflated, to be put into any document. */
    static final class Deflated {
        private final int width;
        private final int height;
        private final byte[] rgb;
        private final byte[] alpha;

        private Deflated(int width, int height, byte[] rgb, byte[] alpha) {
            this.width = width;
            this.height = height;
            this.rgb = rgb;
            this.alpha = alpha;
        }

        /** A new image object in {@code doc} (each document gets its own; the bytes are only read). */
        PDImageXObject in(PDDocument doc) throws IOException {
            PDImageXObject xo = stream(doc, rgb, width, height, PDDeviceRGB.INSTANCE);
            if (alpha != null) {
                xo.getCOSObject().setItem(COSName.SMASK, stream(doc, alpha, width, height, PDDeviceGray.INSTANCE));
            }
            return xo;
        }
    }

    static Deflated deflate(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[argb.length * 3];
        byte[] alpha = new byte[argb.length];
        boolean transparent = false;
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int a = p >>> 24;
            rgb[3 * i] = (byte) (p >> 16);
            rgb[3 * i + 1] = (byte) (p >> 8);
            rgb[3 * i + 2] = (byte) p;
            alpha[i] = (byte) a;
            transparent |= a != 0xff;
        }
        boolean mask = transparent && image.getColorModel().hasAlpha();
        return new Deflated(w, h, deflate(rgb), mask ? deflate(alpha) : null);
    }

    private static byte[] deflate(byte[] samples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length / 8 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, 8192)) {
            z.write(samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static PDImageXObject stream(PDDocument doc, byte[] deflated, int w, int h, PDColorSpace space)
            throws IOException {
        return new PDImageXObject(doc, new ByteArrayInputStream(deflated), COSName.FLATE_DECODE, w, h, 8, space);
    }
}
