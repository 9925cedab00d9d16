package com.logicheck.ui.checklist;

import com.logicheck.domain.Scores;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.SectionScore;
import java.math.BigDecimal;
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

    /**
     * The heading's score in words that add up: 小计 − 扣 = 得, and where 不适用 items leave the heading (rescale
     * policy) 小计 − 不适用 − 扣 = 得, so a heading never shows a loss larger than what was deducted.
     */
    public String scoreText(Messages messages) {
        SectionScore s = score.get();
        if (s == null) {
            return messages.get("checklist.section.subtotal", Scores.format(section.subtotal()));
        }
        BigDecimal notApplicable = s.subtotal().subtract(s.capacity());
        return notApplicable.signum() == 0
                ? messages.get("checklist.section.score", Scores.format(s.subtotal()), Scores.format(s.deduction()),
                        Scores.format(s.earned()))
                : messages.get("checklist.section.scoreNa", Scores.format(s.subtotal()), Scores.format(notApplicable),
                        Scores.format(s.deduction()), Scores.format(s.earned()));
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
