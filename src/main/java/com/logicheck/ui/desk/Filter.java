package com.logicheck.ui.desk;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One of the desk's filter boxes (服务企业, 服务类别, 地点, 状态): the choices it offers and the one chosen, kept
 * together so that each filter is declared, exposed and bound once.
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
    void offer(String all, List<Choice<T>> rest) {
        choices.setAll(new Choice<>(all, null));
        choices.addAll(rest);
        chosen.set(choices.get(0));
    }
}
