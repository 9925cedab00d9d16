package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.ASSESSMENT_MONTH;
import static com.logicheck.persistence.jooq.Tables.PERSON;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.MonthlyAssessment;
import com.logicheck.domain.assessment.PastMonth;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Closed months (月度考核结果): closing freezes the result as JSON; reopening keeps the reason (who may do either is
 * decided before, by {@code AssessmentService} and the permission policy, ADR 0032). A reopened row stays (status
 * REOPENED, who, when, why); closing again adds a new row.
 * While a month is closed nothing that feeds it can be entered or decided ({@link #requireOpen}).
 */
public final class AssessmentMonthRepository {
    private static final String CLOSED = "CLOSED";
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public AssessmentMonthRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** A closed month's frozen result, with who closed it and when. */
    public record ClosedMonth(UUID id, MonthlyAssessment assessment, String closedBy, OffsetDateTime closedAt) {
    }

    /** One closing of a month, reopened or not: the month's record of decisions. */
    public record Closing(UUID id, String status, String closedBy, OffsetDateTime closedAt, String reopenedBy,
                          OffsetDateTime reopenedAt, String reopenReason) {
    }

    /** Refuses any change that feeds a month already closed for the provider. */
    static void requireOpen(DSLContext tx, UUID providerId, YearMonth month) {
        if (tx.fetchExists(ASSESSMENT_MONTH, ASSESSMENT_MONTH.PROVIDER_ID.eq(providerId)
                .and(ASSESSMENT_MONTH.MONTH_START.eq(month.atDay(1))).and(ASSESSMENT_MONTH.STATUS.eq(CLOSED)))) {
            throw new DomainException(Problem.of("problem.month.closed", month.toString()));
        }
    }

    static void requireOpen(DSLContext tx, UUID providerId, LocalDate day) {
        requireOpen(tx, providerId, YearMonth.from(day));
    }

    public void close(UUID contractId, MonthlyAssessment a, UUID actorId) {
        close(contractId, a, null, actorId);
    }

    /** Freezes {@code a}; {@code earlyReason} (null: none) is why a supervisor closed it before it ended. */
    public void close(UUID contractId, MonthlyAssessment a, String earlyReason, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            requireOpen(tx, a.providerId(), a.month());
            UUID id = UUID.randomUUID();
            tx.insertInto(ASSESSMENT_MONTH).set(ASSESSMENT_MONTH.ID, id)
                    .set(ASSESSMENT_MONTH.PROVIDER_ID, a.providerId()).set(ASSESSMENT_MONTH.MONTH_START, a.month().atDay(1))
                    .set(ASSESSMENT_MONTH.CONTRACT_ID, contractId).set(ASSESSMENT_MONTH.SCHEME_VERSION_ID, a.scheme().id())
                    .set(ASSESSMENT_MONTH.STATUS, CLOSED).set(ASSESSMENT_MONTH.TOTAL, a.total())
                    .set(ASSESSMENT_MONTH.FAILED, a.failed()).set(ASSESSMENT_MONTH.RESULT_JSON, AssessmentJson.write(a))
                    .set(ASSESSMENT_MONTH.CLOSED_BY, actorId).set(ASSESSMENT_MONTH.CLOSED_AT, OffsetDateTime.now(clock))
                    .set(ASSESSMENT_MONTH.EARLY_CLOSE_REASON, earlyReason).execute();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("month", a.month().toString());
            detail.put("total", a.total() == null ? "" : a.total().toPlainString());
            detail.put("failed", a.failed());
            if (earlyReason != null) {
                detail.put("earlyReason", earlyReason);
            }
            changeLog.append(tx, "assessment_month", id, null, "CLOSED", detail, actorId);
        });
    }

    public void reopen(UUID providerId, YearMonth month, String reason, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID id = tx.select(ASSESSMENT_MONTH.ID).from(ASSESSMENT_MONTH)
                    .where(ASSESSMENT_MONTH.PROVIDER_ID.eq(providerId)).and(ASSESSMENT_MONTH.MONTH_START.eq(month.atDay(1)))
                    .and(ASSESSMENT_MONTH.STATUS.eq(CLOSED)).forUpdate().fetchOptional(ASSESSMENT_MONTH.ID)
                    .orElseThrow(() -> new DomainException(Problem.of("problem.month.notClosed", month.toString())));
            tx.update(ASSESSMENT_MONTH).set(ASSESSMENT_MONTH.STATUS, "REOPENED").set(ASSESSMENT_MONTH.REOPENED_BY, actorId)
                    .set(ASSESSMENT_MONTH.REOPENED_AT, OffsetDateTime.now(clock))
                    .set(ASSESSMENT_MONTH.REOPEN_REASON, reason.strip()).where(ASSESSMENT_MONTH.ID.eq(id)).execute();
            changeLog.append(tx, "assessment_month", id, null, "REOPENED",
                    Map.of("month", month.toString(), "reason", reason.strip()), actorId);
        });
    }

    public Optional<ClosedMonth> closed(UUID providerId, YearMonth month) {
        return dsl.select(ASSESSMENT_MONTH.ID, ASSESSMENT_MONTH.RESULT_JSON, PERSON.NAME, ASSESSMENT_MONTH.CLOSED_AT)
                .from(ASSESSMENT_MONTH).join(PERSON).on(PERSON.ID.eq(ASSESSMENT_MONTH.CLOSED_BY))
                .where(ASSESSMENT_MONTH.PROVIDER_ID.eq(providerId)).and(ASSESSMENT_MONTH.MONTH_START.eq(month.atDay(1)))
                .and(ASSESSMENT_MONTH.STATUS.eq(CLOSED))
                .fetchOptional(r -> new ClosedMonth(r.value1(), AssessmentJson.read(r.value2()), r.value3(), r.value4()));
    }

    /** A closed month's frozen total (null when the month had none). */
    public record ClosedTotal(YearMonth month, BigDecimal total) {
    }

    /**
     * The frozen totals of the provider's months from {@code first} to {@code last} that are closed, oldest first, in
     * one read: each exactly as its frozen result has it (the {@code total} column keeps two decimals only).
     */
    public List<ClosedTotal> closedTotals(UUID providerId, YearMonth first, YearMonth last) {
        return dsl.select(ASSESSMENT_MONTH.MONTH_START, ASSESSMENT_MONTH.RESULT_JSON).from(ASSESSMENT_MONTH)
                .where(ASSESSMENT_MONTH.PROVIDER_ID.eq(providerId)).and(ASSESSMENT_MONTH.STATUS.eq(CLOSED))
                .and(ASSESSMENT_MONTH.MONTH_START.between(first.atDay(1), last.atDay(1)))
                .orderBy(ASSESSMENT_MONTH.MONTH_START)
                .fetch(r -> new ClosedTotal(YearMonth.from(r.value1()), AssessmentJson.read(r.value2()).total()));
    }

    /** Every closing of the month, oldest first, reopened ones with who reopened it and why. */
    public List<Closing> closings(UUID providerId, YearMonth month) {
        var closer = PERSON.as("closer");
        var reopener = PERSON.as("reopener");
        return dsl.select(ASSESSMENT_MONTH.ID, ASSESSMENT_MONTH.STATUS, closer.NAME, ASSESSMENT_MONTH.CLOSED_AT,
                        reopener.NAME, ASSESSMENT_MONTH.REOPENED_AT, ASSESSMENT_MONTH.REOPEN_REASON)
                .from(ASSESSMENT_MONTH).join(closer).on(closer.ID.eq(ASSESSMENT_MONTH.CLOSED_BY))
                .leftJoin(reopener).on(reopener.ID.eq(ASSESSMENT_MONTH.REOPENED_BY))
                .where(ASSESSMENT_MONTH.PROVIDER_ID.eq(providerId)).and(ASSESSMENT_MONTH.MONTH_START.eq(month.atDay(1)))
                .orderBy(ASSESSMENT_MONTH.CLOSED_AT)
                .fetch(r -> new Closing(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** The closed months of a contract before {@code month}: did each fail? */
    public List<PastMonth> history(UUID contractId, YearMonth month) {
        return dsl.select(ASSESSMENT_MONTH.MONTH_START, ASSESSMENT_MONTH.FAILED).from(ASSESSMENT_MONTH)
                .where(ASSESSMENT_MONTH.CONTRACT_ID.eq(contractId)).and(ASSESSMENT_MONTH.STATUS.eq(CLOSED))
                .and(ASSESSMENT_MONTH.MONTH_START.lt(month.atDay(1))).orderBy(ASSESSMENT_MONTH.MONTH_START)
                .fetch(r -> new PastMonth(YearMonth.from(r.value1()), r.value2()));
    }
}
