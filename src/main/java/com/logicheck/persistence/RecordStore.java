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
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationPlan;
import com.logicheck.domain.rectification.Reinspection;
import com.logicheck.domain.sync.LocalRecords;
import com.logicheck.persistence.jooq.tables.records.AssessmentMonthRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The rows a signed record from another laptop is merged into (ADR 0022): reads of what this laptop holds and the
 * writes that apply a decided record, all inside one transaction ({@link #inTransaction}). Which record is applied,
 * skipped, kept as a conflict or waits is decided in {@code sync} (the record merge decider), not here.
 */
public final class RecordStore {
    /** The status of a closing another laptop's closing of the same month replaced (ADR 0027). */
    public static final String SUPERSEDED = "SUPERSEDED";
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public RecordStore(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** Runs {@code work} in one transaction: all of its writes or none (a runtime exception rolls back). */
    public <T> T inTransaction(Function<Tx, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new Tx(cfg.dsl(), clock, changeLog)));
    }

    /** Throws when a closing's assessment result is not one this laptop can read. */
    public static void checkAssessment(String resultJson) {
        AssessmentJson.read(resultJson);
    }

    /**
     * Reads and writes inside one transaction of {@link #inTransaction}; its reads are what the record merge decider
     * asks of this laptop ({@link LocalRecords}).
     */
    public static final class Tx implements LocalRecords {
        private final DSLContext tx;
        private final Clock clock;
        private final ChangeLog changeLog;

        Tx(DSLContext tx, Clock clock, ChangeLog changeLog) {
            this.tx = tx;
            this.clock = clock;
            this.changeLog = changeLog;
        }

        /** Gives the month's closings and reopenings made here their records first (they are what a record follows). */
        public void prepareMonths(UUID subject) {
            RecordLog.prepareMonths(tx, subject, OffsetDateTime.now(clock));
        }

        @Override
        public Optional<Stored> stored(UUID recordId) {
            return tx.select(SYNC_RECORD.CONTENT_HASH, SYNC_RECORD.FILE_SHA256).from(SYNC_RECORD)
                    .where(SYNC_RECORD.ID.eq(recordId)).fetchOptional(r -> new Stored(r.value1(), r.value2()));
        }

        /** Notes the file a record made here (or met before without its file) came in. */
        public void noteFile(UUID recordId, String fileSha256) {
            tx.update(SYNC_RECORD).set(SYNC_RECORD.FILE_SHA256, fileSha256).where(SYNC_RECORD.ID.eq(recordId))
                    .execute();
        }

        @Override
        public Optional<Signer> signer(UUID personId) {
            return tx.select(PERSON.ROLE, PERSON.PROVIDER_ID).from(PERSON).where(PERSON.ID.eq(personId))
                    .fetchOptional(r -> new Signer(Role.valueOf(r.value1()), r.value2()));
        }

        @Override
        public boolean orderExists(UUID orderId) {
            return tx.fetchExists(RECTIFICATION_ORDER, RECTIFICATION_ORDER.ID.eq(orderId));
        }

        @Override
        public boolean sheetExists(UUID inspectionId) {
            return tx.fetchExists(INSPECTION, INSPECTION.ID.eq(inspectionId));
        }

        @Override
        public boolean templateItemExists(UUID templateItemId) {
            return tx.fetchExists(TEMPLATE_ITEM, TEMPLATE_ITEM.ID.eq(templateItemId));
        }

        /** An order here that already holds one of these items of the sheet, if any. */
        @Override
        public Optional<UUID> orderHolding(UUID inspectionId, Collection<UUID> templateItemIds) {
            return tx.select(RECTIFICATION_ITEM.ORDER_ID).from(RECTIFICATION_ITEM)
                    .where(RECTIFICATION_ITEM.INSPECTION_ID.eq(inspectionId)
                            .and(RECTIFICATION_ITEM.TEMPLATE_ITEM_ID.in(templateItemIds)))
                    .limit(1).fetchOptional(RECTIFICATION_ITEM.ORDER_ID);
        }

        /** The order, locked for this transaction. */
        @Override
        public Optional<RectificationOrder> order(UUID orderId) {
            return Optional.ofNullable(RectificationRepository.load(tx, orderId, true));
        }

        @Override
        public boolean recordExists(UUID recordId) {
            return tx.fetchExists(SYNC_RECORD, SYNC_RECORD.ID.eq(recordId));
        }

        /** The last step of the order's lifecycle recorded here. */
        @Override
        public Optional<UUID> head(UUID orderId) {
            return RecordLog.head(tx, orderId);
        }

        /** Whether a person here kept this laptop's side against the record (ADR 0027). */
        @Override
        public boolean rejected(UUID recordId) {
            return tx.fetchExists(SYNC_RECORD_CONFLICT, SYNC_RECORD_CONFLICT.RECORD_ID.eq(recordId)
                    .and(SYNC_RECORD_CONFLICT.RESOLUTION.eq("KEPT_LOCAL")));
        }

        /** Whether the provider, contract and assessment scheme version a closing names are here. */
        @Override
        public boolean referenceHere(UUID providerId, UUID contractId, UUID schemeVersionId) {
            return tx.fetchExists(PROVIDER, PROVIDER.ID.eq(providerId))
                    && tx.fetchExists(CONTRACT, CONTRACT.ID.eq(contractId))
                    && tx.fetchExists(ASSESSMENT_SCHEME_VERSION, ASSESSMENT_SCHEME_VERSION.ID.eq(schemeVersionId));
        }

        /** The provider-month's closings here, oldest first. */
        @Override
        public List<Closing> closings(UUID providerId, YearMonth month) {
            return tx.selectFrom(ASSESSMENT_MONTH).where(ASSESSMENT_MONTH.PROVIDER_ID.eq(providerId)
                    .and(ASSESSMENT_MONTH.MONTH_START.eq(month.atDay(1)))).orderBy(ASSESSMENT_MONTH.CLOSED_AT)
                    .fetch(Tx::toClosing);
        }

        /** One closing, locked for this transaction. */
        @Override
        public Optional<Closing> closing(UUID closingId) {
            return tx.selectFrom(ASSESSMENT_MONTH).where(ASSESSMENT_MONTH.ID.eq(closingId)).forUpdate()
                    .fetchOptional(Tx::toClosing);
        }

        private static Closing toClosing(AssessmentMonthRecord m) {
            return new Closing(m.getId(), m.getStatus(), m.getClosedAt(), m.getMonthStart());
        }

        /** Whether this record, with this content, is already listed as a conflict (open or decided). */
        @Override
        public boolean conflictListed(UUID recordId, String recordHash) {
            return tx.fetchExists(SYNC_RECORD_CONFLICT, SYNC_RECORD_CONFLICT.RECORD_ID.eq(recordId)
                    .and(SYNC_RECORD_CONFLICT.RECORD_HASH.eq(recordHash)));
        }

        /** Keeps the incoming record and its file for a person to decide. */
        public void insertConflict(SyncRecord r, String kind, UUID localId, String fileSha256, String file,
                                   byte[] pdf) {
            tx.insertInto(SYNC_RECORD_CONFLICT).set(SYNC_RECORD_CONFLICT.ID, UUID.randomUUID())
                    .set(SYNC_RECORD_CONFLICT.KIND, kind).set(SYNC_RECORD_CONFLICT.RECORD_ID, r.id())
                    .set(SYNC_RECORD_CONFLICT.RECORD_KIND, r.kind().name())
                    .set(SYNC_RECORD_CONFLICT.SUBJECT_ID, r.subject())
                    .set(SYNC_RECORD_CONFLICT.LOCAL_ID, localId).set(SYNC_RECORD_CONFLICT.INCOMING_SHA256, fileSha256)
                    .set(SYNC_RECORD_CONFLICT.INCOMING_FILE, file).set(SYNC_RECORD_CONFLICT.INCOMING_PDF, pdf)
                    .set(SYNC_RECORD_CONFLICT.RECORD_HASH, r.contentHash())
                    .set(SYNC_RECORD_CONFLICT.DETECTED_AT, OffsetDateTime.now(clock)).execute();
        }

        /** Stores an applied record in the log, with the file it came in. */
        public void logApplied(SyncRecord r, String fileSha256, String file) {
            RecordLog.insert(tx, r, fileSha256, file, OffsetDateTime.now(clock));
        }

        /** Writes an order raised on another laptop, its items, and its line in the change log. */
        public void insertOrder(SyncRecord r, RectificationOrder o) {
            RectificationPlan plan = o.plan();
            var row = RectificationRepository.raised(tx, o);
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
            UUID orderId = o.id();
            for (OrderItem i : o.items()) {
                RectificationRepository.insertItem(tx, derived(orderId, "item", i.templateItemId()), o, i);
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("items", o.items().stream().map(OrderItem::itemCode).toList());
            detail.put("deadline", plan.deadline().toString());
            detail.put("responsible", plan.responsiblePerson());
            detail.put("level", o.level().name());
            detail.put("record", r.id().toString());
            changeLog.append(tx, RectificationRepository.ENTITY, orderId, o.inspectionId(), "RECTIFICATION_RAISED",
                    detail, r.actorId());
        }

        /**
         * Writes a step of an order taken on another laptop: the order as the step left it, the re-inspection (if
         * any) and the step's photos, and its line in the change log.
         */
        public void writeStep(SyncRecord r, RectificationOrder before, RectificationOrder next,
                              Reinspection reinspection) {
            JsonNode b = r.body();
            UUID orderId = before.id();
            Map<String, Object> detail = new LinkedHashMap<>();
            String action;
            switch (r.kind()) {
                case ORDER_REPORTED -> {
                    insertPhotos(r, orderId, null, "REPORT", b.path("photos"));
                    detail.put("note", next.reportNote());
                    detail.put("photos", b.path("photos").size());
                    action = "RECTIFICATION_REPORTED";
                }
                case ORDER_REINSPECTED -> {
                    Reinspection re = reinspection;
                    tx.insertInto(REINSPECTION).set(REINSPECTION.ID, re.id()).set(REINSPECTION.ORDER_ID, orderId)
                            .set(REINSPECTION.ROUND, before.round()).set(REINSPECTION.INSPECTOR_ID, r.actorId())
                            .set(REINSPECTION.INSPECTED_AT, re.at()).set(REINSPECTION.VERDICT, re.verdict().name())
                            .set(REINSPECTION.NOTE, re.note()).set(REINSPECTION.NEW_DEADLINE, re.newDeadline())
                            .execute();
                    insertPhotos(r, orderId, re.id(), "REINSPECTION", b.path("photos"));
                    detail.put("reinspection", re.id().toString());
                    detail.put("round", next.round());
                    detail.put("deadline", next.deadline().toString());
                    detail.put("photos", re.photos().size());
                    action = "REINSPECTION_" + re.verdict().name();
                }
                default -> action = "RECTIFICATION_CLOSED";
            }
            tx.update(RECTIFICATION_ORDER).set(RECTIFICATION_ORDER.STATUS, next.status().name())
                    .set(RECTIFICATION_ORDER.ROUND, next.round()).set(RECTIFICATION_ORDER.DEADLINE, next.deadline())
                    .set(RECTIFICATION_ORDER.REPORTED_AT, next.reportedAt())
                    .set(RECTIFICATION_ORDER.REPORT_NOTE, next.reportNote())
                    .set(RECTIFICATION_ORDER.CLOSED_BY, next.closedBy())
                    .set(RECTIFICATION_ORDER.CLOSED_AT, next.closedAt())
                    .set(RECTIFICATION_ORDER.CLOSED_ON, next.closedAt() == null ? null
                            : next.closedAt().atZoneSameInstant(clock.getZone()).toLocalDate())
                    .set(RECTIFICATION_ORDER.UPDATED_AT, OffsetDateTime.now(clock))
                    .where(RECTIFICATION_ORDER.ID.eq(orderId)).execute();
            detail.put("from", before.status().name());
            detail.put("to", next.status().name());
            detail.put("record", r.id().toString());
            changeLog.append(tx, RectificationRepository.ENTITY, orderId, before.inspectionId(), action, detail,
                    r.actorId());
        }

        private void insertPhotos(SyncRecord r, UUID orderId, UUID reinspectionId, String stage, JsonNode photos) {
            int i = 0;
            for (JsonNode p : photos) {
                tx.insertInto(RECTIFICATION_PHOTO).set(RECTIFICATION_PHOTO.ID, derived(r.id(), "photo", i))
                        .set(RECTIFICATION_PHOTO.ORDER_ID, orderId)
                        .set(RECTIFICATION_PHOTO.REINSPECTION_ID, reinspectionId)
                        .set(RECTIFICATION_PHOTO.STAGE, stage)
                        .set(RECTIFICATION_PHOTO.SHA256, SyncRecord.text(p, "sha256"))
                        .set(RECTIFICATION_PHOTO.ORIGINAL_NAME, p.path("name").asText("photo"))
                        .set(RECTIFICATION_PHOTO.ADDED_AT, r.at().plusNanos(i * 1_000_000L)).execute();
                i++;
            }
        }

        /** Writes another laptop's closing of a provider-month (CLOSED) and its line in the change log. */
        public void insertClosing(SyncRecord r, UUID providerId, YearMonth month, UUID contractId, UUID schemeVersionId,
                                  String total, boolean failed, String resultJson) {
            tx.insertInto(ASSESSMENT_MONTH).set(ASSESSMENT_MONTH.ID, r.id())
                    .set(ASSESSMENT_MONTH.PROVIDER_ID, providerId)
                    .set(ASSESSMENT_MONTH.MONTH_START, month.atDay(1)).set(ASSESSMENT_MONTH.CONTRACT_ID, contractId)
                    .set(ASSESSMENT_MONTH.SCHEME_VERSION_ID, schemeVersionId).set(ASSESSMENT_MONTH.STATUS, "CLOSED")
                    .set(ASSESSMENT_MONTH.TOTAL, total == null ? null : new BigDecimal(total))
                    .set(ASSESSMENT_MONTH.FAILED, failed).set(ASSESSMENT_MONTH.RESULT_JSON, resultJson)
                    .set(ASSESSMENT_MONTH.CLOSED_BY, r.actorId()).set(ASSESSMENT_MONTH.CLOSED_AT, r.at()).execute();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("month", month.toString());
            detail.put("total", total == null ? "" : total);
            detail.put("failed", failed);
            detail.put("record", r.id().toString());
            changeLog.append(tx, "assessment_month", r.id(), null, "CLOSED", detail, r.actorId());
        }

        /** Marks a closing REOPENED by another laptop's record, with its reason, and logs it. */
        public void reopen(SyncRecord r, Closing closing, String reason) {
            tx.update(ASSESSMENT_MONTH).set(ASSESSMENT_MONTH.STATUS, "REOPENED")
                    .set(ASSESSMENT_MONTH.REOPENED_BY, r.actorId())
                    .set(ASSESSMENT_MONTH.REOPENED_AT, r.at()).set(ASSESSMENT_MONTH.REOPEN_REASON, reason)
                    .where(ASSESSMENT_MONTH.ID.eq(closing.id())).execute();
            changeLog.append(tx, "assessment_month", closing.id(), null, "REOPENED", Map.of("month",
                    YearMonth.from(closing.monthStart()).toString(), "reason", reason, "record", r.id().toString()),
                    r.actorId());
        }
    }

    private static UUID derived(UUID id, String what, Object key) {
        return UUID.nameUUIDFromBytes((id + ":" + what + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
