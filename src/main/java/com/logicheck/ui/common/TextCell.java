package com.logicheck.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A spreadsheet-style table cell edited in place, written once for every table typed into like a sheet (the
 * first-run wizard's places and providers). It writes straight into the row's property and keeps what was typed
 * when the focus leaves it (the stock TextFieldTableCell drops it unless Enter was pressed). With {@link #sheet}
 * on its table: a typed character on a focused cell starts editing with that character, and characters typed
 * faster than the editor takes the focus go into the editor too (none is lost); Enter keeps the text and goes to
 * the next row's first cell (a new row after the last filled one), Tab to the next cell, Esc cancels; a click
 * below the last row goes to an empty last row instead of leaving the row above focused; each row is coloured by
 * its state ({@link RowState}).
 */
public final class TextCell<S> extends TableCell<S, String> {
    /** How a row stands: blank, good (green), a warning such as a duplicate, an error. */
    public enum RowState {
        BLANK, OK, WARNING, ERROR;

        final PseudoClass pseudo() {
            return PseudoClass.getPseudoClass("row-" + name().toLowerCase(Locale.ROOT));
        }
    }

    private static final String TYPED = "logicheck.typed";
    private static final String EDITOR = "logicheck.editor";
    private final Function<S, StringProperty> property;
    private TextField field;

    private TextCell(Function<S, StringProperty> property) {
        this.property = property;
    }

    /** Makes {@code column} a column of these cells over the rows' {@code property}. */
    public static <S> void install(TableColumn<S, String> column, Function<S, StringProperty> property) {
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
        TableView<S> table = getTableView();
        Object typed = table.getProperties().remove(TYPED);
        field = new TextField(typed instanceof String t ? t : getItem());
        field.setOnAction(e -> {
            e.consume();
            store();
            commitEdit(field.getText());
            nextRow();
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
        table.getProperties().put(EDITOR, field);
        setText(null);
        setGraphic(field);
        // a new field gets its skin, and with it the handling of keys, only at the next pulse: keys typed before
        // it (a fast typist, a wedge scanner) would reach a field that ignores them, so the skin is made now
        field.applyCss();
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
        int columns = editableColumns(table);
        if (col >= columns) {
            col = 0;
            row++;
        } else if (col < 0) {
            col = columns - 1;
            row--;
        }
        editAt(table, row, col);
    }

    /** Enter: the first cell of the next row; after the last row a new row, unless the last one is still blank. */
    private void nextRow() {
        TableView<S> table = getTableView();
        int row = getIndex() + 1;
        if (row >= table.getItems().size()) {
            Runnable add = addRow(table);
            if (add == null || rowBlank(table, row - 1)) {
                return;
            }
            add.run();
        }
        editAt(table, row, 0);
    }

    private static <S> void editAt(TableView<S> table, int row, int col) {
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        table.getSelectionModel().clearAndSelect(row, table.getVisibleLeafColumn(col));
        table.scrollTo(row);
        table.edit(row, table.getVisibleLeafColumn(col));
    }

    /** The columns typed into: those of these cells (a state column after them is read-only). */
    private static <S> int editableColumns(TableView<S> table) {
        int n = 0;
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            if (c.isEditable()) {
                n++;
            }
        }
        return n;
    }

    private static <S> boolean rowBlank(TableView<S> table, int row) {
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        for (TableColumn<S, ?> c : columns) {
            if (c.isEditable() && c.getCellData(row) instanceof String s && !s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Runnable addRow(TableView<?> table) {
        return (Runnable) table.getProperties().get(ADD_ROW);
    }

    private static final String ADD_ROW = "logicheck.addRow";

    /**
     * Spreadsheet keys and rows on a table of these cells: Enter or F2 edits the focused cell, a typed character
     * starts editing with that character, and characters that arrive before the editor has the focus go into it.
     * {@code addRow} appends a blank row (Enter after the last row, a click below it); {@code state} says how each
     * row stands (its pseudo-class {@code row-ok}, {@code row-warning}, {@code row-error}).
     */
    public static <S> void sheet(TableView<S> table, Runnable addRow, Function<S, ObservableValue<RowState>> state) {
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getProperties().put(ADD_ROW, addRow);
        table.setRowFactory(t -> stateRow(table, state));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null && !(e.getTarget() instanceof TextInputControl)
                    && table.getProperties().get(EDITOR) instanceof TextField editor && editor.getScene() != null) {
                // a key pressed before the editor took the focus (Tab, Enter, Esc, Backspace…) is the editor's
                e.consume();
                editor.requestFocus();
                editor.fireEvent(e.copyFor(editor, editor));
                return;
            }
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && table.getEditingCell() == null
                    && !e.isShortcutDown()) {
                var pos = table.getFocusModel().getFocusedCell();
                if (pos != null && pos.getRow() >= 0 && pos.getTableColumn() != null && pos.getTableColumn().isEditable()) {
                    table.edit(pos.getRow(), pos.getTableColumn());
                    e.consume();
                }
            }
        });
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> typed(table, e));
    }

    private static <S> void typed(TableView<S> table, KeyEvent e) {
        String ch = e.getCharacter();
        if (e.getTarget() instanceof TextInputControl || ch.isEmpty() || Character.isISOControl(ch.charAt(0))
                || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        if (table.getEditingCell() != null) {
            // typed faster than the editor took the focus: the character belongs to it all the same
            if (table.getProperties().get(EDITOR) instanceof TextField editor && editor.getScene() != null) {
                editor.replaceSelection(ch);
                editor.requestFocus();
            } else {
                table.getProperties().merge(TYPED, ch, (a, b) -> String.valueOf(a) + b);
            }
            e.consume();
            return;
        }
        var pos = table.getFocusModel().getFocusedCell();
        if (pos != null && pos.getRow() >= 0 && pos.getTableColumn() != null && pos.getTableColumn().isEditable()) {
            table.getProperties().put(TYPED, ch);
            table.edit(pos.getRow(), pos.getTableColumn());
            e.consume();
        }
    }

    /** A row coloured by its state; a click on an empty row below the last goes to a blank last row. */
    private static <S> TableRow<S> stateRow(TableView<S> table, Function<S, ObservableValue<RowState>> state) {
        TableRow<S> row = new TableRow<>() {
            private ObservableValue<RowState> watched;
            private final ChangeListener<RowState> paint = (o, old, now) -> paint(now);

            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                if (watched != null) {
                    watched.removeListener(paint);
                }
                watched = empty || item == null ? null : state.apply(item);
                if (watched != null) {
                    watched.addListener(paint);
                }
                paint(watched == null ? RowState.BLANK : watched.getValue());
            }

            private void paint(RowState now) {
                for (RowState s : RowState.values()) {
                    pseudoClassStateChanged(s.pseudo(), s == now);
                }
            }
        };
        row.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!row.isEmpty()) {
                return;
            }
            e.consume();
            int last = table.getItems().size() - 1;
            Runnable add = addRow(table);
            if ((last < 0 || !rowBlank(table, last)) && add != null) {
                add.run();
                last = table.getItems().size() - 1;
            }
            table.requestFocus();
            editAt(table, last, 0);
        });
        return row;
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
        getTableView().getProperties().remove(EDITOR, field);
        setText(getItem());
        setGraphic(null);
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        getTableView().getProperties().remove(EDITOR, field);
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
            // a layout pass while typing: the editor keeps what was typed so far (it is stored on commit)
            setText(null);
            setGraphic(field);
        } else {
            setText(item);
            setGraphic(null);
        }
    }
}
