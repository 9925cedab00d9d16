package com.logicheck.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation's logo: downscaled once, re-read when the file changes, and never a reason to fail a PDF. */
class LetterheadTest {
    @TempDir
    Path dir;

    @Test
    void aLargeLogoIsDownscaledKeepingItsProportions() throws Exception {
        Path file = dir.resolve("logo.png");
        ImageIO.write(new BufferedImage(1200, 300, BufferedImage.TYPE_INT_ARGB), "png", file.toFile());
        BufferedImage logo = new Letterhead(file).logo().orElseThrow();
        assertThat(logo.getWidth()).isEqualTo(Letterhead.MAX_PIXELS);
        assertThat(logo.getHeight()).isEqualTo(Letterhead.MAX_PIXELS / 4);
    }

    @Test
    void aSmallJpegIsKeptAtItsSize() throws Exception {
        Path file = dir.resolve("logo.png");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
        BufferedImage logo = new Letterhead(file).logo().orElseThrow();
        assertThat(new int[] {logo.getWidth(), logo.getHeight()}).containsExactly(64, 48);
    }

    @Test
    void noFileOrAFileThatIsNotAnImagePrintsNoLogo() throws Exception {
        Path file = dir.resolve("logo.png");
        Letterhead letterhead = new Letterhead(file);
        assertThat(letterhead.logo()).isEmpty();
        Files.writeString(file, "这不是图片");
        assertThat(letterhead.logo()).isEmpty();
        assertThat(Letterhead.NONE.logo()).isEmpty();
    }

    @Test
    void aReplacedLogoIsReadAgainAndADeletedOneDisappears() throws Exception {
        Path file = dir.resolve("logo.png");
        ImageIO.write(new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB), "png", file.toFile());
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
        Letterhead letterhead = new Letterhead(file);
        assertThat(letterhead.logo().orElseThrow().getWidth()).isEqualTo(100);
        ImageIO.write(new BufferedImage(50, 100, BufferedImage.TYPE_INT_ARGB), "png", file.toFile());
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-02T00:00:00Z")));
        assertThat(letterhead.logo().orElseThrow().getWidth()).isEqualTo(50);
        Files.delete(file);
        assertThat(letterhead.logo()).isEmpty();
    }
}
