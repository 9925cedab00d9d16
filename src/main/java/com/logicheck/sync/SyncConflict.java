package com.logicheck.sync;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 同步冲突: one conflict of any sync kind — two revisions of a sheet, one sheet id with two contents, a reference-data
 * row changed on both laptops, or two signed records of a rectification step or a month closing (ADR 0019, 0027) —
 * as one shape: its kind, both sides, the decisions allowed, and the decision with its reason once taken. Mapped by
 * {@link SyncConflicts} from the three conflict tables; decided through {@link SyncConflicts#decide}.
 *
 * @param title      what the conflict is about: a sheet's template title, a reference row's entity, or the
 *                   incoming record's kind in words
 * @param subtitle   a sheet's provider and place, a reference row's label, or a record conflict's own kind
 *                   ({@code FORK}, {@code ITEM_ON_TWO_ORDERS}, {@code MONTH_CLOSED_TWICE}, {@code SAME_ID})
 * @param recordKind the kind of the records in a record conflict ({@code ORDER_…}, {@code MONTH_CLOSED}); else null
 * @param decisions  what may be decided: keeping this laptop's side always, taking the incoming where allowed
 * @param decided    the decision once taken, else null
 */
public record SyncConflict(UUID id, Kind kind, String title, String subtitle, String recordKind,
                           OffsetDateTime detectedAt, Side local, Side incoming, Set<Decision> decisions,
                           Decided decided) {
    public SyncConflict {
        decisions = Set.copyOf(decisions);
    }

    /** Which sync kind the conflict comes from (a sheet's two kinds, a reference package, a signed record). */
    public enum Kind { COMPETING_REVISION, SAME_ID, REFERENCE, RECORD }

    /** What a person decides: keep this laptop's side, or take the incoming (the other stays in the history). */
    public enum Decision { KEEP_LOCAL, TAKE_INCOMING }

    /**
     * One side: its id (a sheet, a record; null for a reference row), whether this laptop knows it, its title, what it
     * states label by label (records), where it came from (the incoming file or device), a sheet's version, and a
     * reference row as JSON.
     */
    public record Side(UUID id, boolean known, String title, List<Fact> facts, String origin, Sheet sheet,
                       String json) {
        public Side {
            facts = List.copyOf(facts);
        }

        static Side sheet(UUID id, Sheet sheet, String origin) {
            return new Side(id, true, "", List.of(), origin, sheet, "");
        }

        static Side reference(String json) {
            return new Side(null, true, "", List.of(), "", null, json);
        }
    }

    /** One labelled fact of a side, as the record's printed page states it (label with its colon, value). */
    public record Fact(String label, String value) {
    }

    /** One version of a sheet: its revision, inspector, signing time, score and grade. */
    public record Sheet(int revision, String inspector, OffsetDateTime signedAt, BigDecimal score, String grade) {
    }

    /** A decision taken: which, why, by whom, when. */
    public record Decided(Decision decision, String reason, UUID by, OffsetDateTime at) {
    }

    /** Whether the incoming side may be taken (not for template or scheme versions, nor an order's step). */
    public boolean mayTakeIncoming() {
        return decisions.contains(Decision.TAKE_INCOMING);
    }

    /** Record conflicts are decided by a supervisor or an administrator, with a reason; the others by anyone. */
    public boolean needsSupervisorAndReason() {
        return kind == Kind.RECORD;
    }

    /** Whether both sides have a PDF to open (all but reference data). */
    public boolean hasPdfs() {
        return kind != Kind.REFERENCE;
    }
}
