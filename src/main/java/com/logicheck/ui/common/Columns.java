package com.logicheck.ui.common;

import com.logicheck.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;

/** Read-only text columns for the screens' tables: a header from the messages, a row's text, a preferred width. */
public final class Columns {
    private final Messages messages;

    public Columns(Messages messages) {
        this.messages = messages;
    }

    /** A column headed by the message at {@code key} that shows {@code value} of each row. */
    public <S> TableColumn<S, String> text(String key, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(messages.get(key));
        show(c, value);
        c.setPrefWidth(width);
        return c;
    }

    /** As {@link #text}, for a tree table. */
    public <S> TreeTableColumn<S, String> treeText(String key, Function<S, String> value, double width) {
        TreeTableColumn<S, String> c = new TreeTableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Lets a column declared in FXML show {@code value} of each row. */
    public static <S> void show(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** Gives each non-empty cell of {@code column} its text as a tooltip, so that cut-off text can be read. */
    public static <S> TableColumn<S, String> withTooltips(TableColumn<S, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                textWithTooltip(this, item, empty);
            }
        });
        return column;
    }

    /** The same for a tree column: every non-empty cell has its text as a tooltip, so that cut-off text can be read. */
    public static <S> TreeTableColumn<S, String> withTooltips(TreeTableColumn<S, String> column) {
        column.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                textWithTooltip(this, item, empty);
            }
        });
        return column;
    }

    private static void textWithTooltip(Labeled cell, String item, boolean empty) {
        cell.setText(empty ? null : item);
        cell.setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
    }
}
