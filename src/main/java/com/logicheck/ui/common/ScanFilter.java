package com.logicheck.ui.common;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The scene-wide filter that recognises a keyboard-wedge scan wherever the focus is (issue 16): key presses are fed
 * to {@link WedgeScan}; keys it holds are consumed (pressed and typed), so a scan lands neither in a text field nor
 * in a screen's shortcuts (P, N, D answer a checklist item); a scan ends with Enter and goes to {@code onScan}. Held
 * keys that turn out to be a person typing are given back to the focused text field, at the latest when the pause
 * timer runs out. Scene filters run before every node's, so this sees the keys first.
 */
public final class ScanFilter {
    private final WedgeScan scan = new WedgeScan();
    private final Scene scene;
    private final LongSupplier nanos;
    private final Predicate<String> wholeCode;
    private final Consumer<String> onScan;
    private final PauseTransition pause = new PauseTransition();
    private boolean swallowTyped;

    private ScanFilter(Scene scene, LongSupplier nanos, Predicate<String> wholeCode, Consumer<String> onScan) {
        this.scene = scene;
        this.nanos = nanos;
        this.wholeCode = wholeCode;
        this.onScan = onScan;
        pause.setOnFinished(e -> giveBack(scan.timeout(nanos.getAsLong())));
    }

    /** Installs the filter on {@code scene}; {@code nanos}: the key clock (a test's fake one, else System::nanoTime). */
    public static ScanFilter attach(Scene scene, LongSupplier nanos, Predicate<String> wholeCode, Consumer<String> onScan) {
        ScanFilter filter = new ScanFilter(scene, nanos, wholeCode, onScan);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter.pressed());
        scene.addEventFilter(KeyEvent.KEY_TYPED, filter.typed());
        return filter;
    }

    private EventHandler<KeyEvent> pressed() {
        return e -> {
            swallowTyped = false;
            if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.getCode().isModifierKey()) {
                return;
            }
            long now = nanos.getAsLong();
            if (e.getCode() == KeyCode.ENTER) {
                WedgeScan.Step step = scan.enter(now, wholeCode);
                pause.stop();
                if (step.scanned() != null) {
                    e.consume();
                    onScan.accept(step.scanned());
                } else {
                    giveBack(step.release());
                }
                return;
            }
            String text = e.getText();
            if (text == null || text.length() != 1) {
                giveBack(scan.timeout(Long.MAX_VALUE));
                return;
            }
            char c = e.isShiftDown() ? Character.toUpperCase(text.charAt(0)) : text.charAt(0);
            WedgeScan.Step step = scan.typed(c, now);
            giveBack(step.release());
            if (step.consume()) {
                e.consume();
                swallowTyped = true;
                pause.setDuration(Duration.millis(scan.patienceNanos() / 1_000_000.0 + 30));
                pause.playFromStart();
            }
        };
    }

    private EventHandler<KeyEvent> typed() {
        return e -> {
            if (swallowTyped) {
                swallowTyped = false;
                String c = e.getCharacter();
                if (c != null && c.length() == 1) {
                    scan.typedAs(c.charAt(0));
                }
                e.consume();
            }
        };
    }

    /** Types {@code text} into the focused text field after all (a person's keys, held for a moment). */
    private void giveBack(String text) {
        if (text.isEmpty()) {
            return;
        }
        Node focus = scene.getFocusOwner();
        if (focus instanceof TextInputControl field && field.isEditable()) {
            field.replaceSelection(text);
        }
    }
}
