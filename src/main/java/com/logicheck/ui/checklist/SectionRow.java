package com.logicheck.ui.checklist;

import com.logicheck.domain.template.TemplateSection;
import com.logicheck.scoring.SectionScore;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A 项目 heading in the list, with its subtotal and live section score. */
public final class SectionRow implements ChecklistRow {
    private final int index;
    private final TemplateSection section;
    private final ObjectProperty<SectionScore> score = new SimpleObjectProperty<>();

    SectionRow(int index, TemplateSection section) {
        this.index = index;
        this.section = section;
    }

    public int index() {
        return index;
    }

    public TemplateSection section() {
        return section;
    }

    public SectionScore score() {
        return score.get();
    }

    void setScore(SectionScore value) {
        score.set(value);
    }

    public ReadOnlyObjectProperty<SectionScore> scoreProperty() {
        return score;
    }

    @Override
    public Observable changes() {
        return score;
    }
}
