package com.logicheck.ui.account;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A table cell edited in place that keeps what was typed when the focus leaves it (the stock TextFieldTableCell
 * drops it unless Enter was pressed), writing straight into the row's property. Enter and Tab move on, Esc cancels.
 */
final class TextCell<S> extends TableCell<S, String> {
    private final Function<S, StringProperty> property;
    private TextField field;

    private TextCell(Function<S, StringProperty> property) {
        this.property = property;
    }

    static <S> void install(TableColumn<S, String> column, Function<S, StringProperty> property) {
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(c -> new TextCell<>(property));
        column.setEditable(true);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new TextField(getItem());
        field.setOnAction(e -> {
            store();
            commitEdit(field.getText());
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing()) {
                store();
                commitEdit(field.getText());
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    private void store() {
        S row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null && field != null) {
            property.apply(row).set(field.getText());
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setText(getItem());
        setGraphic(null);
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        setText(value);
        setGraphic(null);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && field != null) {
            field.setText(item);
            setText(null);
            setGraphic(field);
        } else {
            setText(item);
            setGraphic(null);
        }
    }
}
