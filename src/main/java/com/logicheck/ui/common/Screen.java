package com.logicheck.ui.common;

/** A screen's controller, told by the window when it is shown and when it is left. */
public interface Screen {

    /** Called once the screen is in the window: put the keyboard focus where work starts. */
    default void shown() {
    }

    /** Called before the screen is replaced or the window closes: save whatever is still pending. */
    default void leaving() {
    }
}
