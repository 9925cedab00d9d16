package com.logicheck.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
        PDImageXObject xo = stream(doc, rgb, w, h, PDDeviceRGB.INSTANCE);
        if (transparent && image.getColorModel().hasAlpha()) {
            xo.getCOSObject().setItem(COSName.SMASK, stream(doc, alpha, w, h, PDDeviceGray.INSTANCE));
        }
        return xo;
    }

    private static PDImageXObject stream(PDDocument doc, byte[] samples, int w, int h, PDColorSpace space)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length / 8 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, 8192)) {
            z.write(samples);
        } finally {
            deflater.end();
        }
        return new PDImageXObject(doc, new ByteArrayInputStream(out.toByteArray()), COSName.FLATE_DECODE, w, h, 8,
                space);
    }
}
