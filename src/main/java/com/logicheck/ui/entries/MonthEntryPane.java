package com.logicheck.ui.entries;

import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.Columns;
import com.logicheck.ui.common.Dialogs;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

/**
 * The view of one 本月录入 tab, its common part written once: the headline over the form, the date field, the table of
 * the month's rows kept in step with the view model's selection, the columns by their fx:id, the 删除 button and the
 * locking of the form while the month is closed. Each tab's FXML gives these nodes the shared fx:ids
 * ({@code headline}, {@code date}, {@code table}, {@code removeButton}) and keeps its own {@code id} so that the four
 * tabs stay apart in the one scene; the kind's class binds only its own fields in {@link #bind()}.
 *
 * @param <R> the kind's row
 * @param <V> the kind's view model
 */
public abstract class MonthEntryPane<R, V extends MonthEntryViewModel<R>> {
    protected final V viewModel;
    protected final MonthEntries month;
    protected final Messages m;
    @FXML
    private Label headline;
    @FXML
    private DatePicker date;
    @FXML
    private TableView<R> table;
    @FXML
    private Button removeButton;

    protected MonthEntryPane(V viewModel, MonthEntries month) {
        this.viewModel = viewModel;
        this.month = month;
        this.m = month.messages();
    }

    @FXML
    private void initialize() {
        if (headline != null) {
            headline.textProperty().bind(viewModel.headlineProperty());
        }
        if (date != null) {
            date.setConverter(new LocalDateStringConverter(
                    DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
            date.valueProperty().bindBidirectional(viewModel.dateProperty());
            lock(date);
        }
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(r);
            }
        });
        viewModel.selectedProperty().addListener((o, a, r) -> {
            if (r != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(r);
            }
        });
        if (removeButton != null) {
            removeButton.disableProperty().bind(locked().or(none()));
        }
        bind();
    }

    /** Binds the kind's own fields, columns and keys; the common part is bound by then. */
    protected abstract void bind();

    /** True while nothing may be entered: the month is closed (a kind may add its own reason). */
    protected BooleanExpression locked() {
        return month.closedProperty();
    }

    /** True while no row is selected. */
    protected final BooleanBinding none() {
        return viewModel.selectedProperty().isNull();
    }

    /** The selected row, or null. */
    protected final R selected() {
        return viewModel.selectedProperty().get();
    }

    /** Disables the form's {@code nodes} while the tab is {@link #locked()}. */
    protected final void lock(Node... nodes) {
        BooleanExpression locked = locked();
        for (Node n : nodes) {
            n.disableProperty().bind(locked);
        }
    }

    /** Lets the table's column with fx:id {@code id} show {@code value} of each row. */
    @SuppressWarnings("unchecked")
    protected final void column(String id, Function<R, String> value) {
        TableColumn<R, ?> column = table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no column " + id + " in " + table.getId()));
        Columns.show((TableColumn<R, String>) column, value);
    }

    /** Gives the rows for which {@code marked} holds the style class {@code styleClass} (vetoing, relieved). */
    protected final void markRows(Predicate<R> marked, String styleClass) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(styleClass);
                if (!empty && item != null && marked.test(item)) {
                    getStyleClass().add(styleClass);
                }
            }
        });
    }

    /** Takes the selected row back with {@code remove} once the user agrees to {@code question} about it. */
    protected final void removeAsking(Dialogs files, Function<R, String> question, Consumer<R> remove) {
        R r = selected();
        if (r != null && files.confirm(window(), question.apply(r))) {
            remove.accept(r);
        }
    }

    /** The window the tab is shown in, to own its dialogs. */
    protected final Window window() {
        return table.getScene().getWindow();
    }

    protected final TableView<R> table() {
        return table;
    }
}
