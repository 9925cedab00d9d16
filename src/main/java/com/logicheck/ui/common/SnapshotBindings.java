package com.logicheck.ui.common;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

/**
 * Binds a view to a view model's immutable snapshot: a view model that sets many texts together from one loaded
 * value publishes one record through one read-only property (so a screen never shows half of an old month and half
 * of a new one), and the view binds each label to one field of it, e.g.
 * {@code SnapshotBindings.text(totalLabel, vm.figures(), AssessmentFigures::total)}. Also the one way a node is shown
 * and laid out only while a condition holds.
 */
public final class SnapshotBindings {
    private SnapshotBindings() {
    }

    /** One field of the snapshot as text (empty while there is no snapshot). */
    public static <S> StringBinding field(ObservableValue<S> snapshot, Function<S, String> field) {
        return Bindings.createStringBinding(() -> snapshot.getValue() == null ? "" : field.apply(snapshot.getValue()),
                snapshot);
    }

    /** One yes/no of the snapshot (no while there is no snapshot). */
    public static <S> BooleanBinding flag(ObservableValue<S> snapshot, Predicate<S> flag) {
        return Bindings.createBooleanBinding(() -> snapshot.getValue() != null && flag.test(snapshot.getValue()),
                snapshot);
    }

    /** The label shows one field of the snapshot; returns that text for further bindings. */
    public static <S> StringBinding text(Labeled label, ObservableValue<S> snapshot, Function<S, String> field) {
        StringBinding text = field(snapshot, field);
        label.textProperty().bind(text);
        return text;
    }

    /** The label shows one field of the snapshot and takes no room while that field is empty. */
    public static <S> void textIfAny(Labeled label, ObservableValue<S> snapshot, Function<S, String> field) {
        shownWhen(label, text(label, snapshot, field).isNotEmpty());
    }

    /** The node is visible, and takes room in its layout, only while {@code when} holds. */
    public static void shownWhen(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(when::get, when));
        node.managedProperty().bind(node.visibleProperty());
    }
}
