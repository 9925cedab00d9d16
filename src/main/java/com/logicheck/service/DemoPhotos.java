package com.logicheck.service;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** Makes small stand-in "evidence photos" (abstract scenes, no text) for the demo data. */
public final class DemoPhotos {
    private final Path folder;

    public DemoPhotos(Path folder) {
        this.folder = folder;
    }

    public Path make(Random random) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color wall = new Color(180 + random.nextInt(60), 180 + random.nextInt(60), 170 + random.nextInt(60));
        g.setPaint(new GradientPaint(0, 0, wall, 0, 300, wall.darker()));
        g.fillRect(0, 0, 640, 300);
        g.setColor(new Color(120 + random.nextInt(60), 110 + random.nextInt(50), 90 + random.nextInt(40)));
        g.fillRect(0, 300, 640, 180);
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillRoundRect(random.nextInt(560), 200 + random.nextInt(220), 30 + random.nextInt(90), 20 + random.nextInt(60), 12, 12);
        }
        g.setColor(new Color(200, 30, 30));
        g.setStroke(new BasicStroke(5));
        g.drawOval(150 + random.nextInt(300), 200 + random.nextInt(150), 140, 100);
        g.dispose();
        try {
            Files.createDirectories(folder);
            Path file = Files.createTempFile(folder, "现场照片-", ".jpg");
            ImageIO.write(image, "jpg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
