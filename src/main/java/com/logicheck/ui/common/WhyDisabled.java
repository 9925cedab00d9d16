package com.logicheck.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * Says why an action is refused (the one policy's refusal, in words) as a tooltip on the row that holds its buttons:
 * JavaFX shows no tooltip on a disabled control itself, so the holder carries it. No tooltip while there is nothing
 * to say.
 */
public final class WhyDisabled {
    private WhyDisabled() {
    }

    /** Shows {@code why} as {@code holder}'s tooltip whenever it is not empty. */
    public static void explain(Node holder, ObservableValue<String> why) {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Runnable apply = () -> {
            String text = why.getValue();
            if (text == null || text.isBlank()) {
                Tooltip.uninstall(holder, tip);
            } else {
                tip.setText(text);
                Tooltip.install(holder, tip);
            }
        };
        why.addListener((o, was, now) -> apply.run());
        apply.run();
    }
}
