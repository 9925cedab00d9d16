package com.logicheck.ui.sync;

import com.logicheck.i18n.Messages;
import com.logicheck.sync.SyncConflict;
import com.logicheck.ui.common.DocumentOpener;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.time.ZoneId;
import java.util.Map;
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
 * 同步冲突: the open conflicts, both sides of the chosen one in words, and the decision — keep this laptop's or take
 * the incoming; the other side stays in the history (a superseded revision, a kept PDF, the old row in the change
 * log). Template and scheme versions can only keep this laptop's.
 */
public final class ConflictsViewModel {
    private final SyncServices sync;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final DocumentOpener opener;
    private final ZoneId zone;
    private final UUID actorId;
    private final ObservableList<Item> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper local = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper incoming = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper recordSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper decisionLocked = new ReadOnlyBooleanWrapper(false);
    private boolean mayDecideRecords;

    /** One conflict as a list entry. */
    public record Item(SyncConflict entry, String title, String detail) {
        @Override
        public String toString() {
            return title;
        }

        public boolean canTakeIncoming() {
            return entry.mayTakeIncoming();
        }

        public boolean hasPdfs() {
            return entry.hasPdfs();
        }

        public boolean isRecord() {
            return entry.needsSupervisorAndReason();
        }
    }

    public ConflictsViewModel(SyncServices sync, Messages messages, TaskExecutor executor, Navigator navigator,
                              DocumentOpener opener, ZoneId zone, UUID actorId) {
        this.sync = sync;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.opener = opener;
        this.zone = zone;
        this.actorId = actorId;
        selected.addListener((o, old, now) -> describe(now));
    }

    public void load() {
        executor.submit(() -> {
            boolean may = sync.conflicts().mayDecideRecords(actorId);
            return Map.entry(may, sync.conflicts().open());
        }, loaded -> {
            mayDecideRecords = loaded.getKey();
            conflicts.setAll(loaded.getValue().stream().map(this::item).toList());
            selected.set(conflicts.isEmpty() ? null : conflicts.get(0));
            describe(selected.get());
        }, e -> message.set(Failures.describe(e, messages)));
    }

    private Item item(SyncConflict e) {
        if (e.kind() == SyncConflict.Kind.RECORD) {
            return RecordConflictWords.item(e, messages, zone);
        }
        String kind = messages.get("conflicts.kind." + e.kind().name());
        String what = e.kind() == SyncConflict.Kind.REFERENCE
                ? messages.get(entityKey(e.title())) + "：" + e.subtitle()
                : e.title() + " · " + e.subtitle();
        return new Item(e, what, kind + " · " + messages.get("conflicts.detected", Formats.dateTime(e.detectedAt(), zone)));
    }

    private static String entityKey(String entity) {
        return switch (entity) {
            case "place" -> "conflicts.entity.place";
            case "provider" -> "conflicts.entity.provider";
            case "person" -> "conflicts.entity.person";
            case "contract" -> "conflicts.entity.contract";
            case "contract_scheme" -> "conflicts.entity.contract_scheme";
            case "template" -> "conflicts.entity.template";
            case "place_code_key" -> "conflicts.entity.place_code_key";
            default -> "conflicts.entity.scheme";
        };
    }

    private void describe(Item item) {
        recordSelected.set(item != null && item.isRecord());
        decisionLocked.set(item != null && item.isRecord() && !mayDecideRecords);
        hint.set(item == null || !item.isRecord() ? "" : RecordConflictWords.hint(item.entry(),
                mayDecideRecords, messages));
        if (item == null) {
            local.set("");
            incoming.set("");
            return;
        }
        SyncConflict e = item.entry();
        switch (e.kind()) {
            case RECORD -> {
                local.set(RecordConflictWords.side(e.local(), e.incoming(), messages));
                incoming.set(RecordConflictWords.side(e.incoming(), e.local(), messages) + "\n\n"
                        + messages.get("conflicts.origin", e.incoming().origin()));
            }
            case REFERENCE -> {
                local.set(e.mayTakeIncoming() ? e.local().json() : messages.get("conflicts.immutable"));
                incoming.set(e.incoming().json());
            }
            default -> {
                local.set(side(e.local().sheet()));
                incoming.set(side(e.incoming().sheet()) + "\n" + messages.get("conflicts.origin", e.incoming().origin()));
            }
        }
    }

    private String side(SyncConflict.Sheet s) {
        return messages.get("conflicts.side", s.revision(), s.inspector(), Formats.dateTime(s.signedAt(), zone),
                Formats.score(s.score()), s.grade() == null ? Formats.NONE : messages.grade(s.grade()));
    }

    public void keepLocal() {
        decide(false);
    }

    public void takeIncoming() {
        decide(true);
    }

    private void decide(boolean takeIncoming) {
        Item item = selected.get();
        if (item == null || takeIncoming && !item.canTakeIncoming()) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (item.isRecord() && !mayDecideRecords) {
            message.set(messages.get("recordui.hint.lookOnly"));
            return;
        }
        if (item.isRecord() && why.isEmpty()) {
            message.set(messages.get("problem.recordConflict.reasonRequired"));
            return;
        }
        executor.execute(() -> sync.conflicts().decide(item.entry(), takeIncoming ? SyncConflict.Decision.TAKE_INCOMING
                : SyncConflict.Decision.KEEP_LOCAL, actorId, why), e -> message.set(Failures.describe(e, messages)));
        executor.submit(() -> sync.conflicts().open(), list -> {
            boolean gone = list.stream().noneMatch(c -> c.id().equals(item.entry().id()));
            conflicts.setAll(list.stream().map(this::item).toList());
            selected.set(conflicts.isEmpty() ? null : conflicts.get(0));
            if (gone) {
                reason.set("");
                message.set(item.isRecord() ? messages.get(takeIncoming ? "recordui.resolved.takeIncoming"
                        : "recordui.resolved.keepLocal")
                        : messages.get("conflicts.resolved", messages.get(takeIncoming ? "conflicts.takeIncoming"
                        : "conflicts.keepLocal")));
            }
        }, e -> message.set(Failures.describe(e, messages)));
    }

    /** Opens one side's PDF in the system viewer. */
    public void open(boolean incomingSide) {
        Item item = selected.get();
        if (item == null || !item.hasPdfs()) {
            return;
        }
        executor.submit(() -> sync.conflicts().pdf(item.entry(), incomingSide, sync.scratch()),
                p -> p.ifPresent(opener::open), e -> message.set(Failures.describe(e, messages)));
    }

    public void back() {
        navigator.sync();
    }

    public ObservableList<Item> conflicts() {
        return conflicts;
    }

    public ObjectProperty<Item> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty localProperty() {
        return local.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty incomingProperty() {
        return incoming.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the incoming record is rejected or taken (record conflicts only; required). */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** What the person may do with the chosen record conflict, in a sentence. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recordSelectedProperty() {
        return recordSelected.getReadOnlyProperty();
    }

    /** True when a record conflict is chosen and this person (an inspector) may only look. */
    public ReadOnlyBooleanProperty decisionLockedProperty() {
        return decisionLocked.getReadOnlyProperty();
    }
}
