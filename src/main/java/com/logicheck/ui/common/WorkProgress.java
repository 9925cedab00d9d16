package com.logicheck.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;

/**
 * A long piece of work a screen runs in the background (批量导出, 同步, 备份与恢复): whether it runs, how far it got
 * (0 to 1; -1 while that is not known yet), the files done in words, and the status line. The screens that show a bar
 * keep this state once instead of four properties each.
 */
public final class WorkProgress {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** The work starts at 0, saying {@code text}. */
    public void start(String text) {
        fraction.set(0);
        running.set(true);
        message.set(text);
    }

    /** {@code done} of {@code total} are finished, counted in words as {@code countText}. */
    public void step(int done, int total, String countText) {
        fraction.set((double) done / total);
        count.set(countText);
    }

    /** The work ended (done, refused or cancelled), saying {@code text}. */
    public void end(String text) {
        running.set(false);
        message.set(text);
    }

    /** The bar at {@code value} (0 to 1, or -1 for "not known yet"). */
    public void at(double value) {
        fraction.set(value);
    }

    /** The count of files done, in words ("" for none). */
    public void count(String text) {
        count.set(text);
    }

    /** The status line says {@code text}, whether or not work runs. */
    public void say(String text) {
        message.set(text);
    }

    /** Lets the screen's bar, count and status line show this work. */
    public void showIn(ProgressBar bar, Labeled countLabel, Labeled messageLabel) {
        bar.progressProperty().bind(fraction);
        countLabel.textProperty().bind(count);
        messageLabel.textProperty().bind(message);
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the work got: 0 to 1, -1 while not known. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
