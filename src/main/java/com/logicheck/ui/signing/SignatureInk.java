package com.logicheck.ui.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javax.imageio.ImageIO;

/**
 * 手写签名: the strokes drawn on a signature pad (mouse, touch or pen), in pad coordinates. Kept apart from the
 * pad so a view model can check and export a signature without a toolkit; {@link #toPng()} draws the strokes
 * again with Java2D at twice the size, cropped to the ink, dark blue on white (PDF/A needs no transparency).
 */
public final class SignatureInk {
    static final double SCALE = 2;
    static final double LINE = 2.4;
    private static final int MARGIN = 12;
    private final List<List<double[]>> strokes = new ArrayList<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final List<Runnable> listeners = new ArrayList<>();

    /** A pen touching down at (x, y). */
    public void begin(double x, double y) {
        List<double[]> stroke = new ArrayList<>();
        stroke.add(new double[] {x, y});
        strokes.add(stroke);
        changed();
    }

    /** The pen moving to (x, y); ignored when no stroke has begun. */
    public void extend(double x, double y) {
        if (strokes.isEmpty()) {
            begin(x, y);
            return;
        }
        strokes.get(strokes.size() - 1).add(new double[] {x, y});
        changed();
    }

    public void clear() {
        strokes.clear();
        changed();
    }

    /** The strokes, each a list of {x, y} points (read-only view). */
    public List<List<double[]>> strokes() {
        return Collections.unmodifiableList(strokes);
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Called after every change (the pad redraws). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        empty.set(strokes.isEmpty());
        listeners.forEach(Runnable::run);
    }

    /** The signature as PNG bytes, cropped to the ink; null when nothing was drawn. */
    public byte[] toPng() {
        if (strokes.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (List<double[]> s : strokes) {
            for (double[] p : s) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        int w = (int) Math.ceil((maxX - minX) * SCALE) + 2 * MARGIN;
        int h = (int) Math.ceil((maxY - minY) * SCALE) + 2 * MARGIN;
        BufferedImage image = new BufferedImage(Math.min(w, 4000), Math.min(h, 4000), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(new Color(0x10, 0x24, 0x6b));
            g.setStroke(new BasicStroke((float) (LINE * SCALE), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (List<double[]> s : strokes) {
                Path2D.Double path = new Path2D.Double();
                double[] first = s.get(0);
                path.moveTo(MARGIN + (first[0] - minX) * SCALE, MARGIN + (first[1] - minY) * SCALE);
                // a single tap is a dot: a zero-length segment drawn with round caps
                path.lineTo(MARGIN + (first[0] - minX) * SCALE, MARGIN + (first[1] - minY) * SCALE);
                for (double[] p : s.subList(1, s.size())) {
                    path.lineTo(MARGIN + (p[0] - minX) * SCALE, MARGIN + (p[1] - minY) * SCALE);
                }
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
