package com.logicheck.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.CauseCategory;
import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationPlan;
import com.logicheck.domain.rectification.RectificationRoles;
import com.logicheck.domain.rectification.Reinspection;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.domain.sync.LocalRecords;
import com.logicheck.domain.sync.LocalRecords.Closing;
import com.logicheck.domain.sync.LocalRecords.Signer;
import com.logicheck.domain.sync.LocalRecords.Stored;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.RecordStore;
import com.logicheck.persistence.SyncRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * 同步记录合并的判定: what to do with one signed record from another laptop, given what this laptop holds (ADR 0022,
 * 0027). A record known by id with the same content is skipped; with other content it is a conflict. The person who
 * signed must be known here and allowed to take the step ({@link RectificationRoles}; months: a supervisor). An
 * order's step must follow the step this laptop last applied: one that follows an earlier step is a FORK conflict,
 * one whose predecessor (or order, sheet, closing) is not here yet waits ({@code sync.record.waits.*}). The step is
 * decided through the domain's own rules, so an imported step cannot do what a local one could not.
 *
 * <p>Pure: it reads this laptop's state only through the domain's {@link LocalRecords} port (which
 * {@link RecordStore.Tx} answers itself) and writes nothing; {@link RecordMerger} runs it inside the store's
 * transaction and writes what it decided. Kept apart so the rules are tested without a database.
 */
public final class RecordMergeDecider {
    private final ZoneId zone;

    /** {@code zone}: the laptop's time zone, which gives a re-inspection its day. */
    public RecordMergeDecider(ZoneId zone) {
        this.zone = zone;
    }

    /** The decision on one record, each with what it needs to be written and why. */
    public sealed interface Decision {
    }

    /** Nothing to do: the record is here (note its file if {@code noteFile}), or its conflict is listed already. */
    public record Skip(boolean noteFile) implements Decision {
    }

    /** A new conflict of this {@code kind} with the local record (or order, or closing) {@code localId}. */
    public record Conflict(String kind, UUID localId) implements Decision {
    }

    /** Raise the order the record issued. */
    public record Issue(RectificationOrder order) implements Decision {
    }

    /** Apply an order's step: {@code before} becomes {@code next}; a re-inspection also writes {@code reinspection}. */
    public record Step(RectificationOrder before, RectificationOrder next, Reinspection reinspection)
            implements Decision {
    }

    /** Apply another laptop's closing of a provider-month. */
    public record Close(UUID providerId, YearMonth month, UUID contractId, UUID schemeVersionId, String total,
                        boolean failed, String result) implements Decision {
    }

    /** Reopen this laptop's {@code closing} for {@code reason}. */
    public record Reopen(Closing closing, String reason) implements Decision {
    }

    /** Not now: what the record follows is not here yet ({@code sync.record.waits.*}); tried again later. */
    public record Waits(Problem reason) implements Decision {
    }

    /** Never: the record may not be applied here, for this reason. */
    public record Refused(Problem reason) implements Decision {
    }

    /** Decides one record; a step the domain's rules refuse is {@link Refused} with the domain's reason. */
    public Decision decide(SyncRecord r, LocalRecords local) {
        Optional<Stored> existing = local.stored(r.id());
        if (existing.isPresent()) {
            if (!existing.get().contentHash().equals(r.contentHash())) {
                return conflict(r, local, "SAME_ID", r.id());
            }
            return new Skip(existing.get().fileSha256() == null);
        }
        Optional<Signer> signer = local.signer(r.actorId());
        if (signer.isEmpty()) {
            return new Waits(Problem.of("sync.record.waits.person", r.actorName()));
        }
        try {
            Role role = signer.get().role();
            return switch (r.kind()) {
                case ORDER_ISSUED -> issued(r, role, local);
                case ORDER_REPORTED, ORDER_REINSPECTED, ORDER_CLOSED -> step(r, role, signer.get().providerId(), local);
                case MONTH_CLOSED -> closing(r, role, false, local);
                case MONTH_REOPENED -> reopened(r, role, local);
                case ORDER_NOTICE -> new Refused(Problem.of("sync.refused.unknownSchema"));
            };
        } catch (DomainException refused) {
            return new Refused(refused.first());
        }
    }

    private Decision issued(SyncRecord r, Role role, LocalRecords local) {
        JsonNode b = r.body();
        UUID orderId = r.subject();
        if (local.orderExists(orderId)) {
            return conflict(r, local, "SAME_ID", orderId);
        }
        if (!RectificationRoles.mayIssue(role)) {
            return new Refused(Problem.of("sync.record.refused.notAllowed.ORDER_ISSUED", r.actorName()));
        }
        UUID inspectionId = uuid(b, "inspectionId");
        if (!local.sheetExists(inspectionId)) {
            return new Waits(Problem.of("sync.record.waits.sheet", shortId(inspectionId)));
        }
        UUID repeatOf = b.path("repeatOf").isTextual() ? uuid(b, "repeatOf") : null;
        if (repeatOf != null && !local.orderExists(repeatOf)) {
            return new Waits(Problem.of("sync.record.waits.repeatOf", shortId(repeatOf)));
        }
        List<OrderItem> items = new ArrayList<>();
        for (JsonNode i : b.path("items")) {
            items.add(new OrderItem(uuid(i, "templateItemId"), uuid(i, "templateId"), text(i, "itemCode"),
                    i.path("content").asText(""), uuid(i, "placeId"), new BigDecimal(text(i, "deduction")),
                    i.path("note").asText("")));
        }
        for (OrderItem i : items) {
            if (!local.templateItemExists(i.templateItemId())) {
                return new Refused(Problem.of("sync.refused.invalid", "items"));
            }
        }
        Optional<UUID> taken = local.orderHolding(inspectionId, items.stream().map(OrderItem::templateItemId).toList());
        if (taken.isPresent()) {
            return conflict(r, local, "ITEM_ON_TWO_ORDERS", taken.get());
        }
        JsonNode p = b.path("plan");
        Set<CauseCategory> causes = EnumSet.noneOf(CauseCategory.class);
        p.path("causes").forEach(c -> causes.add(CauseCategory.valueOf(c.asText())));
        RectificationPlan plan = new RectificationPlan(p.path("responsiblePerson").asText(""),
                LocalDate.parse(text(p, "deadline")), p.path("requiredStandard").asText(""), causes,
                p.path("causeNote").asText(""), p.path("steps").asText(""));
        return new Issue(RectificationOrder.raise(orderId, inspectionId, uuid(b, "providerId"), uuid(b, "placeId"),
                ServiceLine.valueOf(text(b, "serviceLine")), LocalDate.parse(text(b, "inspectedOn")),
                items, plan, ResponsibilityLevel.valueOf(text(b, "level")), repeatOf, r.actorId(), r.at()));
    }

    private Decision step(SyncRecord r, Role role, UUID actorProvider, LocalRecords local) {
        JsonNode b = r.body();
        UUID orderId = r.subject();
        Optional<RectificationOrder> found = local.order(orderId);
        if (found.isEmpty()) {
            return new Waits(Problem.of("sync.record.waits.order", shortId(orderId)));
        }
        RectificationOrder o = found.get();
        boolean allowed = switch (r.kind()) {
            case ORDER_REPORTED -> RectificationRoles.mayReportFixed(role, actorProvider, o.providerId());
            case ORDER_REINSPECTED -> RectificationRoles.mayReinspect(role);
            default -> RectificationRoles.mayClose(role);
        };
        if (!allowed) {
            return new Refused(Problem.of("sync.record.refused.notAllowed." + r.kind().name(), r.actorName()));
        }
        if (r.previous() == null) {
            return new Refused(Problem.of("sync.refused.invalid", "previous"));
        }
        if (!local.recordExists(r.previous())) {
            if (local.rejected(r.previous())) {
                return conflict(r, local, "FORK", local.head(orderId).orElse(null));
            }
            return new Waits(Problem.of("sync.record.waits.step", shortId(orderId)));
        }
        UUID head = local.head(orderId).orElse(null);
        if (!r.previous().equals(head)) {
            return conflict(r, local, "FORK", head);
        }
        if (b.path("round").asInt(-1) != o.round()) {
            return new Refused(Problem.of("sync.refused.invalid", "round"));
        }
        OffsetDateTime at = r.at();
        return switch (r.kind()) {
            case ORDER_REPORTED -> new Step(o, o.reportFixed(b.path("note").asText(""), at, role, actorProvider), null);
            case ORDER_REINSPECTED -> {
                UUID id = uuid(b, "reinspectionId");
                Verdict verdict = Verdict.valueOf(text(b, "verdict"));
                LocalDate newDeadline = b.path("newDeadline").isTextual()
                        ? LocalDate.parse(b.get("newDeadline").asText()) : null;
                List<String> shas = new ArrayList<>();
                b.path("photos").forEach(ph -> shas.add(text(ph, "sha256")));
                Reinspection re = new Reinspection(id, orderId, o.round(), r.actorId(), at, verdict,
                        b.path("note").asText(""), shas, newDeadline);
                yield new Step(o, o.reinspect(re, role, at.atZoneSameInstant(zone).toLocalDate()), re);
            }
            default -> new Step(o, o.close(role, r.actorId(), at), null);
        };
    }

    /**
     * Another laptop's closing of a month. A closing that follows no reopened closing here, or that meets a later
     * closing here, is a MONTH_CLOSED_TWICE conflict — unless a person decided that it {@code replaces} ours (ADR
     * 0027): then ours has just been marked SUPERSEDED. Superseded closings are history, never the month's state.
     */
    public Decision closing(SyncRecord r, Role role, boolean replaces, LocalRecords local) {
        JsonNode b = r.body();
        if (!role.mayActAs(Role.SUPERVISOR)) {
            return new Refused(Problem.of("sync.record.refused.notAllowed.MONTH_CLOSED", r.actorName()));
        }
        UUID providerId = uuid(b, "providerId");
        YearMonth month = YearMonth.parse(text(b, "month"));
        UUID contractId = uuid(b, "contractId");
        UUID schemeVersionId = uuid(b, "schemeVersionId");
        if (!r.subject().equals(RecordLog.monthSubject(providerId, month))) {
            return new Refused(Problem.of("sync.refused.invalid", "subject"));
        }
        RecordStore.checkAssessment(text(b, "result"));
        if (!local.referenceHere(providerId, contractId, schemeVersionId)) {
            return new Waits(Problem.of("sync.record.waits.reference", b.path("provider").asText(""),
                    month.toString()));
        }
        List<Closing> rows = local.closings(providerId, month);
        OffsetDateTime after = null;
        if (r.previous() != null) {
            Closing previous = rows.stream().filter(m -> m.id().equals(r.previous())).findFirst().orElse(null);
            if (previous == null && !replaces && local.rejected(r.previous())) {
                return conflict(r, local, "MONTH_CLOSED_TWICE", current(rows));
            }
            if (previous == null || !"REOPENED".equals(previous.status())) {
                return new Waits(Problem.of("sync.record.waits.closing", b.path("provider").asText(""),
                        month.toString()));
            }
            after = previous.closedAt();
        }
        for (Closing m : rows) {
            if (!replaces && !RecordStore.SUPERSEDED.equals(m.status())
                    && (after == null || m.closedAt().isAfter(after))) {
                return conflict(r, local, "MONTH_CLOSED_TWICE", m.id());
            }
            if (replaces && "CLOSED".equals(m.status())) {
                throw new IllegalStateException("the month must have no current closing when another replaces it");
            }
        }
        String total = b.path("total").isTextual() ? b.get("total").asText() : null;
        return new Close(providerId, month, contractId, schemeVersionId, total, b.path("failed").asBoolean(),
                text(b, "result"));
    }

    private Decision reopened(SyncRecord r, Role role, LocalRecords local) {
        JsonNode b = r.body();
        if (!role.mayActAs(Role.SUPERVISOR)) {
            return new Refused(Problem.of("sync.record.refused.notAllowed.MONTH_REOPENED", r.actorName()));
        }
        UUID closingId = uuid(b, "closingId");
        String reason = b.path("reason").asText("").strip();
        if (!closingId.equals(r.previous()) || !r.id().equals(RecordLog.reopenId(closingId)) || reason.isEmpty()) {
            return new Refused(Problem.of("sync.refused.invalid", "closing"));
        }
        Optional<Closing> m = local.closing(closingId);
        if (m.isEmpty()) {
            if (local.rejected(closingId)) {
                List<Closing> rows = local.closings(uuid(b, "providerId"), YearMonth.parse(text(b, "month")));
                return conflict(r, local, "MONTH_CLOSED_TWICE", current(rows));
            }
            return new Waits(Problem.of("sync.record.waits.closing", "", b.path("month").asText("")));
        }
        if (!"CLOSED".equals(m.get().status())) {
            return conflict(r, local, "SAME_ID", closingId);
        }
        return new Reopen(m.get(), reason);
    }

    /** The month's current closing here (CLOSED), else its latest closing that is not superseded, else null. */
    private static UUID current(List<Closing> rows) {
        return rows.stream().filter(m -> "CLOSED".equals(m.status())).map(Closing::id).findFirst()
                .orElseGet(() -> rows.stream().filter(m -> !RecordStore.SUPERSEDED.equals(m.status()))
                        .reduce((x, y) -> y).map(Closing::id).orElse(null));
    }

    /** A conflict, unless the same record (same content) came in another file: listed or decided, not asked again. */
    private static Decision conflict(SyncRecord r, LocalRecords local, String kind, UUID localId) {
        if (local.conflictListed(r.id(), r.contentHash())) {
            return new Skip(false);
        }
        return new Conflict(kind, localId);
    }

    private static UUID uuid(JsonNode n, String field) {
        return UUID.fromString(text(n, field));
    }

    private static String text(JsonNode n, String field) {
        return SyncRecord.text(n, field);
    }

    static String shortId(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }
}
