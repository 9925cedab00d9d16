package com.logicheck.ui.signing;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * 签名板: a canvas that records strokes into a {@link SignatureInk}. Mouse, pen and touch all arrive as mouse
 * events (JavaFX synthesises them from touch), so one set of handlers serves all three. It redraws from the ink
 * when resized or cleared; a signing line and the prompt are drawn while it is empty.
 */
public final class SignaturePad extends Region {
    public static final String STYLE = "signature-pad";
    private final Canvas canvas = new Canvas();
    private final SignatureInk ink;
    private final String prompt;

    public SignaturePad(SignatureInk ink, String prompt) {
        this.ink = ink;
        this.prompt = prompt;
        getStyleClass().add(STYLE);
        getChildren().add(canvas);
        setMinSize(240, 120);
        setPrefSize(380, 160);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !isDisabled()) {
                ink.begin(e.getX(), e.getY());
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown() && !isDisabled()) {
                ink.extend(clamp(e.getX(), canvas.getWidth()), clamp(e.getY(), canvas.getHeight()));
                e.consume();
            }
        });
        ink.onChange(this::redraw);
        disabledProperty().addListener((o, a, b) -> redraw());
    }

    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            redraw();
        }
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setStroke(Color.web("#c5ccd4"));
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.strokeLine(20, h * 0.75, w - 20, h * 0.75);
        g.setLineDashes((double[]) null);
        if (ink.isEmpty()) {
            g.setFill(Color.web("#9aa5b1"));
            g.fillText(isDisabled() ? "" : prompt, 22, h * 0.75 - 8);
            return;
        }
        g.setStroke(Color.web("#10246b"));
        g.setLineWidth(SignatureInk.LINE);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (List<double[]> s : ink.strokes()) {
            g.beginPath();
            g.moveTo(s.get(0)[0], s.get(0)[1]);
            g.lineTo(s.get(0)[0], s.get(0)[1]);
            for (double[] p : s) {
                g.lineTo(p[0], p[1]);
            }
            g.stroke();
        }
    }
}
