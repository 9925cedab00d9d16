package com.logicheck.ui.common;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/**
 * One filter box of a screen (服务企业, 服务类别, 地点, 月份…): the choices it offers and the one chosen, kept together
 * so that each filter is declared, exposed and bound once.
 */
public final class Filter<T> {
    private final ObservableList<Choice<T>> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<T>> chosen = new SimpleObjectProperty<>();

    public ObservableList<Choice<T>> choices() {
        return choices;
    }

    public ObjectProperty<Choice<T>> chosenProperty() {
        return chosen;
    }

    /** The chosen value; null for none chosen or "全部". */
    public T value() {
        return chosen.get() == null ? null : chosen.get().value();
    }

    /** Offers "全部" ({@code all}) first, then {@code rest}, and chooses "全部". */
    public void offer(String all, List<Choice<T>> rest) {
        choices.setAll(new Choice<>(all, null));
        choices.addAll(rest);
        chosen.set(choices.get(0));
    }

    /** Lets the screen's {@code box} offer the choices and change the one chosen. */
    public void showIn(ComboBox<Choice<T>> box) {
        box.setItems(choices);
        box.valueProperty().bindBidirectional(chosen);
    }
}
