package com.logicheck.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes small JPEGs with an EXIF APP1 segment made by hand, as a camera would (test fixture, no library). */
public final class ExifFixture {
    private ExifFixture() {
    }

    /** A 64×48 JPEG of {@code rgb} whose EXIF DateTimeOriginal is {@code taken} ("2026:11:08 09:14:30"). */
    public static Path jpeg(Path file, String taken, int rgb, ByteOrder order) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, rgb + x * 3 + y);
            }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] tiff = tiff(taken, order);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        int length = 2 + 6 + tiff.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.write(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        Files.createDirectories(file.getParent());
        return Files.write(file, out.toByteArray());
    }

    /** IFD0 with one entry pointing to an Exif IFD with one entry: DateTimeOriginal. */
    private static byte[] tiff(String taken, ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(64).order(order);
        b.put(order == ByteOrder.LITTLE_ENDIAN ? "II".getBytes(StandardCharsets.US_ASCII) : "MM".getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) 42).putInt(8);
        b.putShort((short) 1).putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        b.putShort((short) 1).putShort((short) 0x9003).putShort((short) 2).putInt(20).putInt(44).putInt(0);
        b.put((taken + "\0").getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }
}
