package com.logicheck.ui.entries;

import com.logicheck.i18n.Messages;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService.MonthState;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every 本月录入 tab holds, written once so that the four kinds (投诉, 不予扣分与申辩, 一票否决, 满意度调查) differ only
 * in their own fields and rules: the month they enter into, the rows of the month as it now stands (re-shown after
 * every change), the selected row, the line above the form (the scheme's rule or the month's verdict), the day a new
 * dated entry takes (today inside the month) and the change of one row as the current user.
 *
 * @param <R> the kind's row, as its table shows it
 */
public abstract class MonthEntryViewModel<R> {
    protected final MonthEntries month;
    protected final AssessmentEntries entries;
    protected final Messages m;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");

    /** A change of one row as the current user: {@code actor} is the person it is recorded for. */
    @FunctionalInterface
    protected interface RowChange {
        void run(UUID actor) throws Exception;
    }

    protected MonthEntryViewModel(MonthEntries month, AssessmentEntries entries) {
        this.month = month;
        this.entries = entries;
        this.m = month.messages();
        date.set(month.defaultDate());
        month.stateProperty().addListener((o, a, s) -> show(s));
    }

    /** Shows the month as it now stands: the kind's rows, its headline and what else it derives from the month. */
    protected abstract void show(MonthState s);

    /** The day typed for a new entry; null (and the reason said) when it lies outside the month. */
    protected final LocalDate dayInMonth() {
        LocalDate day = date.get();
        return month.inMonth(day) ? day : null;
    }

    /**
     * Runs {@code work} on {@code row} in the background as the current user, then {@code after} and the message at
     * {@code doneKey} (the month is read again); a refusal is said and changes nothing.
     */
    protected final void change(R row, RowChange work, Consumer<R> after, String doneKey, Object... args) {
        month.change(actor -> {
            work.run(actor);
            return row;
        }, after, doneKey, args);
    }

    /** What was typed into {@code field}, without the spaces around it ("" when nothing). */
    protected static String typed(StringProperty field) {
        return field.get() == null ? "" : field.get().strip();
    }

    protected final void headline(String text) {
        headline.set(text);
    }

    public ObservableList<R> rows() {
        return rows;
    }

    public ObjectProperty<R> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }
}
