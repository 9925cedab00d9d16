package com.logicheck.ui.common;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

/**
 * Binds controls to one field of a view model's snapshot: a view model that shows many read-only texts from one
 * loaded value exposes them as one immutable record in one property, replaced in a single step, and the screen
 * reads each field through these helpers instead of one property per text.
 */
public final class SnapshotBindings {
    private SnapshotBindings() {
    }

    /** {@code label} shows {@code field} of the current snapshot ("" while there is none). */
    public static <T> void text(Labeled label, ObservableValue<T> snapshot, Function<T, String> field) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            T value = snapshot.getValue();
            return value == null ? "" : field.apply(value);
        }, snapshot));
    }

    /** As {@link #text}, and the label takes no room while its text is empty. */
    public static <T> void shownWhenNotEmpty(Labeled label, ObservableValue<T> snapshot, Function<T, String> field) {
        text(label, snapshot, field);
        shownWhen(label, label.textProperty().isNotEmpty());
    }

    /** {@code node} is shown, and takes room, only while {@code condition} holds. */
    public static void shownWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** True while {@code test} holds for the current snapshot (false while there is none), e.g. to enable a button. */
    public static <T> BooleanBinding flag(ObservableValue<T> snapshot, Predicate<T> test) {
        return Bindings.createBooleanBinding(() -> {
            T value = snapshot.getValue();
            return value != null && test.test(value);
        }, snapshot);
    }
}
