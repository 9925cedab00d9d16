package com.logicheck.ui.entries;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.Dissatisfaction;
import com.logicheck.domain.assessment.MonthInputCheck;
import com.logicheck.domain.assessment.MonthInputCheck.AreaPart;
import com.logicheck.domain.assessment.MonthScores;
import com.logicheck.domain.assessment.PanelRule;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService.MonthState;
import com.logicheck.service.MonthInputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 评议与分区 tab: the month inputs the provider's scheme has beside sheets and surveys (issue 17) — a panel member's
 * score, an area's entered part, a dissatisfaction rate typed with its panel size. Each line shows only when the
 * scheme has it; a typed value is checked (a number, 0–100, a panel size, the rule of the scheme) before it is sent,
 * and the message names the field. Enter stores; Delete takes the selected row back.
 */
public final class MonthInputsViewModel extends MonthEntryViewModel<MonthInputsViewModel.Row> {
    private final MonthInputs inputs;
    private final ReadOnlyBooleanWrapper hasPanel = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasAreas = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasRate = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> members = FXCollections.observableArrayList();
    private final ObservableList<AreaPart> parts = FXCollections.observableArrayList();
    private final StringProperty member = new SimpleStringProperty("");
    private final StringProperty panelScore = new SimpleStringProperty("");
    private final ObjectProperty<AreaPart> part = new SimpleObjectProperty<>();
    private final StringProperty areaScore = new SimpleStringProperty("");
    private final StringProperty ratePercent = new SimpleStringProperty("");
    private final StringProperty ratePanel = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rateNow = new ReadOnlyStringWrapper("");
    private AssessmentScheme scheme;

    /** What a row is: a panel member's score, an area's part, the typed rate. */
    public enum Kind { PANEL, AREA, RATE }

    /** One entered value as the table shows it. */
    public record Row(Kind kind, String what, String part, String value) {
    }

    public MonthInputsViewModel(MonthEntries month, AssessmentEntries entries, MonthInputs inputs) {
        super(month, entries);
        this.inputs = inputs;
        for (StringProperty p : List.of(member, panelScore, areaScore, ratePercent, ratePanel)) {
            p.addListener((o, a, b) -> error.set(""));
        }
    }

    @Override
    protected void show(MonthState s) {
        scheme = s.input().scheme();
        var panel = scheme.component(ComponentKind.PANEL);
        hasPanel.set(panel.isPresent());
        hasAreas.set(!MonthInputCheck.enteredParts(scheme).isEmpty());
        hasRate.set(scheme.survey() != null && scheme.survey().dissatisfiedBy() == Dissatisfaction.TYPED_RATE);
        members.setAll(panel.map(c -> c.panel().members().stream().map(PanelRule.Member::name).toList())
                .orElse(List.of()));
        parts.setAll(MonthInputCheck.enteredParts(scheme));
        if (part.get() == null || !parts.contains(part.get())) {
            part.set(parts.isEmpty() ? null : parts.get(0));
        }
        MonthScores scores = s.input().scores();
        List<Row> out = new ArrayList<>();
        scores.panel().forEach(p -> out.add(new Row(Kind.PANEL, p.member(), "", plain(p.score()))));
        scores.areas().forEach(a -> out.add(new Row(Kind.AREA, a.area(), a.part(), plain(a.score()))));
        if (scores.dissatisfaction() != null) {
            out.add(new Row(Kind.RATE, m.get("entries.inputs.rateRow"), "", m.get("entries.inputs.rateValue",
                    plain(scores.dissatisfaction().percent()), scores.dissatisfaction().panel())));
        }
        rows().setAll(out);
        rateNow.set(scores.dissatisfaction() == null ? m.get("entries.inputs.rateNone")
                : m.get("entries.inputs.rateNow", plain(scores.dissatisfaction().percent()),
                scores.dissatisfaction().panel(), scores.dissatisfaction().dissatisfied()));
        headline(available() ? m.get("entries.inputs.rule") : m.get("entries.inputs.none"));
    }

    /** Whether the scheme has any of the inputs (else the tab is not shown). */
    public boolean available() {
        return hasPanel.get() || hasAreas.get() || hasRate.get();
    }

    /** Stores the typed panel member's score. */
    public void addPanel() {
        String name = typed(member);
        BigDecimal score = number(panelScore, "entries.inputs.field.panelScore");
        if (score == null || refused(MonthInputCheck.panelScore(scheme, name, score))) {
            return;
        }
        month.change(actor -> {
            inputs.setPanelScore(month.providerId(), month.month(), name, score, actor);
            return name;
        }, done -> {
            member.set("");
            panelScore.set("");
        }, "entries.inputs.panelSaved", name, plain(score));
    }

    /** Stores the typed score of the chosen area part. */
    public void addArea() {
        AreaPart p = part.get();
        if (p == null) {
            error.set(m.get("entries.inputs.noPart"));
            return;
        }
        BigDecimal score = number(areaScore, "entries.inputs.field.areaScore");
        if (score == null || refused(MonthInputCheck.areaScore(scheme, p.area(), p.part(), score))) {
            return;
        }
        month.change(actor -> {
            inputs.setAreaScore(month.providerId(), month.month(), p.area(), p.part(), score, actor);
            return p;
        }, done -> {
            areaScore.set("");
            // the next entered part comes next, as on the paper the scores are read from
            int next = parts.indexOf(p) + 1;
            part.set(next < parts.size() ? parts.get(next) : p);
        }, "entries.inputs.areaSaved", p.area(), p.part(), plain(score));
    }

    /** Stores the typed rate with its panel size. */
    public void saveRate() {
        BigDecimal percent = number(ratePercent, "entries.inputs.field.rate");
        if (percent == null) {
            return;
        }
        String size = typed(ratePanel);
        int panel;
        try {
            panel = Integer.parseInt(size);
        } catch (NumberFormatException e) {
            error.set(m.get("entries.inputs.notWhole", m.get("entries.inputs.field.panelSize"), size));
            return;
        }
        if (refused(MonthInputCheck.typedRate(scheme, percent, panel))) {
            return;
        }
        month.change(actor -> {
            inputs.setTypedRate(month.providerId(), month.month(), percent, panel, actor);
            return percent;
        }, done -> {
            ratePercent.set("");
            ratePanel.set("");
        }, "entries.inputs.rateSaved", plain(percent), panel);
    }

    /** Takes the row's value back (kept in the history). */
    public void remove(Row row) {
        if (row == null) {
            return;
        }
        change(row, actor -> {
            switch (row.kind()) {
                case PANEL -> inputs.removePanelScore(month.providerId(), month.month(), row.what(), actor);
                case AREA -> inputs.removeAreaScore(month.providerId(), month.month(), row.what(), row.part(), actor);
                case RATE -> inputs.clearTypedRate(month.providerId(), month.month(), actor);
                default -> throw new IllegalStateException(row.kind().name());
            }
        }, done -> { }, "entries.inputs.removed", row.what() + (row.part().isEmpty() ? "" : " / " + row.part()));
    }

    /** The typed number of {@code field}, or null with the reason naming the field. */
    private BigDecimal number(StringProperty field, String fieldKey) {
        String text = typed(field);
        if (text.isEmpty()) {
            error.set(m.get("entries.inputs.empty", m.get(fieldKey)));
            return null;
        }
        try {
            return new BigDecimal(text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text);
        } catch (NumberFormatException e) {
            error.set(m.get("entries.inputs.notNumber", m.get(fieldKey), text));
            return null;
        }
    }

    private boolean refused(List<Problem> problems) {
        if (problems.isEmpty()) {
            return false;
        }
        error.set(m.problems(new DomainException(problems)));
        return true;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0 ? v.setScale(0).toPlainString() : v.setScale(2).toPlainString();
    }

    /** The label of a kind of row. */
    public String kindLabel(Kind kind) {
        return m.get("entries.inputs.kind." + kind.name());
    }

    public ReadOnlyBooleanProperty hasPanelProperty() {
        return hasPanel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasAreasProperty() {
        return hasAreas.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasRateProperty() {
        return hasRate.getReadOnlyProperty();
    }

    public ObservableList<String> members() {
        return members;
    }

    public ObservableList<AreaPart> parts() {
        return parts;
    }

    public StringProperty memberProperty() {
        return member;
    }

    public StringProperty panelScoreProperty() {
        return panelScore;
    }

    public ObjectProperty<AreaPart> partProperty() {
        return part;
    }

    public StringProperty areaScoreProperty() {
        return areaScore;
    }

    public StringProperty ratePercentProperty() {
        return ratePercent;
    }

    public StringProperty ratePanelProperty() {
        return ratePanel;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateNowProperty() {
        return rateNow.getReadOnlyProperty();
    }
}
