package com.logicheck.ui.checklist;

import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.scoring.ItemScore;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** An item (考评内容) in the list with its live answer and score. */
public final class ItemRow implements ChecklistRow {
    private final TemplateItem item;
    private final int sectionIndex;
    private final int number;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>();

    /**
     * What the row shows: the stored answer (null while unanswered), the item's score, and whether the editor holds
     * a refused value that is not saved (未保存).
     */
    public record State(ItemResult result, ItemScore score, boolean unsaved) {
        public State(ItemResult result, ItemScore score) {
            this(result, score, false);
        }

        public Outcome outcome() {
            return result == null ? null : result.outcome();
        }

        public boolean answered() {
            return result != null;
        }

        public boolean deducted() {
            return score != null && score.deduction().signum() > 0;
        }
    }

    ItemRow(TemplateItem item, int sectionIndex, int number) {
        this.item = item;
        this.sectionIndex = sectionIndex;
        this.number = number;
    }

    public TemplateItem item() {
        return item;
    }

    public int sectionIndex() {
        return sectionIndex;
    }

    /** Position among the items of the sheet, from 0. */
    public int number() {
        return number;
    }

    public State state() {
        return state.get();
    }

    void setState(State value) {
        state.set(value);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    void markUnsaved(boolean unsaved) {
        State now = state.get();
        if (now.unsaved() != unsaved) {
            state.set(new State(now.result(), now.score(), unsaved));
        }
    }

    @Override
    public Observable changes() {
        return state;
    }
}
