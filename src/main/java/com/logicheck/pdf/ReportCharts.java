package com.logicheck.pdf;

import com.logicheck.domain.Scores;
import com.logicheck.pdf.MonthlyReport.Bar;
import com.logicheck.pdf.MonthlyReport.Point;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's charts as PDF vector graphics (no screenshots): vertical bars, a line over months, and horizontal
 * bars. Each draws inside a box whose top is {@code top} and returns the y below it.
 */
final class ReportCharts {
    static final float[] BAR = {0.08f, 0.40f, 0.75f};
    static final float[] LINE_COLOUR = {0.78f, 0.16f, 0.16f};
    static final float[] GRID = {0.85f, 0.87f, 0.90f};
    static final float[] AXIS = {0.45f, 0.45f, 0.45f};
    private final Canvas c;

    ReportCharts(Canvas canvas) {
        this.c = canvas;
    }

    /** Vertical bars on 0–{@code max}, value above each bar, label (up to two lines) below. */
    float bars(List<Bar> bars, float top, float height, BigDecimal max) throws IOException {
        float left = Canvas.LEFT + 30;
        float right = Canvas.RIGHT - 10;
        float labelSpace = 24;
        float bottom = top - height + labelSpace;
        float plotTop = top - 10;
        axes(left, right, bottom, plotTop, BigDecimal.ZERO, max, 5);
        if (bars.isEmpty()) {
            return top - height;
        }
        float slot = (right - left) / bars.size();
        float w = Math.min(46, slot * 0.55f);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            float x = left + slot * i + (slot - w) / 2;
            float h = scale(b.value(), BigDecimal.ZERO, max, plotTop - bottom);
            c.fillColour(x, bottom, w, h, BAR);
            String v = Scores.format(b.value());
            c.text(v, x + (w - c.width(v, 8)) / 2, bottom + h + 3, 8, Canvas.BLACK, false);
            List<String> label = c.wrap(b.label(), 7.5f, slot - 4);
            for (int l = 0; l < Math.min(2, label.size()); l++) {
                String t = label.get(l);
                c.text(t, left + slot * i + (slot - c.width(t, 7.5f)) / 2, bottom - 10 - l * 9.5f, 7.5f,
                        Canvas.BLACK, false);
            }
        }
        return top - height;
    }

    /** The monthly totals as a line with dots and values; months without a total leave a gap. */
    float trend(List<Point> points, float top, float height, BigDecimal scale) throws IOException {
        float left = Canvas.LEFT + 34;
        float right = Canvas.RIGHT - 14;
        float bottom = top - height + 16;
        float plotTop = top - 12;
        BigDecimal min = points.stream().map(Point::value).filter(v -> v != null).min(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        BigDecimal step = scale.divide(BigDecimal.TEN, 0, RoundingMode.DOWN);
        BigDecimal low = min.subtract(step).divide(step, 0, RoundingMode.FLOOR).multiply(step).max(BigDecimal.ZERO);
        axes(left, right, bottom, plotTop, low, scale, 5);
        float slot = (right - left) / Math.max(1, points.size());
        List<Float> run = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            float x = left + slot * i + slot / 2;
            String m = p.month().toString();
            c.text(m, x - c.width(m, 6.5f) / 2, bottom - 10, 6.5f, Canvas.BLACK, false);
            if (p.value() == null) {
                drawRun(run);
                run.clear();
                continue;
            }
            float y = bottom + scale(p.value(), low, scale, plotTop - bottom);
            run.add(x);
            run.add(y);
        }
        drawRun(run);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.value() != null) {
                float x = left + slot * i + slot / 2;
                float y = bottom + scale(p.value(), low, scale, plotTop - bottom);
                c.fillColour(x - 2, y - 2, 4, 4, LINE_COLOUR);
                String v = Scores.format(p.value());
                c.text(v, x - c.width(v, 6.5f) / 2, y + 5, 6.5f, Canvas.BLACK, false);
            }
        }
        return top - height;
    }

    private void drawRun(List<Float> run) throws IOException {
        float[] xy = new float[run.size()];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = run.get(i);
        }
        c.polyline(LINE_COLOUR, 1.4f, xy);
    }

    /** Horizontal bars, one row each: label on the left, bar and count to the right. */
    float horizontal(List<Bar> bars, float top, String unit) throws IOException {
        float row = 15;
        float labelWidth = 250;
        float x0 = Canvas.LEFT + labelWidth + 6;
        float right = Canvas.RIGHT - 40;
        BigDecimal max = bars.stream().map(Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        float y = top;
        for (Bar b : bars) {
            List<String> label = c.wrap(b.label(), 8, labelWidth);
            String first = label.isEmpty() ? "" : label.get(0) + (label.size() > 1 ? "…" : "");
            c.text(first, Canvas.LEFT, y - 11, 8, Canvas.BLACK, false);
            float w = scale(b.value(), BigDecimal.ZERO, max, right - x0);
            c.fillColour(x0, y - row + 3, Math.max(1, w), row - 6, BAR);
            String v = Scores.format(b.value()) + unit;
            c.text(v, x0 + w + 4, y - 11, 8, Canvas.BLACK, false);
            y -= row;
        }
        c.polyline(AXIS, 0.6f, x0, top, x0, y);
        return y;
    }

    private void axes(float left, float right, float bottom, float top, BigDecimal low, BigDecimal high, int ticks)
            throws IOException {
        BigDecimal span = high.subtract(low);
        for (int i = 0; i <= ticks; i++) {
            BigDecimal v = low.add(span.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(ticks), 2,
                    RoundingMode.HALF_UP));
            float y = bottom + (top - bottom) * i / ticks;
            if (i > 0) {
                c.polyline(GRID, 0.4f, left, y, right, y);
            }
            String t = Scores.format(v);
            c.text(t, left - 4 - c.width(t, 7), y - 2.5f, 7, Canvas.GREY, false);
        }
        c.polyline(AXIS, 0.6f, left, bottom, right, bottom);
        c.polyline(AXIS, 0.6f, left, bottom, left, top);
    }

    private static float scale(BigDecimal value, BigDecimal low, BigDecimal high, float length) {
        BigDecimal span = high.subtract(low);
        if (span.signum() <= 0) {
            return 0;
        }
        float f = value.subtract(low).floatValue() / span.floatValue();
        return Math.max(0, Math.min(1, f)) * length;
    }
}
