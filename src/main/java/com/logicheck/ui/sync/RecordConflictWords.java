package com.logicheck.ui.sync;

import com.logicheck.i18n.Messages;
import com.logicheck.sync.SyncConflict;
import com.logicheck.ui.common.Formats;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A conflict between signed records (ADR 0027) in the words of the 同步冲突 screen: the list entry (what it is about —
 * the order or the provider-month — and the kind of disagreement), each side label by label, and what the person
 * may do with it.
 */
final class RecordConflictWords {
    private RecordConflictWords() {
    }

    static ConflictsViewModel.Item item(SyncConflict r, Messages messages, ZoneId zone) {
        SyncConflict.Side about = r.local().facts().isEmpty() ? r.incoming() : r.local();
        String title = about.facts().size() < 3 ? about.title()
                : r.recordKind().startsWith("ORDER_") ? messages.get("recordui.title.order", about.facts().get(0).value(),
                about.facts().get(1).value(), about.facts().get(2).value())
                : messages.get("recordui.title.month", about.facts().get(0).value(), about.facts().get(1).value());
        String detail = messages.get("recordui.kind." + r.subtitle(), r.incoming().title()) + " · "
                + messages.get("conflicts.detected", Formats.dateTime(r.detectedAt(), zone));
        return new ConflictsViewModel.Item(r, title, detail);
    }

    /** One side label by label; a fact that the {@code other} side states differently is marked ●. */
    static String side(SyncConflict.Side side, SyncConflict.Side other, Messages messages) {
        if (!side.known()) {
            return messages.get("recordui.sideUnknown", side.title());
        }
        Map<String, String> theirs = new HashMap<>();
        other.facts().forEach(f -> theirs.put(f.label(), f.value()));
        StringBuilder out = new StringBuilder();
        for (SyncConflict.Fact f : side.facts()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(other.known() && !f.value().equals(theirs.get(f.label())) ? "● " : "")
                    .append(f.label()).append(f.value().contains("\n") ? "\n  " + f.value().replace("\n", "\n  ") : f.value());
        }
        return out.toString();
    }

    static String hint(SyncConflict r, boolean mayDecide, Messages messages) {
        if (!mayDecide) {
            return messages.get("recordui.hint.lookOnly");
        }
        return r.mayTakeIncoming() ? messages.get("recordui.hint.takeClosing")
                : messages.get("problem.recordConflict.keepOnly." + r.subtitle());
    }
}
