package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.SURVEY_RESPONSE;
import static com.logicheck.persistence.jooq.Tables.THIRD_PARTY_SCORE;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.RespondentKind;
import com.logicheck.domain.assessment.SurveyResponse;
import com.logicheck.domain.assessment.ThirdPartyScore;
import com.logicheck.persistence.jooq.tables.records.SurveyResponseRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * 满意度调查 per respondent and 第三方评价 per month. A batch of responses (typed or imported) is one transaction:
 * all of it is stored or none. The caller validates scores against the scheme first.
 */
public final class SurveyRepository {
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public SurveyRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** Stores the responses as one batch; returns the batch id. */
    public UUID add(UUID providerId, YearMonth month, List<SurveyResponse> responses, UUID actorId) {
        return store(providerId, month, responses, false, actorId);
    }

    /**
     * Replaces the month's responses by these (a corrected survey file imported again) in one transaction; the
     * replaced ones stay in the history.
     */
    public UUID replace(UUID providerId, YearMonth month, List<SurveyResponse> responses, UUID actorId) {
        return store(providerId, month, responses, true, actorId);
    }

    private UUID store(UUID providerId, YearMonth month, List<SurveyResponse> responses, boolean replace,
                       UUID actorId) {
        UUID batch = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AssessmentMonthRepository.requireOpen(tx, providerId, month);
            if (replace) {
                var old = tx.selectFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.PROVIDER_ID.eq(providerId))
                        .and(SURVEY_RESPONSE.MONTH_START.eq(month.atDay(1))).fetch();
                if (!old.isEmpty()) {
                    tx.deleteFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.PROVIDER_ID.eq(providerId))
                            .and(SURVEY_RESPONSE.MONTH_START.eq(month.atDay(1))).execute();
                    changeLog.append(tx, "survey_batch", batch, null, "SURVEY_REPLACED", Map.of("month",
                            month.toString(), "replaced", old.stream().map(r -> r.getRespondentKind() + " "
                                    + r.getRespondent() + " " + r.getScore().toPlainString()).toList()), actorId);
                }
            }
            List<SurveyResponseRecord> rows = new ArrayList<>();
            for (SurveyResponse r : responses) {
                rows.add(new SurveyResponseRecord(r.id() == null ? UUID.randomUUID() : r.id(), providerId,
                        month.atDay(1), r.kind().name(), r.respondent(), r.score(), batch, actorId, now));
            }
            tx.batchInsert(rows).execute();
            changeLog.append(tx, "survey_batch", batch, null, "SURVEY_ADDED", Map.of("provider", providerId.toString(),
                    "month", month.toString(), "responses", responses.size()), actorId);
        });
        return batch;
    }

    public List<SurveyResponse> responses(UUID providerId, YearMonth month) {
        return dsl.selectFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.PROVIDER_ID.eq(providerId))
                .and(SURVEY_RESPONSE.MONTH_START.eq(month.atDay(1)))
                .orderBy(SURVEY_RESPONSE.ENTERED_AT, SURVEY_RESPONSE.RESPONDENT_KIND, SURVEY_RESPONSE.RESPONDENT)
                .fetch(r -> new SurveyResponse(r.getId(), RespondentKind.valueOf(r.getRespondentKind()), r.getRespondent(),
                        r.getScore()));
    }

    /** Takes one response back (a typing mistake); the removed values stay in the history. */
    public void remove(UUID responseId, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SurveyResponseRecord r = tx.selectFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.ID.eq(responseId)).fetchOne();
            if (r == null) {
                throw new DomainException(Problem.of("problem.survey.missing", responseId.toString()));
            }
            AssessmentMonthRepository.requireOpen(tx, r.getProviderId(), YearMonth.from(r.getMonthStart()));
            r.delete();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("respondent", r.getRespondent());
            detail.put("kind", r.getRespondentKind());
            detail.put("score", r.getScore().toPlainString());
            changeLog.append(tx, "survey_response", responseId, null, "REMOVED", detail, actorId);
        });
    }

    /** Sets (or replaces) the month's third-party score; the replaced one stays in the history. */
    public void setThirdParty(UUID providerId, YearMonth month, ThirdPartyScore score, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AssessmentMonthRepository.requireOpen(tx, providerId, month);
            tx.deleteFrom(THIRD_PARTY_SCORE).where(THIRD_PARTY_SCORE.PROVIDER_ID.eq(providerId))
                    .and(THIRD_PARTY_SCORE.MONTH_START.eq(month.atDay(1))).execute();
            UUID id = UUID.randomUUID();
            tx.insertInto(THIRD_PARTY_SCORE).set(THIRD_PARTY_SCORE.ID, id).set(THIRD_PARTY_SCORE.PROVIDER_ID, providerId)
                    .set(THIRD_PARTY_SCORE.MONTH_START, month.atDay(1)).set(THIRD_PARTY_SCORE.EVALUATOR, score.evaluator())
                    .set(THIRD_PARTY_SCORE.SCORE, score.score()).set(THIRD_PARTY_SCORE.NOTE, score.note())
                    .set(THIRD_PARTY_SCORE.RECORDED_BY, actorId).set(THIRD_PARTY_SCORE.RECORDED_AT, OffsetDateTime.now(clock))
                    .execute();
            changeLog.append(tx, "third_party_score", id, null, "SET", Map.of("month", month.toString(),
                    "evaluator", score.evaluator(), "score", score.score().toPlainString()), actorId);
        });
    }

    public Optional<ThirdPartyScore> thirdParty(UUID providerId, YearMonth month) {
        return dsl.selectFrom(THIRD_PARTY_SCORE).where(THIRD_PARTY_SCORE.PROVIDER_ID.eq(providerId))
                .and(THIRD_PARTY_SCORE.MONTH_START.eq(month.atDay(1)))
                .fetchOptional(r -> new ThirdPartyScore(r.getEvaluator(), r.getScore(), r.getNote()));
    }
}
