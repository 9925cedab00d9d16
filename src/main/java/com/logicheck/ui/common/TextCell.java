package com.logicheck.ui.account;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A table cell edited in place that keeps what was typed when the focus leaves it (the stock TextFieldTableCell
 * drops it unless Enter was pressed), writing straight into the row's property. Enter keeps the text, Tab goes to
 * the next cell, Esc cancels.
 */
final class TextCell<S> extends TableCell<S, String> {
    private static final String TYPED = "logicheck.typed";
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
        Object typed = getTableView().getProperties().remove(TYPED);
        field = new TextField(typed instanceof String t ? t : getItem());
        field.setOnAction(e -> {
            store();
            commitEdit(field.getText());
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                store();
                commitEdit(field.getText());
                moveRight(e.isShiftDown() ? -1 : 1);
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
        if (typed instanceof String) {
            field.end();
        } else {
            field.selectAll();
        }
    }

    /** Tab: the next cell to the right, wrapping to the next row's first cell (Shift+Tab goes back). */
    private void moveRight(int step) {
        TableView<S> table = getTableView();
        int col = table.getVisibleLeafIndex(getTableColumn()) + step;
        int row = getIndex();
        if (col >= table.getVisibleLeafColumns().size()) {
            col = 0;
            row++;
        } else if (col < 0) {
            col = table.getVisibleLeafColumns().size() - 1;
            row--;
        }
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        table.getSelectionModel().clearAndSelect(row, table.getVisibleLeafColumn(col));
        table.edit(row, table.getVisibleLeafColumn(col));
    }

    /**
     * Spreadsheet keys on a table of these cells: Enter or F2 edits the focused cell, and a typed character starts
     * editing with that character.
     */
    static <S> void keys(TableView<S> table) {
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && table.getEditingCell() == null) {
                var pos = table.getFocusModel().getFocusedCell();
                if (pos != null && pos.getRow() >= 0 && pos.getTableColumn() != null) {
                    table.edit(pos.getRow(), pos.getTableColumn());
                    e.consume();
                }
            }
        });
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (table.getEditingCell() != null || ch.isEmpty() || Character.isISOControl(ch.charAt(0))
                    || e.isControlDown() || e.isMetaDown()) {
                return;
            }
            var pos = table.getFocusModel().getFocusedCell();
            if (pos != null && pos.getRow() >= 0 && pos.getTableColumn() != null) {
                table.getProperties().put(TYPED, ch);
                table.edit(pos.getRow(), pos.getTableColumn());
                e.consume();
            }
        });
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
