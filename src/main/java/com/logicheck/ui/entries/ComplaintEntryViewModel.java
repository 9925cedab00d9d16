package com.logicheck.ui.entries;

import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.Complaint;
import com.logicheck.domain.assessment.ComplaintResult;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.scoring.ItemDeduction;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService.MonthState;
import com.logicheck.ui.common.DisplayText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 投诉 tab: a complaint about an item of one of the provider's templates (those the contract's scheme counts), with
 * the date received, the quantities the item's 评分标准 deducts for (as on a sheet: 次数, 天数, 扣分), substantiated
 * (查实) or not, and a note. The preview shows what it will deduct; the list shows what each complaint deducts now.
 */
public final class ComplaintEntryViewModel extends MonthEntryViewModel<ComplaintEntryViewModel.Row> {
    private final ObservableList<ChecklistTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<TemplateItem> items = FXCollections.observableArrayList();
    private final ObservableList<Quantity> quantities = FXCollections.observableArrayList();
    private final Form form = new Form();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private BigDecimal multiplier;

    /** What is typed for a new complaint besides its date and quantities: the template's item, 查实 or not, a note. */
    public record Form(ObjectProperty<ChecklistTemplate> template, ObjectProperty<TemplateItem> item,
                       BooleanProperty substantiated, StringProperty note) {
        Form() {
            this(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleBooleanProperty(true),
                    new SimpleStringProperty(""));
        }
    }

    /** One quantity input of the item's rule: its label (the rule's words) and what was typed. */
    public record Quantity(String label, StringProperty text) {
    }

    /** A stored complaint and what it deducts this month. */
    public record Row(UUID id, LocalDate date, String item, String basis, boolean substantiated, String status,
                      String deduction, String note) {
    }

    public ComplaintEntryViewModel(MonthEntries month, AssessmentEntries entries) {
        super(month, entries);
        form.template().addListener((o, a, t) -> {
            items.setAll(t == null ? List.of() : t.items().toList());
            form.item().set(items.isEmpty() ? null : items.get(0));
        });
        form.item().addListener((o, a, i) -> {
            quantities.setAll(i == null ? List.of() : i.rules().stream().map(this::quantity).toList());
            updatePreview();
        });
        form.substantiated().addListener((o, a, b) -> updatePreview());
    }

    private Quantity quantity(DeductionRule r) {
        StringProperty text = new SimpleStringProperty(r instanceof DeductionRule.PerOccurrence ? "1"
                : r instanceof DeductionRule.Range range ? Scores.format(range.min()) : "");
        text.addListener((o, a, b) -> updatePreview());
        String label;
        if (r instanceof DeductionRule.PerOccurrence p) {
            label = m.get("entries.complaint.perOccurrence", r.label(), Scores.format(p.points()));
        } else if (r instanceof DeductionRule.PerUnit u) {
            label = m.get("entries.complaint.perUnit", r.label(), Scores.format(u.unitSize()), u.unit(),
                    Scores.format(u.points()));
        } else {
            DeductionRule.Range g = (DeductionRule.Range) r;
            label = m.get("entries.complaint.range", r.label(), Scores.format(g.min()), Scores.format(g.max()));
        }
        return new Quantity(label, text);
    }

    @Override
    protected void show(MonthState s) {
        multiplier = s.input().scheme().complaints() == null ? null : s.input().scheme().complaints().multiplier();
        headline(multiplier == null ? m.get("entries.complaint.notCounted")
                : m.get("entries.complaint.rule", Scores.format(multiplier)));
        List<ChecklistTemplate> counted = s.input().schemeTemplates().stream()
                .filter(t -> s.input().contractLines().isEmpty() || s.input().contractLines().contains(t.serviceLine()))
                .toList();
        if (!counted.stream().map(ChecklistTemplate::id).toList()
                .equals(templates.stream().map(ChecklistTemplate::id).toList())) {
            templates.setAll(counted);
            form.template().set(counted.isEmpty() ? null : counted.get(0));
        }
        Map<UUID, BigDecimal> deducts = s.live().complaints().lines().stream().collect(Collectors.toMap(
                l -> l.complaint().id(), ComplaintResult.Line::deduction, (a, b) -> a));
        Map<String, String> titles = s.input().schemeTemplates().stream()
                .collect(Collectors.toMap(ChecklistTemplate::code, ChecklistTemplate::title, (a, b) -> a));
        rows().setAll(s.input().complaints().stream()
                .map(c -> row(c, titles.getOrDefault(c.templateCode(), ""), deducts.get(c.id()))).toList());
        updatePreview();
    }

    /** {@code templateTitle}: the template as the user knows it (never its internal code; empty when unknown). */
    private Row row(Complaint c, String templateTitle, BigDecimal deduction) {
        return new Row(c.id(), c.receivedOn(), (templateTitle.isEmpty() ? "" : templateTitle + " ") + c.itemCode() + " "
                + DisplayText.of(c.itemContent()), Scores.normalise(c.basis()).toPlainString(), c.substantiated(),
                m.get(c.substantiated() ? "entries.complaint.substantiated" : "entries.complaint.unproven"),
                deduction == null || deduction.signum() == 0 ? "0.00" : "−" + Scores.normalise(deduction).toPlainString(),
                c.description());
    }

    private void updatePreview() {
        TemplateItem i = form.item().get();
        if (i == null) {
            preview.set("");
            return;
        }
        List<BigDecimal> q = parsed();
        if (q == null) {
            preview.set(m.get("entries.complaint.previewNumbers"));
            return;
        }
        List<Problem> problems = ItemDeduction.check(i, q);
        if (!problems.isEmpty()) {
            preview.set(problems.stream().map(m::problem).collect(Collectors.joining(" ")));
            return;
        }
        BigDecimal basis = ItemDeduction.capped(i, q);
        preview.set(!form.substantiated().get() || multiplier == null
                ? m.get("entries.complaint.previewNone", Scores.normalise(basis).toPlainString())
                : m.get("entries.complaint.preview", Scores.normalise(basis).toPlainString(), Scores.format(multiplier),
                        Scores.normalise(basis.multiply(multiplier)).toPlainString()));
    }

    /** The typed quantities, or null when one is not a number. */
    private List<BigDecimal> parsed() {
        List<BigDecimal> out = new ArrayList<>();
        for (Quantity q : quantities) {
            String t = typed(q.text());
            try {
                out.add(t.isEmpty() ? BigDecimal.ZERO : new BigDecimal(t));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    /** Stores the complaint; refused (nothing stored) with the reason when something is missing or wrong. */
    public void add() {
        ChecklistTemplate t = form.template().get();
        TemplateItem i = form.item().get();
        if (t == null || i == null) {
            month.say(m.get("entries.complaint.pickItem"), true);
            return;
        }
        LocalDate day = dayInMonth();
        if (day == null) {
            return;
        }
        List<BigDecimal> q = parsed();
        if (q == null) {
            month.say(m.get("entries.complaint.previewNumbers"), true);
            return;
        }
        boolean proven = form.substantiated().get();
        String text = typed(form.note());
        month.change(actor -> entries.addComplaint(month.providerId(), day, t.code(), i.code(), q, proven, text, actor),
                id -> {
                    form.note().set("");
                    form.item().set(null);
                    form.item().set(i);
                }, "entries.complaint.added", i.code());
    }

    /** 查实 / 未查实: flips whether the complaint was found true; its deduction follows. */
    public void toggle(Row row) {
        if (row != null) {
            change(row, actor -> entries.setComplaintSubstantiated(row.id(), !row.substantiated(), actor),
                    done -> { }, row.substantiated() ? "entries.complaint.nowUnproven" : "entries.complaint.nowProven",
                    row.item());
        }
    }

    /** Takes back a complaint entered by mistake (the controller asks first; it stays in the history). */
    public void remove(Row row) {
        if (row != null) {
            change(row, actor -> entries.removeComplaint(row.id(), actor), done -> { }, "entries.complaint.removed",
                    row.item());
        }
    }

    public ObservableList<ChecklistTemplate> templates() {
        return templates;
    }

    public ObservableList<TemplateItem> items() {
        return items;
    }

    public ObservableList<Quantity> quantities() {
        return quantities;
    }

    public Form form() {
        return form;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
