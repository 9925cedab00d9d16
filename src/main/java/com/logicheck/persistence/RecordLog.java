package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.ASSESSMENT_MONTH;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PROVIDER;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_ITEM;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_ORDER;
import static com.logicheck.persistence.jooq.Tables.RECTIFICATION_PHOTO;
import static com.logicheck.persistence.jooq.Tables.REINSPECTION;
import static com.logicheck.persistence.jooq.Tables.SYNC_RECORD;
import static com.logicheck.persistence.jooq.Tables.SYNC_RECORD_CONFLICT;

import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.persistence.jooq.Tables;
import com.logicheck.persistence.jooq.tables.records.AssessmentMonthRecord;
import com.logicheck.persistence.jooq.tables.records.RectificationOrderRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The signed-record log (ADR 0022): every step of a rectification order taken on this laptop is recorded, unsigned,
 * in the step's own transaction ({@link RectificationRepository} calls in); closings and reopenings of months are
 * recorded from {@code assessment_month} when an export or import needs them ({@link #prepareMonths}). The exporter
 * signs a person's records with that person's key and notes the file's hash here.
 */
public final class RecordLog {
    static final List<String> CHAIN = List.of("ORDER_ISSUED", "ORDER_REPORTED", "ORDER_REINSPECTED", "ORDER_CLOSED");
    private final DSLContext dsl;
    private final Clock clock;

    public RecordLog(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A record as stored: its content, the person who must sign it, and the signed file's hash once signed. */
    public record Stored(SyncRecord record, String actorName, String fileSha256, long seq) {
        public boolean signed() {
            return fileSha256 != null;
        }
    }

    void issued(DSLContext tx, UUID orderId) {
        RectificationOrderRecord o = tx.fetchOne(RECTIFICATION_ORDER, RECTIFICATION_ORDER.ID.eq(orderId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inspectionId", o.getInspectionId().toString());
        body.put("providerId", o.getProviderId().toString());
        body.put("provider", tx.select(PROVIDER.NAME).from(PROVIDER).where(PROVIDER.ID.eq(o.getProviderId()))
                .fetchOne(PROVIDER.NAME));
        body.put("placeId", o.getPlaceId().toString());
        body.put("place", tx.select(PLACE.PATH).from(PLACE).where(PLACE.ID.eq(o.getPlaceId())).fetchOne(PLACE.PATH));
        body.put("serviceLine", o.getServiceLine());
        body.put("inspectedOn", o.getInspectedOn().toString());
        body.put("level", o.getResponsibilityLevel());
        body.put("repeatOf", o.getRepeatOf() == null ? null : o.getRepeatOf().toString());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("responsiblePerson", o.getResponsiblePerson());
        plan.put("deadline", o.getDeadline().toString());
        plan.put("requiredStandard", o.getRequiredStandard());
        plan.put("causes", o.getCauses().isEmpty() ? List.of() : Arrays.stream(o.getCauses().split(",")).sorted().toList());
        plan.put("causeNote", o.getCauseNote());
        plan.put("steps", o.getSteps());
        body.put("plan", plan);
        body.put("items", tx.selectFrom(RECTIFICATION_ITEM).where(RECTIFICATION_ITEM.ORDER_ID.eq(orderId))
                .orderBy(RECTIFICATION_ITEM.ITEM_CODE, RECTIFICATION_ITEM.TEMPLATE_ITEM_ID).fetch(i -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("templateItemId", i.getTemplateItemId().toString());
                    item.put("templateId", i.getTemplateId().toString());
                    item.put("itemCode", i.getItemCode());
                    item.put("content", i.getContent());
                    item.put("placeId", i.getPlaceId().toString());
                    item.put("deduction", i.getDeduction().toPlainString());
                    item.put("note", i.getNote());
                    return item;
                }));
        append(tx, SyncRecord.Kind.ORDER_ISSUED, orderId, null, o.getRaisedBy(), o.getRaisedAt(), body, null, null);
    }

    void reported(DSLContext tx, UUID orderId, List<PhotoStore.StoredImage> photos, UUID actorId) {
        Optional<UUID> head = head(tx, orderId);
        if (head.isEmpty()) {
            return; // an order from before signed records: it does not travel (ADR 0022)
        }
        RectificationOrderRecord o = tx.fetchOne(RECTIFICATION_ORDER, RECTIFICATION_ORDER.ID.eq(orderId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("round", o.getRound());
        body.put("note", o.getReportNote());
        body.put("photos", photos.stream().map(p -> photo(p.sha256(), p.originalName())).toList());
        append(tx, SyncRecord.Kind.ORDER_REPORTED, orderId, head.get(), actorId, o.getReportedAt(), body, null, null);
    }

    void reinspected(DSLContext tx, UUID orderId, UUID reinspectionId, UUID actorId) {
        Optional<UUID> head = head(tx, orderId);
        if (head.isEmpty()) {
            return;
        }
        var r = tx.fetchOne(REINSPECTION, REINSPECTION.ID.eq(reinspectionId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reinspectionId", reinspectionId.toString());
        body.put("round", r.getRound());
        body.put("verdict", r.getVerdict());
        body.put("note", r.getNote());
        body.put("newDeadline", r.getNewDeadline() == null ? null : r.getNewDeadline().toString());
        body.put("photos", tx.select(RECTIFICATION_PHOTO.SHA256, RECTIFICATION_PHOTO.ORIGINAL_NAME)
                .from(RECTIFICATION_PHOTO).where(RECTIFICATION_PHOTO.REINSPECTION_ID.eq(reinspectionId))
                .orderBy(RECTIFICATION_PHOTO.ADDED_AT, RECTIFICATION_PHOTO.ID).fetch(p -> photo(p.value1(), p.value2())));
        append(tx, SyncRecord.Kind.ORDER_REINSPECTED, orderId, head.get(), actorId, r.getInspectedAt(), body, null, null);
    }

    void closed(DSLContext tx, UUID orderId, UUID actorId) {
        Optional<UUID> head = head(tx, orderId);
        if (head.isEmpty()) {
            return;
        }
        RectificationOrderRecord o = tx.fetchOne(RECTIFICATION_ORDER, RECTIFICATION_ORDER.ID.eq(orderId));
        append(tx, SyncRecord.Kind.ORDER_CLOSED, orderId, head.get(), actorId, o.getClosedAt(),
                Map.of("round", o.getRound()), null, null);
    }

    private static Map<String, Object> photo(String sha256, String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sha256", sha256);
        p.put("name", name);
        return p;
    }

    /** The last step of the order's lifecycle recorded here (the step a new one follows). */
    static Optional<UUID> head(DSLContext tx, UUID orderId) {
        return tx.select(SYNC_RECORD.ID).from(SYNC_RECORD)
                .where(SYNC_RECORD.SUBJECT_ID.eq(orderId).and(SYNC_RECORD.KIND.in(CHAIN)))
                .orderBy(SYNC_RECORD.SEQ.desc()).limit(1).fetchOptional(SYNC_RECORD.ID);
    }

    private SyncRecord append(DSLContext tx, SyncRecord.Kind kind, UUID subject, UUID previous, UUID actorId,
                             OffsetDateTime at, Map<String, ?> body, String fileSha256, String importedFrom) {
        String name = tx.select(PERSON.NAME).from(PERSON).where(PERSON.ID.eq(actorId)).fetchOptional(PERSON.NAME).orElse("");
        UUID id = UUID.randomUUID();
        SyncRecord r = new SyncRecord(kind, id, subject, previous, actorId, name, at, SyncRecord.body(body));
        insert(tx, r, fileSha256, importedFrom, OffsetDateTime.now(clock));
        return r;
    }

    static void insert(DSLContext tx, SyncRecord r, String fileSha256, String importedFrom, OffsetDateTime now) {
        byte[] canonical = r.canonical();
        tx.insertInto(SYNC_RECORD).set(SYNC_RECORD.ID, r.id()).set(SYNC_RECORD.KIND, r.kind().name())
                .set(SYNC_RECORD.SUBJECT_ID, r.subject()).set(SYNC_RECORD.PREVIOUS_ID, r.previous())
                .set(SYNC_RECORD.ACTOR_ID, r.actorId()).set(SYNC_RECORD.AT, r.at())
                .set(SYNC_RECORD.CONTENT, new String(canonical, StandardCharsets.UTF_8))
                .set(SYNC_RECORD.CONTENT_HASH, SyncRecord.sha256(canonical)).set(SYNC_RECORD.FILE_SHA256, fileSha256)
                .set(SYNC_RECORD.IMPORTED_FROM, importedFrom).set(SYNC_RECORD.RECORDED_AT, now).execute();
    }

    /** The provider-month a month record is about: the same id on every laptop. */
    public static UUID monthSubject(UUID providerId, YearMonth month) {
        return UUID.nameUUIDFromBytes(("month:" + providerId + ":" + month).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the record that reopens closing {@code closingId}: the same on every laptop. */
    public static UUID reopenId(UUID closingId) {
        return UUID.nameUUIDFromBytes(("reopen:" + closingId).getBytes(StandardCharsets.UTF_8));
    }

    /** Records every closing and reopening of a month that has no record yet (they are immutable once made). */
    public int prepareMonths() {
        return dsl.transactionResult(cfg -> prepareMonths(cfg.dsl(), null, OffsetDateTime.now(clock)));
    }

    /** As {@link #prepareMonths()}, for one provider-month (null: all) inside {@code tx}, recorded at {@code now}. */
    static int prepareMonths(DSLContext tx, UUID subject, OffsetDateTime now) {
        int added = 0;
        var rows = tx.selectFrom(ASSESSMENT_MONTH).orderBy(ASSESSMENT_MONTH.CLOSED_AT, ASSESSMENT_MONTH.ID).fetch();
        for (AssessmentMonthRecord m : rows) {
            YearMonth month = YearMonth.from(m.getMonthStart());
            UUID s = monthSubject(m.getProviderId(), month);
            if (subject != null && !subject.equals(s)) {
                continue;
            }
            if (!tx.fetchExists(SYNC_RECORD, SYNC_RECORD.ID.eq(m.getId()))) {
                UUID previous = rows.stream().filter(o -> !RecordStore.SUPERSEDED.equals(o.getStatus()))
                        .filter(o -> o.getProviderId().equals(m.getProviderId())
                                && o.getMonthStart().equals(m.getMonthStart()) && o.getClosedAt().isBefore(m.getClosedAt()))
                        .reduce((a, b) -> b).map(AssessmentMonthRecord::getId).orElse(null);
                insert(tx, new SyncRecord(SyncRecord.Kind.MONTH_CLOSED, m.getId(), s, previous, m.getClosedBy(),
                        name(tx, m.getClosedBy()), m.getClosedAt(), SyncRecord.body(closingBody(tx, m))), null, null,
                        now);
                added++;
            }
            UUID reopen = reopenId(m.getId());
            if (m.getReopenedAt() != null && !tx.fetchExists(SYNC_RECORD, SYNC_RECORD.ID.eq(reopen))) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("closingId", m.getId().toString());
                body.put("providerId", m.getProviderId().toString());
                body.put("month", month.toString());
                body.put("reason", m.getReopenReason());
                insert(tx, new SyncRecord(SyncRecord.Kind.MONTH_REOPENED, reopen, s, m.getId(), m.getReopenedBy(),
                        name(tx, m.getReopenedBy()), m.getReopenedAt(), SyncRecord.body(body)), null, null,
                        now);
                added++;
            }
        }
        return added;
    }

    static Map<String, Object> closingBody(DSLContext tx, AssessmentMonthRecord m) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerId", m.getProviderId().toString());
        body.put("provider", tx.select(PROVIDER.NAME).from(PROVIDER).where(PROVIDER.ID.eq(m.getProviderId()))
                .fetchOne(PROVIDER.NAME));
        body.put("month", YearMonth.from(m.getMonthStart()).toString());
        body.put("contractId", m.getContractId().toString());
        body.put("schemeVersionId", m.getSchemeVersionId().toString());
        body.put("total", m.getTotal() == null ? null : m.getTotal().toPlainString());
        body.put("failed", m.getFailed());
        body.put("result", m.getResultJson());
        return body;
    }

    private static String name(DSLContext tx, UUID personId) {
        return tx.select(PERSON.NAME).from(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(PERSON.NAME).orElse("");
    }

    /** The frozen result a closing record carries (its {@code result}), read exactly as the month stored it. */
    public static MonthlyAssessment frozenResult(SyncRecord closing) {
        return AssessmentJson.read(SyncRecord.text(closing.body(), "result"));
    }

    /** The stored record with this id, if any. */
    public Optional<Stored> find(UUID id) {
        return stored(SYNC_RECORD.ID.eq(id)).stream().findFirst();
    }

    /** Records not signed yet, oldest first. */
    public List<Stored> unsigned() {
        return stored(SYNC_RECORD.FILE_SHA256.isNull());
    }

    /** Records signed here or received signed, oldest first. */
    public List<Stored> signed() {
        return stored(SYNC_RECORD.FILE_SHA256.isNotNull());
    }

    /** Every record of one order or provider-month, in the order they were applied here. */
    public List<Stored> of(UUID subject) {
        return stored(SYNC_RECORD.SUBJECT_ID.eq(subject));
    }

    private List<Stored> stored(Condition where) {
        return dsl.select(SYNC_RECORD.CONTENT, PERSON.NAME, SYNC_RECORD.FILE_SHA256, SYNC_RECORD.SEQ).from(SYNC_RECORD)
                .leftJoin(PERSON).on(PERSON.ID.eq(SYNC_RECORD.ACTOR_ID)).where(where).orderBy(SYNC_RECORD.SEQ)
                .fetch(r -> new Stored(SyncRecord.parse(r.value1()), r.value2() == null ? "" : r.value2(), r.value3(),
                        r.value4()));
    }

    /**
     * Orders whose sheet is not signed yet: their records wait at export, because no other laptop can take an order
     * whose sheet it cannot have (an order may be raised from a finished sheet before it is signed).
     */
    public Set<UUID> ordersAwaitingSheet() {
        return new HashSet<>(dsl.select(RECTIFICATION_ORDER.ID).from(RECTIFICATION_ORDER)
                .join(Tables.INSPECTION)
                .on(Tables.INSPECTION.ID.eq(RECTIFICATION_ORDER.INSPECTION_ID))
                .where(Tables.INSPECTION.STATUS.notIn("SIGNED", "SUPERSEDED"))
                .fetch(RECTIFICATION_ORDER.ID));
    }

    /** Notes that the record's signed PDF (with this SHA-256) is in place; false if it was signed already. */
    public boolean markSigned(UUID id, String fileSha256) {
        return dsl.update(SYNC_RECORD).set(SYNC_RECORD.FILE_SHA256, fileSha256)
                .where(SYNC_RECORD.ID.eq(id).and(SYNC_RECORD.FILE_SHA256.isNull())).execute() == 1;
    }

    /** Whether a file with this SHA-256 was merged (or kept as a conflict) before: it is skipped unread. */
    public boolean known(String fileSha256) {
        return dsl.fetchExists(SYNC_RECORD, SYNC_RECORD.FILE_SHA256.eq(fileSha256))
                || dsl.fetchExists(SYNC_RECORD_CONFLICT, SYNC_RECORD_CONFLICT.INCOMING_SHA256.eq(fileSha256));
    }

    /** An open conflict: the incoming record kept for a person, and what it contradicts here. */
    public record Conflict(UUID id, String kind, UUID recordId, String recordKind, UUID subject, UUID localId,
                           String incomingFile, OffsetDateTime detectedAt) {
    }

    public List<Conflict> openConflicts() {
        return dsl.selectFrom(SYNC_RECORD_CONFLICT).where(SYNC_RECORD_CONFLICT.RESOLVED_AT.isNull())
                .orderBy(SYNC_RECORD_CONFLICT.DETECTED_AT)
                .fetch(r -> new Conflict(r.getId(), r.getKind(), r.getRecordId(), r.getRecordKind(), r.getSubjectId(),
                        r.getLocalId(), r.getIncomingFile(), r.getDetectedAt()));
    }

    /** Row counts of the tables an import of records writes (a refused file must change none of them). */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var table : List.of(SYNC_RECORD, SYNC_RECORD_CONFLICT, RECTIFICATION_ORDER, RECTIFICATION_ITEM, REINSPECTION,
                RECTIFICATION_PHOTO, ASSESSMENT_MONTH)) {
            counts.put(table.getName(), dsl.fetchCount(table));
        }
        return counts;
    }

}
