package com.logicheck.ui.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SignatureInkTest {

    @Test
    void anEmptyPadHasNoImage() {
        SignatureInk ink = new SignatureInk();
        assertThat(ink.isEmpty()).isTrue();
        assertThat(ink.toPng()).isNull();
    }

    @Test
    void strokesBecomeAPngCroppedToTheInkAtTwiceTheSize() throws Exception {
        SignatureInk ink = new SignatureInk();
        ink.begin(100, 100);
        ink.extend(200, 140);
        assertThat(ink.emptyProperty().get()).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ink.toPng()));
        assertThat(image.getWidth()).isEqualTo(200 + 24);
        assertThat(image.getHeight()).isEqualTo(80 + 24);
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(image.getRGB(112, 52) & 0xffffff).as("ink in the middle of the line").isNotEqualTo(0xffffff);

        ink.clear();
        assertThat(ink.isEmpty()).isTrue();
    }

    @Test
    void aTapIsADot() throws Exception {
        SignatureInk ink = new SignatureInk();
        ink.begin(5, 5);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ink.toPng()));
        assertThat(image.getRGB(12, 12) & 0xffffff).isNotEqualTo(0xffffff);
    }
}
