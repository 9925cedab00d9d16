package com.logicheck.ui.checklist;

import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.ItemScore;
import com.logicheck.service.SheetPhoto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail editor of the selected item: its texts, the answer being edited (one {@link QuantityInput} per
 * rule while deducting), the note, the photos and the messages next to them. Edits are reported to the
 * checklist view model, which decides what is stored.
 */
public final class ItemEditorModel {
    private final Messages messages;
    private final Runnable onQuantityEdited;
    private final ReadOnlyObjectWrapper<ItemRow> row = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper deductMode = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ObservableList<QuantityInput> quantities = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper noteEnabled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper photoError = new ReadOnlyStringWrapper("");
    private final ObservableList<SheetPhoto> photos = FXCollections.observableArrayList();
    private boolean loading;

    ItemEditorModel(Messages messages, Runnable onQuantityEdited, Runnable onNoteEdited) {
        this.messages = messages;
        this.onQuantityEdited = onQuantityEdited;
        note.addListener((o, a, b) -> {
            if (!loading) {
                onNoteEdited.run();
            }
        });
    }

    /** Shows an item as stored: quantities, note and photos. */
    void load(ItemRow newRow, List<SheetPhoto> itemPhotos) {
        loading = true;
        try {
            row.set(newRow);
            TemplateItem item = newRow.item();
            ItemResult result = newRow.state().result();
            List<QuantityInput> inputs = new ArrayList<>();
            for (int i = 0; i < item.rules().size(); i++) {
                QuantityInput input = new QuantityInput(item, i, messages);
                if (result != null && result.outcome() == Outcome.DEDUCT && i < result.quantities().size()) {
                    input.show(result.quantities().get(i));
                }
                input.textProperty().addListener((o, a, b) -> {
                    if (!loading) {
                        onQuantityEdited.run();
                    }
                });
                inputs.add(input);
            }
            quantities.setAll(inputs);
            deductMode.set(result != null && result.outcome() == Outcome.DEDUCT);
            note.set(result == null ? "" : result.note());
            photos.setAll(itemPhotos);
            problem.set("");
            photoError.set("");
            refresh(newRow.state());
        } finally {
            loading = false;
        }
    }

    /** Updates what follows from the stored answer (score, cap warning, note allowed) without touching the inputs. */
    void refresh(ItemRow.State state) {
        ItemScore s = state.score();
        outcome.set(state.outcome());
        noteEnabled.set(state.answered());
        if (state.unsaved()) {
            scoreText.set(messages.get("checklist.item.unsaved", !state.answered() ? messages.get("checklist.status.open")
                    : state.outcome() == Outcome.DEDUCT ? messages.get("checklist.item.deducted", Scores.format(s.deduction()))
                    : messages.label(state.outcome())));
        } else if (!state.answered()) {
            scoreText.set(messages.get("checklist.item.open", Scores.format(s.max())));
        } else if (state.outcome() == Outcome.NOT_APPLICABLE) {
            scoreText.set(messages.get("checklist.item.na"));
        } else {
            scoreText.set(messages.get("checklist.item.score", Scores.format(s.deduction()), Scores.format(s.earned()),
                    Scores.format(s.max())));
        }
        warning.set(s.capped() ? messages.get("problem.item.capped", row.get().item().code(),
                Scores.format(s.uncappedDeduction()), Scores.format(s.max())) : "");
    }

    void startDeduction() {
        deductMode.set(true);
    }

    /** The quantities typed (blank = 0), or null when one of them is not acceptable (its error is shown). */
    List<BigDecimal> validQuantities() {
        List<BigDecimal> values = new ArrayList<>();
        boolean ok = true;
        for (QuantityInput input : quantities) {
            BigDecimal v = input.value(messages);
            ok &= v != null;
            values.add(v);
        }
        return ok ? values : null;
    }

    boolean anyQuantityError() {
        return quantities.stream().anyMatch(q -> !q.error().isEmpty());
    }

    void setProblem(String text) {
        problem.set(text);
    }

    void setPhotoError(String text) {
        photoError.set(text);
    }

    public ReadOnlyObjectProperty<ItemRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public ItemRow row() {
        return row.get();
    }

    /** The stored outcome of the item (null while unanswered). */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty deductModeProperty() {
        return deductMode.getReadOnlyProperty();
    }

    public boolean deductMode() {
        return deductMode.get();
    }

    public ObservableList<QuantityInput> quantities() {
        return quantities;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty noteEnabledProperty() {
        return noteEnabled.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty photoErrorProperty() {
        return photoError.getReadOnlyProperty();
    }

    public ObservableList<SheetPhoto> photos() {
        return photos;
    }
}
