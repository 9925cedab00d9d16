package com.logicheck.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * 拍摄时间: when a JPEG photo was taken, as its camera wrote it in EXIF (DateTimeOriginal, tag 0x9003; else the
 * picture's DateTime, tag 0x0132). Reads only the first APP1 segment (at most 64 KB); anything unreadable or absent
 * is simply "not known" — never an error. The time is the camera's local time, without an offset.
 */
public final class ExifTime {
    private static final int DATE_TIME = 0x0132;
    private static final int EXIF_IFD = 0x8769;
    private static final int DATE_TIME_ORIGINAL = 0x9003;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private ExifTime() {
    }

    /** The time the photo at {@code file} was taken, if its EXIF says. */
    public static Optional<LocalDateTime> of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return app1(in).flatMap(ExifTime::fromApp1);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The TIFF block of the first Exif APP1 segment, if the file is a JPEG that has one before its image data. */
    private static Optional<ByteBuffer> app1(InputStream in) throws IOException {
        if (in.read() != 0xFF || in.read() != 0xD8) {
            return Optional.empty();
        }
        while (true) {
            int ff = in.read();
            int marker = in.read();
            if (ff != 0xFF || marker < 0 || marker == 0xDA || marker == 0xD9) {
                return Optional.empty();
            }
            int length = (in.read() << 8) | in.read();
            if (length < 2) {
                return Optional.empty();
            }
            byte[] body = in.readNBytes(length - 2);
            if (body.length != length - 2) {
                return Optional.empty();
            }
            if (marker == 0xE1 && body.length > 14 && new String(body, 0, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                return Optional.of(ByteBuffer.wrap(body, 6, body.length - 6).slice());
            }
        }
    }

    private static Optional<LocalDateTime> fromApp1(ByteBuffer tiff) {
        String order = new String(new byte[] {tiff.get(0), tiff.get(1)}, StandardCharsets.ISO_8859_1);
        tiff.order(order.equals("II") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd0 = tiff.getInt(4);
        Optional<LocalDateTime> original = Optional.empty();
        long exif = entry(tiff, ifd0, EXIF_IFD);
        if (exif > 0) {
            original = text(tiff, (int) exif, DATE_TIME_ORIGINAL);
        }
        return original.isPresent() ? original : text(tiff, ifd0, DATE_TIME);
    }

    /** The value field of {@code tag} in the directory at {@code ifd} (its offset for long values), or -1. */
    private static long entry(ByteBuffer tiff, int ifd, int tag) {
        int count = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int at = ifd + 2 + 12 * i;
            if ((tiff.getShort(at) & 0xFFFF) == tag) {
                return tiff.getInt(at + 8) & 0xFFFFFFFFL;
            }
        }
        return -1;
    }

    private static Optional<LocalDateTime> text(ByteBuffer tiff, int ifd, int tag) {
        long offset = entry(tiff, ifd, tag);
        if (offset < 0 || offset + 19 > tiff.limit()) {
            return Optional.empty();
        }
        byte[] chars = new byte[19];
        tiff.get((int) offset, chars);
        try {
            return Optional.of(LocalDateTime.parse(new String(chars, StandardCharsets.US_ASCII), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
