package com.logicheck.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExifTimeTest {
    @TempDir
    Path dir;

    @Test
    void readsDateTimeOriginalInEitherByteOrder() throws Exception {
        Path motorola = ExifFixture.jpeg(dir.resolve("a.jpg"), "2026:11:08 09:14:30", 0x305070, ByteOrder.BIG_ENDIAN);
        Path intel = ExifFixture.jpeg(dir.resolve("b.jpg"), "2025:01:31 23:59:59", 0x305070, ByteOrder.LITTLE_ENDIAN);
        assertThat(ExifTime.of(motorola)).contains(LocalDateTime.of(2026, 11, 8, 9, 14, 30));
        assertThat(ExifTime.of(intel)).contains(LocalDateTime.of(2025, 1, 31, 23, 59, 59));
        assertThat(ImageIO.read(motorola.toFile())).isNotNull();
    }

    @Test
    void aPhotoWithoutExifOrNotAJpegHasNoTimeAndNoError() throws Exception {
        Path png = dir.resolve("c.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path jpg = dir.resolve("d.jpg");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", jpg.toFile());
        Path text = Files.writeString(dir.resolve("e.jpg"), "not a photo");
        Path garbled = ExifFixture.jpeg(dir.resolve("f.jpg"), "2026:13:45 99:99:99", 0, ByteOrder.BIG_ENDIAN);
        assertThat(ExifTime.of(png)).isEmpty();
        assertThat(ExifTime.of(jpg)).isEmpty();
        assertThat(ExifTime.of(text)).isEmpty();
        assertThat(ExifTime.of(garbled)).isEmpty();
        assertThat(ExifTime.of(dir.resolve("missing.jpg"))).isEmpty();
    }
}
