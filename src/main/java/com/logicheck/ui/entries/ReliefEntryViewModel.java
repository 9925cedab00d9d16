package com.logicheck.ui.entries;

import com.logicheck.domain.Scores;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.assessment.Appeal;
import com.logicheck.domain.assessment.AppealStatus;
import com.logicheck.domain.assessment.ComponentResult;
import com.logicheck.domain.assessment.ComponentResult.DeductionLine;
import com.logicheck.domain.assessment.ComponentResult.SheetResult;
import com.logicheck.domain.assessment.ComponentResult.TemplateResult;
import com.logicheck.domain.assessment.Exemption;
import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.assessment.ExemptionStatus;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService.MonthState;
import com.logicheck.ui.common.DisplayText;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
 * 不予扣分与申辩 tab: every deduction on the month's counted sheets, with what was asked about it and decided. An
 * inspector asks for an exemption (院方原因 / 第三方原因 / 不可抗力 and why) and a supervisor approves or rejects it; the
 * provider's appeal (申辩) is recorded and a supervisor upholds the deduction or overturns it, always with a reason.
 * The history of the selected deduction shows every request and decision; nothing is ever deleted.
 */
public final class ReliefEntryViewModel extends MonthEntryViewModel<ReliefEntryViewModel.Row> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ZoneId zone;
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final Form form = new Form();
    private final ReadOnlyBooleanWrapper exemptionPending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper appealOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper exemptionRefusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper appealRefusal = new ReadOnlyStringWrapper("");

    /**
     * What is typed about the selected deduction: the exemption's category and the request's or appeal's text; apart,
     * a supervisor's decision note.
     */
    public record Form(ObjectProperty<ExemptionReason> reason, StringProperty text, StringProperty decision) {
        Form() {
            this(new SimpleObjectProperty<>(ExemptionReason.CLIENT_CAUSE), new SimpleStringProperty(""),
                    new SimpleStringProperty(""));
        }
    }

    /** A deducted item of a counted sheet and the state of its exemption and appeal. */
    public record Row(UUID sheetId, UUID itemId, String date, String template, String place, String item,
                      String deduction, String status, boolean relieved, List<Exemption> exemptions,
                      List<Appeal> appeals) {
        Optional<Exemption> pendingExemption() {
            return exemptions.stream().filter(e -> e.status() == ExemptionStatus.PENDING).findFirst();
        }

        Optional<Appeal> openAppeal() {
            return appeals.stream().filter(a -> a.status() == AppealStatus.OPEN).findFirst();
        }
    }

    public ReliefEntryViewModel(MonthEntries month, AssessmentEntries entries, ZoneId zone) {
        super(month, entries);
        this.zone = zone;
        selectedProperty().addListener((o, a, r) -> select(r));
    }

    @Override
    protected void show(MonthState s) {
        Row before = selectedProperty().get();
        List<Row> out = new ArrayList<>();
        for (ComponentResult c : s.live().components()) {
            for (TemplateResult t : c.templates()) {
                for (SheetResult sheet : t.sheets()) {
                    for (DeductionLine d : sheet.deductions()) {
                        out.add(new Row(sheet.inspectionId(), d.itemId(), sheet.date().toString(), t.title(),
                                sheet.place(), d.itemCode() + " " + DisplayText.of(d.content()),
                                "−" + Scores.normalise(d.deduction()).toPlainString(), status(d), d.relieved(),
                                d.exemptions(), d.appeals()));
                    }
                }
            }
        }
        rows().setAll(out);
        Row again = before == null ? null : out.stream().filter(r -> r.sheetId().equals(before.sheetId())
                && r.itemId().equals(before.itemId())).findFirst().orElse(null);
        selectedProperty().set(again);
        select(again);
    }

    private String status(DeductionLine d) {
        List<String> parts = new ArrayList<>();
        if (!d.exemptions().isEmpty()) {
            Exemption e = d.exemptions().get(d.exemptions().size() - 1);
            parts.add(m.get("entries.relief.exemptionStatus", m.label(e.status()), m.label(e.reason())));
        }
        if (!d.appeals().isEmpty()) {
            parts.add(m.get("entries.relief.appealStatus", m.label(d.appeals().get(d.appeals().size() - 1).status())));
        }
        return String.join("；", parts);
    }

    private void select(Row r) {
        history.clear();
        exemptionPending.set(r != null && r.pendingExemption().isPresent());
        appealOpen.set(r != null && r.openAppeal().isPresent());
        exemptionRefusal.set("");
        appealRefusal.set("");
        if (r == null) {
            return;
        }
        r.pendingExemption().ifPresent(e -> month.read(() -> entries.exemptionDecision(e.id()), context -> {
            if (r.equals(selectedProperty().get())) {
                exemptionRefusal.set(month.dutyRefusal(Permission.DECIDE_EXEMPTION, context));
            }
        }));
        r.openAppeal().ifPresent(a -> month.read(() -> entries.appealDecision(a.id()), context -> {
            if (r.equals(selectedProperty().get())) {
                appealRefusal.set(month.dutyRefusal(Permission.DECIDE_APPEAL, context));
            }
        }));
        for (Exemption e : r.exemptions()) {
            history.add(m.get("entries.relief.exemptionAsked", when(e.requestedAt()), e.requestedBy(),
                    m.label(e.reason()), e.text()));
            if (e.status() != ExemptionStatus.PENDING) {
                history.add(m.get("entries.relief.exemptionDecided", when(e.decidedAt()), e.decidedBy(),
                        m.label(e.status()), e.decisionNote() == null ? "" : e.decisionNote()));
            }
        }
        for (Appeal a : r.appeals()) {
            history.add(m.get("entries.relief.appealRaised", when(a.raisedAt()), a.raisedBy(), a.statement()));
            if (a.status() != AppealStatus.OPEN) {
                history.add(m.get("entries.relief.appealDecided", when(a.decidedAt()), a.decidedBy(),
                        m.label(a.status()), a.decisionReason() == null ? "" : a.decisionReason()));
            }
        }
        if (history.isEmpty()) {
            history.add(m.get("entries.relief.noHistory"));
        }
    }

    private String when(OffsetDateTime t) {
        return t == null ? "" : WHEN.format(t.atZoneSameInstant(zone));
    }

    /** 申请不予扣分 for the selected deduction (inspector or supervisor), with the category and the reason typed. */
    public void requestExemption() {
        Row r = selectedProperty().get();
        if (r == null) {
            month.say(m.get("entries.relief.pick"), true);
            return;
        }
        ExemptionReason why = form.reason().get();
        String t = form.text().get();
        month.change(actor -> entries.requestExemption(r.sheetId(), r.itemId(), why, t, actor), id -> form.text().set(""),
                "entries.relief.exemptionDone", r.item());
    }

    /** 登记申辩: the provider contests the selected deduction with the statement typed. */
    public void raiseAppeal() {
        Row r = selectedProperty().get();
        if (r == null) {
            month.say(m.get("entries.relief.pick"), true);
            return;
        }
        String t = form.text().get();
        month.change(actor -> entries.raiseAppeal(r.sheetId(), r.itemId(), t, actor), id -> form.text().set(""),
                "entries.relief.appealDone", r.item());
    }

    /**
     * What 批准 / 驳回 will do to the selected deduction, in words, for the confirmation; empty when there is nothing
     * to decide (the decision then says why).
     */
    public Optional<String> exemptionQuestion(boolean approve) {
        Row r = selectedProperty().get();
        if (r == null || r.pendingExemption().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(m.get(approve ? "entries.relief.approveAsk" : "entries.relief.rejectAsk", r.item(),
                r.deduction(), r.date(), r.place()));
    }

    /** What 申辩成立 / 维持扣分 will do to the selected deduction, in words; empty when no appeal is open. */
    public Optional<String> appealQuestion(boolean overturn) {
        Row r = selectedProperty().get();
        if (r == null || r.openAppeal().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(m.get(overturn ? "entries.relief.overturnAsk" : "entries.relief.upholdAsk", r.item(),
                r.deduction(), r.date(), r.place()));
    }

    /** 批准 / 驳回 the pending exemption of the selected deduction (supervisor only). */
    public void decideExemption(boolean approve) {
        Row r = selectedProperty().get();
        Optional<Exemption> e = r == null ? Optional.empty() : r.pendingExemption();
        if (e.isEmpty()) {
            month.say(m.get("entries.relief.noPending"), true);
            return;
        }
        String note = form.decision().get();
        change(r, actor -> entries.decideExemption(e.get().id(), approve, note, actor), done -> form.decision().set(""),
                approve ? "entries.relief.approved" : "entries.relief.rejected", r.item());
    }

    /** 维持扣分 / 申辩成立 on the open appeal of the selected deduction (supervisor only, with a reason). */
    public void decideAppeal(boolean overturn) {
        Row r = selectedProperty().get();
        Optional<Appeal> a = r == null ? Optional.empty() : r.openAppeal();
        if (a.isEmpty()) {
            month.say(m.get("entries.relief.noOpenAppeal"), true);
            return;
        }
        String why = form.decision().get();
        change(r, actor -> entries.decideAppeal(a.get().id(), overturn, why, actor), done -> form.decision().set(""),
                overturn ? "entries.relief.overturned" : "entries.relief.upheld", r.item());
    }

    public ObservableList<String> history() {
        return history;
    }

    public Form form() {
        return form;
    }

    public ReadOnlyBooleanProperty exemptionPendingProperty() {
        return exemptionPending.getReadOnlyProperty();
    }

    /** Why the current user may not decide the selected exemption (the policy's refusal in words); empty if they may. */
    public ReadOnlyStringProperty exemptionRefusalProperty() {
        return exemptionRefusal.getReadOnlyProperty();
    }

    /** Why the current user may not decide the selected appeal; empty if they may. */
    public ReadOnlyStringProperty appealRefusalProperty() {
        return appealRefusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty appealOpenProperty() {
        return appealOpen.getReadOnlyProperty();
    }
}
