package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.APPEAL;
import static com.logicheck.persistence.jooq.Tables.EXEMPTION;
import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.ITEM_RESULT;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_ITEM;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.Appeal;
import com.logicheck.domain.assessment.AppealStatus;
import com.logicheck.domain.assessment.Exemption;
import com.logicheck.domain.assessment.ExemptionReason;
import com.logicheck.domain.assessment.ExemptionStatus;
import com.logicheck.domain.inspection.InspectionLifecycle;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.persistence.jooq.tables.records.AppealRecord;
import com.logicheck.persistence.jooq.tables.records.ExemptionRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * 不予扣分 and 申辩 on one deduction of a finished or signed sheet. Inspectors ask for exemptions, the provider raises
 * appeals, and only a supervisor decides either (decided before, by {@code AssessmentEntries} and the permission
 * policy, ADR 0032). Whether the sheet counts is the lifecycle's rule, asked by {@code AssessmentEntries} on
 * {@link #sheetLifecycle} in the same unit of work; this class only reads and writes the rows. Every request and
 * decision is written to the sheet's own history (change_log with the inspection id); nothing is deleted.
 */
public final class ReliefRepository {
    private static final Request<ExemptionRecord> EXEMPTIONS = new Request<>(EXEMPTION, EXEMPTION.ID, EXEMPTION.STATUS,
            EXEMPTION.INSPECTION_ID, ExemptionStatus.PENDING.name(), "problem.exemption.missing", "problem.exemption.decided");
    private static final Request<AppealRecord> APPEALS = new Request<>(APPEAL, APPEAL.ID, APPEAL.STATUS,
            APPEAL.INSPECTION_ID, AppealStatus.OPEN.name(), "problem.appeal.missing", "problem.appeal.decided");
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public ReliefRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** The lifecycle of the sheet a request is about, as it is now (for {@code InspectionLifecycle} to decide on). */
    public Optional<InspectionLifecycle> sheetLifecycle(UUID inspectionId) {
        return InspectionLifecycleRows.read(dsl, inspectionId);
    }

    /** The sheet of a pending exemption, locked; refused when the exemption is missing or decided already. */
    public UUID pendingExemptionSheet(UUID exemptionId) {
        return pending(dsl, EXEMPTIONS, exemptionId).getInspectionId();
    }

    /** The sheet of an open appeal, locked; refused when the appeal is missing or decided already. */
    public UUID openAppealSheet(UUID appealId) {
        return pending(dsl, APPEALS, appealId).getInspectionId();
    }

    /** Records a pending exemption; the reason is given ({@code AssessmentEntries} checked it and who asks). */
    public UUID requestExemption(UUID inspectionId, UUID itemId, ExemptionReason reason, String text, UUID actorId) {
        UUID id = UUID.randomUUID();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            String itemCode = requireDeduction(tx, inspectionId, itemId);
            if (tx.fetchExists(EXEMPTION, EXEMPTION.INSPECTION_ID.eq(inspectionId).and(EXEMPTION.TEMPLATE_ITEM_ID.eq(itemId))
                    .and(EXEMPTION.STATUS.in(ExemptionStatus.PENDING.name(), ExemptionStatus.APPROVED.name())))) {
                throw new DomainException(Problem.of("problem.exemption.duplicate", itemCode));
            }
            tx.insertInto(EXEMPTION).set(EXEMPTION.ID, id).set(EXEMPTION.INSPECTION_ID, inspectionId)
                    .set(EXEMPTION.TEMPLATE_ITEM_ID, itemId).set(EXEMPTION.REASON_CATEGORY, reason.name())
                    .set(EXEMPTION.REASON, text.strip()).set(EXEMPTION.REQUESTED_BY, actorId)
                    .set(EXEMPTION.REQUESTED_AT, OffsetDateTime.now(clock)).set(EXEMPTION.STATUS, ExemptionStatus.PENDING.name())
                    .execute();
            changeLog.append(tx, "exemption", id, inspectionId, "EXEMPTION_REQUESTED",
                    Map.of("item", itemCode, "reason", reason.name(), "text", text.strip()), actorId);
        });
        return id;
    }

    /** Who asked for an exemption (for the separation of duties); empty when there is no such exemption. */
    public Optional<UUID> exemptionRequester(UUID exemptionId) {
        return dsl.select(EXEMPTION.REQUESTED_BY).from(EXEMPTION).where(EXEMPTION.ID.eq(exemptionId))
                .fetchOptional(EXEMPTION.REQUESTED_BY);
    }

    /** Who lodged an appeal (for the separation of duties); empty when there is no such appeal. */
    public Optional<UUID> appealRaiser(UUID appealId) {
        return dsl.select(APPEAL.RAISED_BY).from(APPEAL).where(APPEAL.ID.eq(appealId)).fetchOptional(APPEAL.RAISED_BY);
    }

    public void decideExemption(UUID exemptionId, boolean approve, String note, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var row = undecided(tx, EXEMPTIONS, exemptionId);
            ExemptionStatus status = approve ? ExemptionStatus.APPROVED : ExemptionStatus.REJECTED;
            String text = note == null ? "" : note.strip();
            tx.update(EXEMPTION).set(EXEMPTION.STATUS, status.name()).set(EXEMPTION.DECIDED_BY, actorId)
                    .set(EXEMPTION.DECIDED_AT, OffsetDateTime.now(clock)).set(EXEMPTION.DECISION_NOTE, text)
                    .where(EXEMPTION.ID.eq(exemptionId)).execute();
            changeLog.append(tx, "exemption", exemptionId, row.getInspectionId(), "EXEMPTION_" + status.name(),
                    Map.of("item", row.getTemplateItemId().toString(), "note", text), actorId);
        });
    }

    /** Records an open appeal; the statement is given ({@code AssessmentEntries} checked it and who asks). */
    public UUID raiseAppeal(UUID inspectionId, UUID itemId, String statement, UUID actorId) {
        UUID id = UUID.randomUUID();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            String itemCode = requireDeduction(tx, inspectionId, itemId);
            if (tx.fetchExists(APPEAL, APPEAL.INSPECTION_ID.eq(inspectionId).and(APPEAL.TEMPLATE_ITEM_ID.eq(itemId))
                    .and(APPEAL.STATUS.eq(AppealStatus.OPEN.name())))) {
                throw new DomainException(Problem.of("problem.appeal.duplicate", itemCode));
            }
            tx.insertInto(APPEAL).set(APPEAL.ID, id).set(APPEAL.INSPECTION_ID, inspectionId)
                    .set(APPEAL.TEMPLATE_ITEM_ID, itemId).set(APPEAL.STATEMENT, statement.strip())
                    .set(APPEAL.RAISED_BY, actorId).set(APPEAL.RAISED_AT, OffsetDateTime.now(clock))
                    .set(APPEAL.STATUS, AppealStatus.OPEN.name()).execute();
            changeLog.append(tx, "appeal", id, inspectionId, "APPEAL_RAISED",
                    Map.of("item", itemCode, "statement", statement.strip()), actorId);
        });
        return id;
    }

    public void decideAppeal(UUID appealId, boolean overturn, String reason, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var row = undecided(tx, APPEALS, appealId);
            AppealStatus status = overturn ? AppealStatus.OVERTURNED : AppealStatus.UPHELD;
            tx.update(APPEAL).set(APPEAL.STATUS, status.name()).set(APPEAL.DECIDED_BY, actorId)
                    .set(APPEAL.DECIDED_AT, OffsetDateTime.now(clock)).set(APPEAL.DECISION_REASON, reason.strip())
                    .where(APPEAL.ID.eq(appealId)).execute();
            changeLog.append(tx, "appeal", appealId, row.getInspectionId(), "APPEAL_" + status.name(),
                    Map.of("item", row.getTemplateItemId().toString(), "reason", reason.strip()), actorId);
        });
    }

    /** The exemptions on the sheets, by sheet, oldest first. */
    public Map<UUID, List<Exemption>> exemptions(Collection<UUID> inspectionIds) {
        var requester = PERSON.as("requester");
        var decider = PERSON.as("decider");
        return dsl.select(EXEMPTION.asterisk(), requester.NAME, decider.NAME).from(EXEMPTION)
                .join(requester).on(requester.ID.eq(EXEMPTION.REQUESTED_BY))
                .leftJoin(decider).on(decider.ID.eq(EXEMPTION.DECIDED_BY))
                .where(EXEMPTION.INSPECTION_ID.in(inspectionIds)).orderBy(EXEMPTION.REQUESTED_AT)
                .fetch(r -> new Exemption(r.get(EXEMPTION.ID), r.get(EXEMPTION.INSPECTION_ID),
                        r.get(EXEMPTION.TEMPLATE_ITEM_ID), ExemptionReason.valueOf(r.get(EXEMPTION.REASON_CATEGORY)),
                        r.get(EXEMPTION.REASON), r.get(requester.NAME), r.get(EXEMPTION.REQUESTED_AT),
                        ExemptionStatus.valueOf(r.get(EXEMPTION.STATUS)), r.get(decider.NAME), r.get(EXEMPTION.DECIDED_AT),
                        r.get(EXEMPTION.DECISION_NOTE)))
                .stream().collect(Collectors.groupingBy(Exemption::inspectionId));
    }

    /** The appeals on the sheets, by sheet, oldest first. */
    public Map<UUID, List<Appeal>> appeals(Collection<UUID> inspectionIds) {
        var raiser = PERSON.as("raiser");
        var decider = PERSON.as("decider");
        return dsl.select(APPEAL.asterisk(), raiser.NAME, decider.NAME).from(APPEAL)
                .join(raiser).on(raiser.ID.eq(APPEAL.RAISED_BY))
                .leftJoin(decider).on(decider.ID.eq(APPEAL.DECIDED_BY))
                .where(APPEAL.INSPECTION_ID.in(inspectionIds)).orderBy(APPEAL.RAISED_AT)
                .fetch(r -> new Appeal(r.get(APPEAL.ID), r.get(APPEAL.INSPECTION_ID), r.get(APPEAL.TEMPLATE_ITEM_ID),
                        r.get(APPEAL.STATEMENT), r.get(raiser.NAME), r.get(APPEAL.RAISED_AT),
                        AppealStatus.valueOf(r.get(APPEAL.STATUS)), r.get(decider.NAME), r.get(APPEAL.DECIDED_AT),
                        r.get(APPEAL.DECISION_REASON)))
                .stream().collect(Collectors.groupingBy(Appeal::inspectionId));
    }

    /** The item's code; refuses unless the sheet exists, its month is open and the item is deducted. */
    private String requireDeduction(DSLContext tx, UUID inspectionId, UUID itemId) {
        requireOpenMonth(tx, inspectionId);
        var r = tx.select(ITEM_RESULT.OUTCOME, ITEM_RESULT.DEDUCTION, TEMPLATE_ITEM.CODE).from(TEMPLATE_ITEM)
                .leftJoin(ITEM_RESULT).on(ITEM_RESULT.TEMPLATE_ITEM_ID.eq(TEMPLATE_ITEM.ID)
                        .and(ITEM_RESULT.INSPECTION_ID.eq(inspectionId)))
                .where(TEMPLATE_ITEM.ID.eq(itemId)).fetchOne();
        if (r == null) {
            throw new DomainException(Problem.of("problem.item.unknown", itemId.toString()));
        }
        if (!Outcome.DEDUCT.name().equals(r.value1()) || r.value2().signum() == 0) {
            throw new DomainException(Problem.of("problem.relief.noDeduction", r.value3()));
        }
        return r.value3();
    }

    /**
     * One kind of request a supervisor decides once (an exemption, an appeal): its table, the status it waits in
     * and the refusals when it is gone or already decided.
     */
    private record Request<R extends Record>(Table<R> table, TableField<R, UUID> id, TableField<R, String> status,
                                             TableField<R, UUID> inspection, String open, String missing,
                                             String decided) {
    }

    /** The request, locked for its decision; refused when it is missing, decided already or in a closed month. */
    private <R extends Record> R undecided(DSLContext tx, Request<R> kind, UUID id) {
        R row = pending(tx, kind, id);
        requireOpenMonth(tx, row.get(kind.inspection()));
        return row;
    }

    /** The request, locked; refused when it is missing or decided already. */
    private static <R extends Record> R pending(DSLContext tx, Request<R> kind, UUID id) {
        R row = tx.selectFrom(kind.table()).where(kind.id().eq(id)).forUpdate().fetchOne();
        if (row == null) {
            throw new DomainException(Problem.of(kind.missing(), id.toString()));
        }
        if (!kind.open().equals(row.get(kind.status()))) {
            throw new DomainException(Problem.of(kind.decided()));
        }
        return row;
    }

    private void requireOpenMonth(DSLContext tx, UUID inspectionId) {
        var sheet = tx.select(INSPECTION.PROVIDER_ID, INSPECTION.STARTED_AT).from(INSPECTION)
                .where(INSPECTION.ID.eq(inspectionId)).fetchOne();
        if (sheet == null) {
            throw new DomainException(Problem.of("problem.inspection.missing", inspectionId.toString()));
        }
        LocalDate day = sheet.value2().atZoneSameInstant(clock.getZone()).toLocalDate();
        AssessmentMonthRepository.requireOpen(tx, sheet.value1(), day);
    }
}
