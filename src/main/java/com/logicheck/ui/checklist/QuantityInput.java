package com.logicheck.ui.checklist;

import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.i18n.Messages;
import com.logicheck.scoring.ItemDeduction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The input for one clause of an item's 评分标准: a count (PER_OCCURRENCE), an amount in the rule's unit
 * (PER_UNIT) or the points chosen in min~max (RANGE). Blank means 0. Checked with the same rules the service
 * applies, so a quantity shown as fine is one the service will store.
 */
public final class QuantityInput {
    private final TemplateItem item;
    private final int index;
    private final DeductionRule rule;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final String unit;
    private final String hint;

    QuantityInput(TemplateItem item, int index, Messages messages) {
        this.item = item;
        this.index = index;
        this.rule = item.rules().get(index);
        if (rule instanceof DeductionRule.PerOccurrence p) {
            unit = messages.get("checklist.unit.times");
            hint = messages.get("checklist.rule.perOccurrence", Scores.format(p.points()));
        } else if (rule instanceof DeductionRule.PerUnit u) {
            unit = u.unit();
            hint = u.unitSize().compareTo(BigDecimal.ONE) == 0
                    ? messages.get("checklist.rule.perOneUnit", u.unit(), Scores.format(u.points()))
                    : messages.get("checklist.rule.perUnit", Scores.format(u.unitSize()), u.unit(), Scores.format(u.points()));
        } else {
            DeductionRule.Range r = (DeductionRule.Range) rule;
            unit = messages.get("checklist.unit.points");
            hint = messages.get("checklist.rule.range", Scores.format(r.min()), Scores.format(r.max()),
                    Scores.format(r.step()));
        }
    }

    public String label() {
        return rule.label();
    }

    public String unit() {
        return unit;
    }

    public String hint() {
        return hint;
    }

    public int index() {
        return index;
    }

    public boolean isRange() {
        return rule instanceof DeductionRule.Range;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /** Shows a stored quantity; 0 shows as blank. */
    void show(BigDecimal quantity) {
        text.set(quantity == null || quantity.signum() == 0 ? "" : Scores.format(quantity));
        error.set("");
    }

    /** The value typed (blank = 0), or null with {@link #error()} set when it is not acceptable. */
    BigDecimal value(Messages messages) {
        String typed = normalise(text.get());
        if (typed.isEmpty()) {
            error.set("");
            return BigDecimal.ZERO;
        }
        BigDecimal q;
        try {
            q = new BigDecimal(typed);
        } catch (NumberFormatException e) {
            error.set(messages.problem(Problem.of("problem.quantity.notNumber", text.get().strip())));
            return null;
        }
        List<BigDecimal> alone = new ArrayList<>(Collections.nCopies(item.rules().size(), BigDecimal.ZERO));
        alone.set(index, q);
        List<Problem> problems = ItemDeduction.check(item, alone);
        error.set(problems.isEmpty() ? "" : messages.problem(problems.get(0)));
        return problems.isEmpty() ? q : null;
    }

    /** ↑/↓ on a range input: the next value of the grid min, min+step … max (or 0 below min). */
    void step(int direction) {
        if (!(rule instanceof DeductionRule.Range r)) {
            return;
        }
        BigDecimal current;
        try {
            String typed = normalise(text.get());
            current = typed.isEmpty() ? BigDecimal.ZERO : new BigDecimal(typed);
        } catch (NumberFormatException e) {
            current = BigDecimal.ZERO;
        }
        BigDecimal next;
        if (direction > 0) {
            next = current.compareTo(r.min()) < 0 ? r.min() : Scores.min(r.max(), current.add(r.step()));
        } else {
            next = current.compareTo(r.min()) <= 0 ? BigDecimal.ZERO : current.subtract(r.step());
        }
        text.set(next.signum() == 0 ? "" : Scores.format(next));
    }

    /** Full-width digits and 。/． from a Chinese input method count as the ASCII ones. */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (char c : raw.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '－') {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
