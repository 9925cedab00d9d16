package com.logicheck.ui.checklist;

import com.logicheck.ui.common.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;

/**
 * Builds the inputs of the 扣分 editor: per rule its words, a field, its unit, how it deducts, and the error
 * under it. Field ids are {@code quantity0}, {@code quantity1} …; Enter commits, ↑/↓ step a range field; leaving
 * a field with a refused value shows the stored answer again.
 */
final class QuantityRows {
    private final GridPane grid;
    private final ChecklistViewModel viewModel;
    private final Runnable backToList;
    private final List<TextField> fields = new ArrayList<>();

    QuantityRows(GridPane grid, ChecklistViewModel viewModel, Runnable backToList) {
        this.grid = grid;
        this.viewModel = viewModel;
        this.backToList = backToList;
    }

    void rebuild(List<QuantityInput> inputs) {
        grid.getChildren().clear();
        fields.clear();
        int r = 0;
        for (QuantityInput input : inputs) {
            Label label = new Label(input.label());
            label.getStyleClass().add(Styles.QUANTITY_LABEL);
            label.setWrapText(true);
            TextField field = new TextField();
            field.setId("quantity" + input.index());
            field.setPrefColumnCount(5);
            field.textProperty().bindBidirectional(input.textProperty());
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    viewModel.leaveQuantities();
                }
            });
            label.setLabelFor(field);
            Label unit = new Label(input.unit());
            Label hint = new Label(input.hint());
            hint.getStyleClass().add(Styles.MUTED);
            hint.setWrapText(true);
            Label error = new Label();
            error.setId("quantityError" + input.index());
            error.getStyleClass().add(Styles.ERROR_TEXT);
            error.setWrapText(true);
            error.textProperty().bind(input.errorProperty());
            error.visibleProperty().bind(input.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            input.errorProperty().addListener((o, a, b) -> field.pseudoClassStateChanged(
                    PseudoClass.getPseudoClass(Styles.FIELD_ERROR), !b.isEmpty()));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                    if (viewModel.commit()) {
                        backToList.run();
                    }
                    e.consume();
                } else if (input.isRange() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                    input.step(e.getCode() == KeyCode.UP ? 1 : -1);
                    field.end();
                    e.consume();
                }
            });
            grid.addRow(r++, label, field, unit, hint);
            grid.add(error, 1, r++, 3, 1);
            fields.add(field);
        }
    }

    Optional<TextField> first() {
        return fields.isEmpty() ? Optional.empty() : Optional.of(fields.get(0));
    }
}
