package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.ASSESSMENT_MONTH;
import static com.logicheck.persistence.jooq.Tables.ASSESSMENT_SCHEME_VERSION;
import static com.logicheck.persistence.jooq.Tables.CONTRACT;
import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PROVIDER;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_ITEM;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_ORDER;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_PHOTO;
import static com.logicheck.persistence.jooq.Tables.REINSPECTION;
import static com.logicheck.persistence.jooq.Tables.SYNC_RECORD;
import static com.logicheck.persistence.jooq.Tables.SYNC_RECORD_CONFLICT;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_ITEM;

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
import com.logicheck.persistence.jooq.tables.records.AssessmentMonthRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Merges one signed record from another laptop, in one transaction (ADR 0022). A record known by id with the same
 * content is skipped; with other content it is a conflict. The person who signed must be known here and allowed to
 * take the step ({@link RectificationRoles}; months: a supervisor). An order's step must follow the step this
 * laptop last applied: one that follows an earlier step is a FORK conflict, one whose predecessor (or order, sheet,
 * closing) is not here yet waits ({@code sync.record.waits.*}). Conflicts keep the incoming file for a person; nothing
 * here is overwritten. The step is applied through the domain's own rules, so an imported step cannot do what a
 * local one could not.
 */
public final class RecordMerge {
    static final String SUPERSEDED = "SUPERSEDED";
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public RecordMerge(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    public enum Outcome { NEW, SKIPPED, CONFLICT }

    /** What the merge did; a conflict names its kind and the local record (or order, or closing) it contradicts. */
    public record Result(Outcome outcome, String conflictKind, UUID localId) {
    }

    /** A verified record and the file it came in. */
    public record Incoming(SyncRecord record, String fileSha256, String file, byte[] pdf) {
    }

    /** Stores the record's photos (checked images) once the merge has decided to apply it. */
    public interface Photos {
        void store();
    }

    public Result merge(Incoming in, Photos photos) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SyncRecord r = in.record();
            if (!r.kind().ofOrder()) {
                RecordLog.prepareMonths(tx, r.subject(), OffsetDateTime.now(clock));
            }
            var existing = tx.select(SYNC_RECORD.CONTENT_HASH, SYNC_RECORD.FILE_SHA256).from(SYNC_RECORD)
                    .where(SYNC_RECORD.ID.eq(r.id())).fetchOne();
            if (existing != null) {
                if (!existing.value1().equals(r.contentHash())) {
                    return conflict(tx, in, "SAME_ID", r.id());
                }
                if (existing.value2() == null) {
                    tx.update(SYNC_RECORD).set(SYNC_RECORD.FILE_SHA256, in.fileSha256()).where(SYNC_RECORD.ID.eq(r.id()))
                            .execute();
                }
                return new Result(Outcome.SKIPPED, null, r.id());
            }
            var actor = tx.select(PERSON.ROLE, PERSON.PROVIDER_ID).from(PERSON).where(PERSON.ID.eq(r.actorId())).fetchOne();
            if (actor == null) {
                throw waits("sync.record.waits.person", r.actorName());
            }
            Role role = Role.valueOf(actor.value1());
            return switch (r.kind()) {
                case ORDER_ISSUED -> issued(tx, in, role, photos);
                case ORDER_REPORTED, ORDER_REINSPECTED, ORDER_CLOSED -> step(tx, in, role, actor.value2(), photos);
                case MONTH_CLOSED -> monthClosed(tx, in, role);
                case MONTH_REOPENED -> monthReopened(tx, in, role);
                case ORDER_NOTICE -> throw refused("sync.refused.unknownSchema");
            };
        });
    }

    private Result issued(DSLContext tx, Incoming in, Role role, Photos photos) {
        SyncRecord r = in.record();
        JsonNode b = r.body();
        UUID orderId = r.subject();
        if (tx.fetchExists(RECTIFICATION_ORDER, RECTIFICATION_ORDER.ID.eq(orderId))) {
            return conflict(tx, in, "SAME_ID", orderId);
        }
        if (!RectificationRoles.mayIssue(role)) {
            throw refused("sync.record.refused.notAllowed.ORDER_ISSUED", r.actorName());
        }
        UUID inspectionId = uuid(b, "inspectionId");
        if (!tx.fetchExists(INSPECTION, INSPECTION.ID.eq(inspectionId))) {
            throw waits("sync.record.waits.sheet", shortId(inspectionId));
        }
        UUID repeatOf = b.path("repeatOf").isTextual() ? uuid(b, "repeatOf") : null;
        if (repeatOf != null && !tx.fetchExists(RECTIFICATION_ORDER, RECTIFICATION_ORDER.ID.eq(repeatOf))) {
            throw waits("sync.record.waits.repeatOf", shortId(repeatOf));
        }
        List<OrderItem> items = new ArrayList<>();
        for (JsonNode i : b.path("items")) {
            items.add(new OrderItem(uuid(i, "templateItemId"), uuid(i, "templateId"), SyncRecord.text(i, "itemCode"),
                    i.path("content").asText(""), uuid(i, "placeId"), new BigDecimal(SyncRecord.text(i, "deduction")),
                    i.path("note").asText("")));
        }
        for (OrderItem i : items) {
            if (!tx.fetchExists(TEMPLATE_ITEM, TEMPLATE_ITEM.ID.eq(i.templateItemId()))) {
                throw refused("sync.refused.invalid", "items");
            }
        }
        UUID taken = tx.select(RECTIFICATION_ITEM.ORDER_ID).from(RECTIFICATION_ITEM)
                .where(RECTIFICATION_ITEM.INSPECTION_ID.eq(inspectionId)
                        .and(RECTIFICATION_ITEM.TEMPLATE_ITEM_ID.in(items.stream().map(OrderItem::templateItemId).toList())))
                .limit(1).fetchOptional(RECTIFICATION_ITEM.ORDER_ID).orElse(null);
        if (taken != null) {
            return conflict(tx, in, "ITEM_ON_TWO_ORDERS", taken);
        }
        JsonNode p = b.path("plan");
        Set<CauseCategory> causes = EnumSet.noneOf(CauseCategory.class);
        p.path("causes").forEach(c -> causes.add(CauseCategory.valueOf(c.asText())));
        RectificationPlan plan = new RectificationPlan(p.path("responsiblePerson").asText(""),
                LocalDate.parse(SyncRecord.text(p, "deadline")), p.path("requiredStandard").asText(""), causes,
                p.path("causeNote").asText(""), p.path("steps").asText(""));
        RectificationOrder o = RectificationOrder.raise(orderId, inspectionId, uuid(b, "providerId"), uuid(b, "placeId"),
                ServiceLine.valueOf(SyncRecord.text(b, "serviceLine")), LocalDate.parse(SyncRecord.text(b, "inspectedOn")),
                items, plan, ResponsibilityLevel.valueOf(SyncRecord.text(b, "level")), repeatOf, r.actorId(), r.at());
        var row = tx.newRecord(RECTIFICATION_ORDER);
        row.setId(o.id());
        row.setInspectionId(o.inspectionId());
        row.setProviderId(o.providerId());
        row.setPlaceId(o.placeId());
        row.setServiceLine(o.serviceLine().name());
        row.setInspectedOn(o.inspectedOn());
        row.setResponsibilityLevel(o.level().name());
        row.setRepeatOf(o.repeatOf());
        row.setRaisedBy(o.raisedBy());
        row.setRaisedAt(o.raisedAt());
        row.setResponsiblePerson(plan.responsiblePerson());
        row.setDeadline(plan.deadline());
        row.setRequiredStandard(plan.requiredStandard());
        row.setCauses(String.join(",", plan.causes().stream().sorted().map(Enum::name).toList()));
        row.setCauseNote(plan.causeNote());
        row.setSteps(plan.steps());
        row.setStatus(o.status().name());
        row.setRound(o.round());
        row.setReportNote("");
        row.setUpdatedAt(OffsetDateTime.now(clock));
        row.insert();
        for (OrderItem i : items) {
            tx.insertInto(RECTIFICATION_ITEM).set(RECTIFICATION_ITEM.ID, derived(orderId, "item", i.templateItemId()))
                    .set(RECTIFICATION_ITEM.ORDER_ID, orderId).set(RECTIFICATION_ITEM.INSPECTION_ID, inspectionId)
                    .set(RECTIFICATION_ITEM.TEMPLATE_ITEM_ID, i.templateItemId())
                    .set(RECTIFICATION_ITEM.TEMPLATE_ID, i.templateId()).set(RECTIFICATION_ITEM.ITEM_CODE, i.itemCode())
                    .set(RECTIFICATION_ITEM.CONTENT, i.content()).set(RECTIFICATION_ITEM.PLACE_ID, i.placeId())
                    .set(RECTIFICATION_ITEM.DEDUCTION, i.deduction()).set(RECTIFICATION_ITEM.NOTE, i.note()).execute();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("items", items.stream().map(OrderItem::itemCode).toList());
        detail.put("deadline", plan.deadline().toString());
        detail.put("responsible", plan.responsiblePerson());
        detail.put("level", o.level().name());
        detail.put("record", r.id().toString());
        changeLog.append(tx, RectificationRepository.ENTITY, orderId, inspectionId, "RECTIFICATION_RAISED", detail,
                r.actorId());
        return applied(tx, in);
    }

    private Result step(DSLContext tx, Incoming in, Role role, UUID actorProvider, Photos photos) {
        SyncRecord r = in.record();
        JsonNode b = r.body();
        UUID orderId = r.subject();
        RectificationOrder o = RectificationRepository.load(tx, orderId, true);
        if (o == null) {
            throw waits("sync.record.waits.order", shortId(orderId));
        }
        boolean allowed = switch (r.kind()) {
            case ORDER_REPORTED -> RectificationRoles.mayReportFixed(role, actorProvider, o.providerId());
            case ORDER_REINSPECTED -> RectificationRoles.mayReinspect(role);
            default -> RectificationRoles.mayClose(role);
        };
        if (!allowed) {
            throw refused("sync.record.refused.notAllowed." + r.kind().name(), r.actorName());
        }
        if (r.previous() == null) {
            throw refused("sync.refused.invalid", "previous");
        }
        if (!tx.fetchExists(SYNC_RECORD, SYNC_RECORD.ID.eq(r.previous()))) {
            if (rejected(tx, r.previous())) {
                return conflict(tx, in, "FORK", RecordLog.head(tx, orderId).orElse(null));
            }
            throw waits("sync.record.waits.step", shortId(orderId));
        }
        UUID head = RecordLog.head(tx, orderId).orElse(null);
        if (!r.previous().equals(head)) {
            return conflict(tx, in, "FORK", head);
        }
        if (b.path("round").asInt(-1) != o.round()) {
            throw refused("sync.refused.invalid", "round");
        }
        OffsetDateTime at = r.at();
        RectificationOrder next;
        Map<String, Object> detail = new LinkedHashMap<>();
        String action;
        switch (r.kind()) {
            case ORDER_REPORTED -> {
                next = o.reportFixed(b.path("note").asText(""), at, role, actorProvider);
                photos.store();
                insertPhotos(tx, r, orderId, null, "REPORT", b.path("photos"));
                detail.put("note", next.reportNote());
                detail.put("photos", b.path("photos").size());
                action = "RECTIFICATION_REPORTED";
            }
            case ORDER_REINSPECTED -> {
                UUID id = uuid(b, "reinspectionId");
                Verdict verdict = Verdict.valueOf(SyncRecord.text(b, "verdict"));
                LocalDate newDeadline = b.path("newDeadline").isTextual() ? LocalDate.parse(b.get("newDeadline").asText()) : null;
                List<String> shas = new ArrayList<>();
                b.path("photos").forEach(ph -> shas.add(SyncRecord.text(ph, "sha256")));
                Reinspection re = new Reinspection(id, orderId, o.round(), r.actorId(), at, verdict,
                        b.path("note").asText(""), shas, newDeadline);
                next = o.reinspect(re, role, at.atZoneSameInstant(clock.getZone()).toLocalDate());
                photos.store();
                tx.insertInto(REINSPECTION).set(REINSPECTION.ID, id).set(REINSPECTION.ORDER_ID, orderId)
                        .set(REINSPECTION.ROUND, o.round()).set(REINSPECTION.INSPECTOR_ID, r.actorId())
                        .set(REINSPECTION.INSPECTED_AT, at).set(REINSPECTION.VERDICT, verdict.name())
                        .set(REINSPECTION.NOTE, re.note()).set(REINSPECTION.NEW_DEADLINE, re.newDeadline()).execute();
                insertPhotos(tx, r, orderId, id, "REINSPECTION", b.path("photos"));
                detail.put("reinspection", id.toString());
                detail.put("round", next.round());
                detail.put("deadline", next.deadline().toString());
                detail.put("photos", shas.size());
                action = "REINSPECTION_" + verdict.name();
            }
            default -> {
                next = o.close(role, r.actorId(), at);
                action = "RECTIFICATION_CLOSED";
            }
        }
        tx.update(RECTIFICATION_ORDER).set(RECTIFICATION_ORDER.STATUS, next.status().name())
                .set(RECTIFICATION_ORDER.ROUND, next.round()).set(RECTIFICATION_ORDER.DEADLINE, next.deadline())
                .set(RECTIFICATION_ORDER.REPORTED_AT, next.reportedAt()).set(RECTIFICATION_ORDER.REPORT_NOTE, next.reportNote())
                .set(RECTIFICATION_ORDER.CLOSED_BY, next.closedBy()).set(RECTIFICATION_ORDER.CLOSED_AT, next.closedAt())
                .set(RECTIFICATION_ORDER.CLOSED_ON, next.closedAt() == null ? null
                        : next.closedAt().atZoneSameInstant(clock.getZone()).toLocalDate())
                .set(RECTIFICATION_ORDER.UPDATED_AT, OffsetDateTime.now(clock))
                .where(RECTIFICATION_ORDER.ID.eq(orderId)).execute();
        detail.put("from", o.status().name());
        detail.put("to", next.status().name());
        detail.put("record", r.id().toString());
        changeLog.append(tx, RectificationRepository.ENTITY, orderId, o.inspectionId(), action, detail, r.actorId());
        return applied(tx, in);
    }

    private static void insertPhotos(DSLContext tx, SyncRecord r, UUID orderId, UUID reinspectionId, String stage,
                                     JsonNode photos) {
        int i = 0;
        for (JsonNode p : photos) {
            tx.insertInto(RECTIFICATION_PHOTO).set(RECTIFICATION_PHOTO.ID, derived(r.id(), "photo", i))
                    .set(RECTIFICATION_PHOTO.ORDER_ID, orderId).set(RECTIFICATION_PHOTO.REINSPECTION_ID, reinspectionId)
                    .set(RECTIFICATION_PHOTO.STAGE, stage).set(RECTIFICATION_PHOTO.SHA256, SyncRecord.text(p, "sha256"))
                    .set(RECTIFICATION_PHOTO.ORIGINAL_NAME, p.path("name").asText("photo"))
                    .set(RECTIFICATION_PHOTO.ADDED_AT, r.at().plusNanos(i * 1_000_000L)).execute();
            i++;
        }
    }

    private Result monthClosed(DSLContext tx, Incoming in, Role role) {
        return applyClosing(tx, in, role, false);
    }

    /**
     * Applies another laptop's closing of a month. A closing that follows no reopened closing here, or that meets a
     * later closing here, is a MONTH_CLOSED_TWICE conflict — unless a person decided that it {@code replaces} ours
     * ({@link RecordConflictRepository#takeIncoming}): then ours has just been marked SUPERSEDED. Superseded closings
     * are history, never the month's state.
     */
    Result applyClosing(DSLContext tx, Incoming in, Role role, boolean replaces) {
        SyncRecord r = in.record();
        JsonNode b = r.body();
        if (!role.mayActAs(Role.SUPERVISOR)) {
            throw refused("sync.record.refused.notAllowed.MONTH_CLOSED", r.actorName());
        }
        UUID providerId = uuid(b, "providerId");
        YearMonth month = YearMonth.parse(SyncRecord.text(b, "month"));
        UUID contractId = uuid(b, "contractId");
        UUID schemeVersionId = uuid(b, "schemeVersionId");
        if (!r.subject().equals(RecordLog.monthSubject(providerId, month))) {
            throw refused("sync.refused.invalid", "subject");
        }
        AssessmentJson.read(SyncRecord.text(b, "result"));
        if (!tx.fetchExists(PROVIDER, PROVIDER.ID.eq(providerId)) || !tx.fetchExists(CONTRACT, CONTRACT.ID.eq(contractId))
                || !tx.fetchExists(ASSESSMENT_SCHEME_VERSION, ASSESSMENT_SCHEME_VERSION.ID.eq(schemeVersionId))) {
            throw waits("sync.record.waits.reference", b.path("provider").asText(""), month.toString());
        }
        List<AssessmentMonthRecord> rows = tx.selectFrom(ASSESSMENT_MONTH).where(ASSESSMENT_MONTH.PROVIDER_ID.eq(providerId)
                .and(ASSESSMENT_MONTH.MONTH_START.eq(month.atDay(1)))).orderBy(ASSESSMENT_MONTH.CLOSED_AT).fetch();
        OffsetDateTime after = null;
        if (r.previous() != null) {
            AssessmentMonthRecord previous = rows.stream().filter(m -> m.getId().equals(r.previous())).findFirst()
                    .orElse(null);
            if (previous == null && !replaces && rejected(tx, r.previous())) {
                return conflict(tx, in, "MONTH_CLOSED_TWICE", current(rows));
            }
            if (previous == null) {
                throw waits("sync.record.waits.closing", b.path("provider").asText(""), month.toString());
            }
            if (!"REOPENED".equals(previous.getStatus())) {
                throw waits("sync.record.waits.closing", b.path("provider").asText(""), month.toString());
            }
            after = previous.getClosedAt();
        }
        for (AssessmentMonthRecord m : rows) {
            if (!replaces && !SUPERSEDED.equals(m.getStatus()) && (after == null || m.getClosedAt().isAfter(after))) {
                return conflict(tx, in, "MONTH_CLOSED_TWICE", m.getId());
            }
            if (replaces && "CLOSED".equals(m.getStatus())) {
                throw new IllegalStateException("the month must have no current closing when another replaces it");
            }
        }
        String total = b.path("total").isTextual() ? b.get("total").asText() : null;
        boolean failed = b.path("failed").asBoolean();
        tx.insertInto(ASSESSMENT_MONTH).set(ASSESSMENT_MONTH.ID, r.id()).set(ASSESSMENT_MONTH.PROVIDER_ID, providerId)
                .set(ASSESSMENT_MONTH.MONTH_START, month.atDay(1)).set(ASSESSMENT_MONTH.CONTRACT_ID, contractId)
                .set(ASSESSMENT_MONTH.SCHEME_VERSION_ID, schemeVersionId).set(ASSESSMENT_MONTH.STATUS, "CLOSED")
                .set(ASSESSMENT_MONTH.TOTAL, total == null ? null : new BigDecimal(total))
                .set(ASSESSMENT_MONTH.FAILED, failed).set(ASSESSMENT_MONTH.RESULT_JSON, SyncRecord.text(b, "result"))
                .set(ASSESSMENT_MONTH.CLOSED_BY, r.actorId()).set(ASSESSMENT_MONTH.CLOSED_AT, r.at()).execute();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("month", month.toString());
        detail.put("total", total == null ? "" : total);
        detail.put("failed", failed);
        detail.put("record", r.id().toString());
        changeLog.append(tx, "assessment_month", r.id(), null, "CLOSED", detail, r.actorId());
        return applied(tx, in);
    }

    private Result monthReopened(DSLContext tx, Incoming in, Role role) {
        SyncRecord r = in.record();
        JsonNode b = r.body();
        if (!role.mayActAs(Role.SUPERVISOR)) {
            throw refused("sync.record.refused.notAllowed.MONTH_REOPENED", r.actorName());
        }
        UUID closingId = uuid(b, "closingId");
        String reason = b.path("reason").asText("").strip();
        if (!closingId.equals(r.previous()) || !r.id().equals(RecordLog.reopenId(closingId)) || reason.isEmpty()) {
            throw refused("sync.refused.invalid", "closing");
        }
        AssessmentMonthRecord m = tx.selectFrom(ASSESSMENT_MONTH).where(ASSESSMENT_MONTH.ID.eq(closingId)).forUpdate().fetchOne();
        if (m == null) {
            if (rejected(tx, closingId)) {
                List<AssessmentMonthRecord> rows = tx.selectFrom(ASSESSMENT_MONTH)
                        .where(ASSESSMENT_MONTH.PROVIDER_ID.eq(uuid(b, "providerId"))
                                .and(ASSESSMENT_MONTH.MONTH_START.eq(YearMonth.parse(SyncRecord.text(b, "month")).atDay(1))))
                        .orderBy(ASSESSMENT_MONTH.CLOSED_AT).fetch();
                return conflict(tx, in, "MONTH_CLOSED_TWICE", current(rows));
            }
            throw waits("sync.record.waits.closing", "", b.path("month").asText(""));
        }
        if (!"CLOSED".equals(m.getStatus())) {
            return conflict(tx, in, "SAME_ID", closingId);
        }
        tx.update(ASSESSMENT_MONTH).set(ASSESSMENT_MONTH.STATUS, "REOPENED").set(ASSESSMENT_MONTH.REOPENED_BY, r.actorId())
                .set(ASSESSMENT_MONTH.REOPENED_AT, r.at()).set(ASSESSMENT_MONTH.REOPEN_REASON, reason)
                .where(ASSESSMENT_MONTH.ID.eq(closingId)).execute();
        changeLog.append(tx, "assessment_month", closingId, null, "REOPENED", Map.of("month",
                YearMonth.from(m.getMonthStart()).toString(), "reason", reason, "record", r.id().toString()), r.actorId());
        return applied(tx, in);
    }

    /**
     * Whether a person here rejected the record (kept this laptop's side of its conflict): what follows it belongs to
     * the other laptop's branch and is a conflict too, not a step that waits forever for its predecessor.
     */
    private static boolean rejected(DSLContext tx, UUID recordId) {
        return tx.fetchExists(SYNC_RECORD_CONFLICT, SYNC_RECORD_CONFLICT.RECORD_ID.eq(recordId)
                .and(SYNC_RECORD_CONFLICT.RESOLUTION.eq("KEPT_LOCAL")));
    }

    /** The month's current closing here (CLOSED), else its latest closing that is not superseded, else null. */
    private static UUID current(List<AssessmentMonthRecord> rows) {
        return rows.stream().filter(m -> "CLOSED".equals(m.getStatus())).map(AssessmentMonthRecord::getId).findFirst()
                .orElseGet(() -> rows.stream().filter(m -> !SUPERSEDED.equals(m.getStatus()))
                        .reduce((x, y) -> y).map(AssessmentMonthRecord::getId).orElse(null));
    }

    private Result applied(DSLContext tx, Incoming in) {
        RecordLog.insert(tx, in.record(), in.fileSha256(), in.file(), OffsetDateTime.now(clock));
        return new Result(Outcome.NEW, null, in.record().id());
    }

    private Result conflict(DSLContext tx, Incoming in, String kind, UUID localId) {
        SyncRecord r = in.record();
        String recordHash = r.contentHash();
        if (tx.fetchExists(SYNC_RECORD_CONFLICT, SYNC_RECORD_CONFLICT.RECORD_ID.eq(r.id())
                .and(SYNC_RECORD_CONFLICT.RECORD_HASH.eq(recordHash)))) {
            // the same record in another file: already listed, or decided by a person (ADR 0027) — not asked again
            return new Result(Outcome.SKIPPED, null, r.id());
        }
        tx.insertInto(SYNC_RECORD_CONFLICT).set(SYNC_RECORD_CONFLICT.ID, UUID.randomUUID())
                .set(SYNC_RECORD_CONFLICT.KIND, kind).set(SYNC_RECORD_CONFLICT.RECORD_ID, r.id())
                .set(SYNC_RECORD_CONFLICT.RECORD_KIND, r.kind().name()).set(SYNC_RECORD_CONFLICT.SUBJECT_ID, r.subject())
                .set(SYNC_RECORD_CONFLICT.LOCAL_ID, localId).set(SYNC_RECORD_CONFLICT.INCOMING_SHA256, in.fileSha256())
                .set(SYNC_RECORD_CONFLICT.INCOMING_FILE, in.file()).set(SYNC_RECORD_CONFLICT.INCOMING_PDF, in.pdf())
                .set(SYNC_RECORD_CONFLICT.RECORD_HASH, recordHash)
                .set(SYNC_RECORD_CONFLICT.DETECTED_AT, OffsetDateTime.now(clock)).execute();
        return new Result(Outcome.CONFLICT, kind, localId);
    }

    private static UUID uuid(JsonNode n, String field) {
        return UUID.fromString(SyncRecord.text(n, field));
    }

    private static UUID derived(UUID id, String what, Object key) {
        return UUID.nameUUIDFromBytes((id + ":" + what + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String shortId(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }

    private static DomainException waits(String key, Object... args) {
        return new DomainException(Problem.of(key, args));
    }

    private static DomainException refused(String key, Object... args) {
        return new DomainException(Problem.of(key, args));
    }
}
