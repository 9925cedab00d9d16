package com.logicheck.ui.entries;

import com.logicheck.domain.Scores;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.VetoEvent;
import com.logicheck.domain.assessment.VetoResult;
import com.logicheck.domain.assessment.VetoType;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentEntries.VetoEvidence;
import com.logicheck.service.AssessmentService.MonthState;
import com.logicheck.ui.common.DocumentOpener;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 一票否决 tab: a recorded ground (重大安全事故 with its loss in 元 and casualties, 书面批评, 未按要求工作受到批评), its
 * date and its evidence — a description that is required (文件编号, 事故报告) and a file that is kept in the data folder.
 * The list says for each event whether it vetoes the month under the scheme's thresholds.
 */
public final class VetoEntryViewModel extends MonthEntryViewModel<VetoEntryViewModel.Row> {
    private final DocumentOpener opener;
    private final ObservableList<VetoType> types = FXCollections.observableArrayList();
    private final Form form = new Form();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");

    /** What is typed for a new event: its type, the evidence (text and file), an accident's loss in 元 and casualties. */
    public record Form(ObjectProperty<VetoType> type, StringProperty evidence, ObjectProperty<Path> file,
                       StringProperty loss, StringProperty casualties) {
        Form() {
            this(new SimpleObjectProperty<>(VetoType.SAFETY_ACCIDENT), new SimpleStringProperty(""),
                    new SimpleObjectProperty<>(), new SimpleStringProperty(""), new SimpleStringProperty("0"));
        }

        /** Empty again for the next event; the type stays. */
        void clear() {
            evidence.set("");
            file.set(null);
            loss.set("");
            casualties.set("0");
        }
    }

    /** A stored event, whether it vetoes, and its evidence file (null when none was attached). */
    public record Row(UUID id, LocalDate date, String type, String evidence, String loss, String outcome,
                      boolean vetoes, VetoEvidence file) {
        public String fileLabel() {
            return file == null ? "" : file.originalName();
        }
    }

    public VetoEntryViewModel(MonthEntries month, AssessmentEntries entries, DocumentOpener opener) {
        super(month, entries);
        this.opener = opener;
        form.file().addListener((o, a, f) -> fileName.set(f == null ? "" : String.valueOf(f.getFileName())));
    }

    /** The grounds a new event may have: the recorded ones the contract's scheme rules on (none without a rule). */
    static List<VetoType> offered(AssessmentScheme scheme) {
        return scheme == null ? List.of() : Arrays.stream(VetoType.values())
                .filter(t -> t.recorded() && scheme.veto(t).isPresent()).toList();
    }

    @Override
    protected void show(MonthState s) {
        List<VetoType> offered = offered(s.input().scheme());
        if (!offered.equals(types)) {
            types.setAll(offered);
        }
        if (!types.contains(form.type().get())) {
            form.type().set(types.isEmpty() ? null : types.get(0));
        }
        List<VetoEvent> events = s.input().vetoEvents();
        Map<UUID, VetoResult.Finding> findings = s.live().veto().findings().stream().filter(f -> f.eventId() != null)
                .collect(Collectors.toMap(VetoResult.Finding::eventId, Function.identity(), (a, b) -> a));
        Map<UUID, List<VetoEvidence>> files = month.evidenceFiles();
        rows().setAll(events.stream().map(e -> {
            VetoResult.Finding f = findings.get(e.id());
            String outcome = f == null ? "" : !f.ruled() ? m.get("entries.veto.notRuled")
                    : f.vetoes() ? m.get("entries.veto.vetoes") : m.get("entries.veto.below",
                    f.threshold() == null ? "" : Scores.format(f.threshold()));
            String lossText = e.loss() == null ? "" : m.get("entries.veto.lossText", Scores.format(e.loss()),
                    e.casualties());
            List<VetoEvidence> own = files.getOrDefault(e.id(), List.of());
            return new Row(e.id(), e.occurredOn(), m.label(e.type()), e.evidence(), lossText, outcome,
                    f != null && f.vetoes(), own.isEmpty() ? null : own.get(own.size() - 1));
        }).toList());
        headline(s.live().veto().vetoed() ? m.get("entries.veto.monthVetoed")
                : m.get(types.isEmpty() ? "entries.veto.noneInScheme" : "entries.veto.monthClear"));
    }

    /** Stores the event with its evidence; refused (nothing stored) without a description of the evidence. */
    public void record() {
        LocalDate day = dayInMonth();
        if (day == null) {
            return;
        }
        VetoType t = form.type().get();
        if (t == null || !types.contains(t)) {
            month.say(m.get(types.isEmpty() ? "entries.veto.noneInScheme" : "entries.veto.pickType"), true);
            return;
        }
        BigDecimal lossValue = null;
        int people = 0;
        if (t == VetoType.SAFETY_ACCIDENT) {
            String l = typed(form.loss()).replace(",", "");
            String c = typed(form.casualties());
            try {
                lossValue = l.isEmpty() ? BigDecimal.ZERO : new BigDecimal(l);
                people = c.isEmpty() ? 0 : Integer.parseInt(c);
            } catch (NumberFormatException e) {
                month.say(m.get("entries.veto.numbers"), true);
                return;
            }
        }
        VetoEvent event = new VetoEvent(null, t, day, Objects.toString(form.evidence().get(), ""), lossValue, people);
        Path attached = form.file().get();
        month.change(actor -> entries.recordVeto(month.providerId(), event, attached, actor), id -> form.clear(),
                "entries.veto.recorded", m.label(t));
    }

    /** Takes back an event recorded by mistake (the controller asks first; it stays in the history). */
    public void remove(Row row) {
        if (row != null) {
            change(row, actor -> entries.removeVeto(row.id(), actor), done -> { }, "entries.veto.removed", row.type(),
                    row.date().toString());
        }
    }

    /** Opens the event's evidence file in the system's viewer. */
    public void open(Row row) {
        if (row != null && row.file() != null) {
            opener.open(entries.evidencePath(row.file()));
        }
    }

    public ObservableList<VetoType> types() {
        return types;
    }

    public Form form() {
        return form;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }
}
