package com.logicheck.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/** The computer's displays (JavaFX's {@code Screen}, a name our own {@link com.logicheck.ui.common.Screen} takes). */
public final class Displays {

    private Displays() {
    }

    /** The usable part of the primary display (without task bars), for the window's first size. */
    public static Rectangle2D primaryBounds() {
        return Screen.getPrimary().getVisualBounds();
    }
}
