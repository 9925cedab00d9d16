package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.MONTH_AREA_SCORE;
import static com.logicheck.persistence.jooq.Tables.MONTH_PANEL_SCORE;
import static com.logicheck.persistence.jooq.Tables.MONTH_TYPED_RATE;
import static com.logicheck.persistence.jooq.Tables.SURVEY_COLUMN_MAP;

import com.logicheck.domain.assessment.MonthScores;
import com.logicheck.domain.assessment.MonthScores.AreaScore;
import com.logicheck.domain.assessment.MonthScores.PanelScore;
import com.logicheck.domain.assessment.SurveyColumns;
import com.logicheck.domain.assessment.TypedRate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The month's inputs beside sheets and surveys (ADR 0040): panel members' scores, entered area parts, a typed
 * dissatisfaction rate with its panel size; and the survey export's column mapping remembered per scheme. Rows in,
 * rows out: the entry service checks the input against the scheme and the permission first. Writes refuse a closed
 * month; a replaced or removed value stays in the change log.
 */
public final class MonthInputRepository {
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public MonthInputRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** Everything entered for the provider's month, as the calculator reads it. */
    public MonthScores scores(UUID providerId, YearMonth month) {
        var panel = dsl.selectFrom(MONTH_PANEL_SCORE).where(MONTH_PANEL_SCORE.PROVIDER_ID.eq(providerId))
                .and(MONTH_PANEL_SCORE.MONTH_START.eq(month.atDay(1))).orderBy(MONTH_PANEL_SCORE.ENTERED_AT,
                        MONTH_PANEL_SCORE.MEMBER).fetch(r -> new PanelScore(r.getMember(), r.getScore()));
        var areas = dsl.selectFrom(MONTH_AREA_SCORE).where(MONTH_AREA_SCORE.PROVIDER_ID.eq(providerId))
                .and(MONTH_AREA_SCORE.MONTH_START.eq(month.atDay(1))).orderBy(MONTH_AREA_SCORE.AREA,
                        MONTH_AREA_SCORE.PART).fetch(r -> new AreaScore(r.getArea(), r.getPart(), r.getScore()));
        TypedRate rate = dsl.selectFrom(MONTH_TYPED_RATE).where(MONTH_TYPED_RATE.PROVIDER_ID.eq(providerId))
                .and(MONTH_TYPED_RATE.MONTH_START.eq(month.atDay(1)))
                .fetchOptional(r -> new TypedRate(r.getPercent(), r.getPanel())).orElse(null);
        return new MonthScores(panel, areas, rate);
    }

    /** Sets a panel member's score for the month (replacing the member's earlier one). */
    public void setPanelScore(UUID providerId, YearMonth month, String member, BigDecimal score, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AssessmentMonthRepository.requireOpen(tx, providerId, month);
            Optional<BigDecimal> old = tx.select(MONTH_PANEL_SCORE.SCORE).from(MONTH_PANEL_SCORE)
                    .where(MONTH_PANEL_SCORE.PROVIDER_ID.eq(providerId))
                    .and(MONTH_PANEL_SCORE.MONTH_START.eq(month.atDay(1))).and(MONTH_PANEL_SCORE.MEMBER.eq(member))
                    .fetchOptional(MONTH_PANEL_SCORE.SCORE);
            tx.deleteFrom(MONTH_PANEL_SCORE).where(MONTH_PANEL_SCORE.PROVIDER_ID.eq(providerId))
                    .and(MONTH_PANEL_SCORE.MONTH_START.eq(month.atDay(1))).and(MONTH_PANEL_SCORE.MEMBER.eq(member))
                    .execute();
            UUID id = UUID.randomUUID();
            tx.insertInto(MONTH_PANEL_SCORE).set(MONTH_PANEL_SCORE.ID, id)
                    .set(MONTH_PANEL_SCORE.PROVIDER_ID, providerId).set(MONTH_PANEL_SCORE.MONTH_START, month.atDay(1))
                    .set(MONTH_PANEL_SCORE.MEMBER, member).set(MONTH_PANEL_SCORE.SCORE, score)
                    .set(MONTH_PANEL_SCORE.ENTERED_BY, actorId)
                    .set(MONTH_PANEL_SCORE.ENTERED_AT, OffsetDateTime.now(clock)).execute();
            changeLog.append(tx, "month_panel_score", id, null, "SET", detail(providerId, month, "member", member,
                    score, old), actorId);
        });
    }

    /** Takes a panel member's score back; true when there was one. */
    public boolean removePanelScore(UUID providerId, YearMonth month, String member, UUID actorId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AssessmentMonthRepository.requireOpen(tx, providerId, month);
            var row = tx.selectFrom(MONTH_PANEL_SCORE).where(MONTH_PANEL_SCORE.PROVIDER_ID.eq(providerId))
                    .and(MONTH_PANEL_SCORE.MONTH_START.eq(month.atDay(1))).and(MONTH_PANEL_SCORE.MEMBER.eq(member))
                    .fetchOne();
            if (row == null) {
                return false;
            }
            row.delete();
            changeLog.append(tx, "month_panel_score", row.getId(), null, "REMOVED", detail(providerId, month,
                    "member", member, null, Optional.of(row.getScore())), actorId);
            return true;
        });
    }

    /** Sets the entered score of an area's part for the month (replacing the earlier one). */
    public void setAreaScore(UUID providerId, YearMonth month, String area, String part, BigDecimal score,
                             UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AssessmentMonthRepository.requireOpen(tx, providerId, month);
            var where = MONTH_AREA_SCORE.PROVIDER_ID.eq(providerId).and(MONTH_AREA_SCORE.MONTH_START
                    .eq(month.atDay(1))).and(MONTH_AREA_SCORE.AREA.eq(area)).and(MONTH_AREA_SCORE.PART.eq(part));
            Optional<BigDecimal> old = tx.select(MONTH_AREA_SCORE.SCORE).from(MONTH_AREA_SCORE).where(where)
                    .fetchOptional(MONTH_AREA_SCORE.SCORE);
            tx.deleteFrom(MONTH_AREA_SCORE).where(where).execute();
            UUID id = UUID.randomUUID();
            tx.insertInto(MONTH_AREA_SCORE).set(MONTH_AREA_SCORE.ID, id).set(MONTH_AREA_SCORE.PROVIDER_ID, providerId)
                    .set(MONTH_AREA_SCORE.MONTH_START, month.atDay(1)).set(MONTH_AREA_SCORE.AREA, area)
                    .set(MONTH_AREA_SCORE.PART, part).set(MONTH_AREA_SCORE.SCORE, score)
                    .set(MONTH_AREA_SCORE.ENTERED_BY, actorId)
                    .set(MONTH_AREA_SCORE.ENTERED_AT, OffsetDateTime.now(clock)).execute();
            changeLog.append(tx, "month_area_score", id, null, "SET", detail(providerId, month, "part",
                    area + " / " + part, score, old), actorId);
        });
    }

    /** Takes an area part's entered score back; true when there was one. */
    public boolean removeAreaScore(UUID providerId, YearMonth month, String area, String part, UUID actorId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AssessmentMonthRepository.requireOpen(tx, providerId, month);
            var row = tx.selectFrom(MONTH_AREA_SCORE).where(MONTH_AREA_SCORE.PROVIDER_ID.eq(providerId))
                    .and(MONTH_AREA_SCORE.MONTH_START.eq(month.atDay(1))).and(MONTH_AREA_SCORE.AREA.eq(area))
                    .and(MONTH_AREA_SCORE.PART.eq(part)).fetchOne();
            if (row == null) {
                return false;
            }
            row.delete();
            changeLog.append(tx, "month_area_score", row.getId(), null, "REMOVED", detail(providerId, month, "part",
                    area + " / " + part, null, Optional.of(row.getScore())), actorId);
            return true;
        });
    }

    /** Sets the month's typed dissatisfaction rate with its panel size; null clears it. */
    public void setTypedRate(UUID providerId, YearMonth month, TypedRate rate, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AssessmentMonthRepository.requireOpen(tx, providerId, month);
            var where = MONTH_TYPED_RATE.PROVIDER_ID.eq(providerId).and(MONTH_TYPED_RATE.MONTH_START
                    .eq(month.atDay(1)));
            var old = tx.selectFrom(MONTH_TYPED_RATE).where(where).fetchOne();
            tx.deleteFrom(MONTH_TYPED_RATE).where(where).execute();
            UUID id = old == null ? UUID.randomUUID() : old.getId();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("provider", providerId.toString());
            detail.put("month", month.toString());
            if (old != null) {
                detail.put("was", old.getPercent().toPlainString() + "% / " + old.getPanel());
            }
            if (rate != null) {
                tx.insertInto(MONTH_TYPED_RATE).set(MONTH_TYPED_RATE.ID, id)
                        .set(MONTH_TYPED_RATE.PROVIDER_ID, providerId).set(MONTH_TYPED_RATE.MONTH_START, month.atDay(1))
                        .set(MONTH_TYPED_RATE.PERCENT, rate.percent()).set(MONTH_TYPED_RATE.PANEL, rate.panel())
                        .set(MONTH_TYPED_RATE.ENTERED_BY, actorId)
                        .set(MONTH_TYPED_RATE.ENTERED_AT, OffsetDateTime.now(clock)).execute();
                detail.put("rate", rate.percent().toPlainString() + "% / " + rate.panel());
            }
            if (rate != null || old != null) {
                changeLog.append(tx, "month_typed_rate", id, null, rate == null ? "REMOVED" : "SET", detail, actorId);
            }
        });
    }

    /** The survey export's column mapping remembered for the scheme (by its code), if any. */
    public Optional<SurveyColumns> surveyColumns(String schemeCode) {
        return dsl.selectFrom(SURVEY_COLUMN_MAP).where(SURVEY_COLUMN_MAP.SCHEME_CODE.eq(schemeCode))
                .fetchOptional(r -> new SurveyColumns(r.getScoreColumn(), r.getCategoryColumn(),
                        r.getRespondentColumn(), r.getKindColumn()));
    }

    /** Remembers the mapping for the scheme, replacing the earlier one. */
    public void rememberSurveyColumns(String schemeCode, SurveyColumns columns, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(SURVEY_COLUMN_MAP).where(SURVEY_COLUMN_MAP.SCHEME_CODE.eq(schemeCode)).execute();
            tx.insertInto(SURVEY_COLUMN_MAP).set(SURVEY_COLUMN_MAP.SCHEME_CODE, schemeCode)
                    .set(SURVEY_COLUMN_MAP.SCORE_COLUMN, columns.score())
                    .set(SURVEY_COLUMN_MAP.CATEGORY_COLUMN, columns.category())
                    .set(SURVEY_COLUMN_MAP.RESPONDENT_COLUMN, columns.respondent())
                    .set(SURVEY_COLUMN_MAP.KIND_COLUMN, columns.kind())
                    .set(SURVEY_COLUMN_MAP.UPDATED_BY, actorId)
                    .set(SURVEY_COLUMN_MAP.UPDATED_AT, OffsetDateTime.now(clock)).execute();
        });
    }

    private static Map<String, Object> detail(UUID providerId, YearMonth month, String key, String what,
                                              BigDecimal score, Optional<BigDecimal> old) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("provider", providerId.toString());
        detail.put("month", month.toString());
        detail.put(key, what);
        if (score != null) {
            detail.put("score", score.toPlainString());
        }
        old.ifPresent(o -> detail.put("was", o.toPlainString()));
        return detail;
    }
}
