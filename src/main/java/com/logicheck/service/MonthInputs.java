package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.assessment.MonthInputCheck;
import com.logicheck.domain.assessment.MonthScores;
import com.logicheck.domain.assessment.TypedRate;
import com.logicheck.persistence.MonthInputRepository;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * 本月录入 of the inputs a scheme may have beside sheets and surveys (issue 17, ADR 0040): a panel member's score, an
 * area's entered part, a dissatisfaction rate typed with its panel size. Each is one use case: one unit of work that
 * asks the policy ({@link Permission#ENTER_MONTH_RESULTS}) first, then checks the input against the provider's
 * scheme ({@link MonthInputCheck}, every fault named) and writes; a closed month is refused, nothing written.
 */
public final class MonthInputs {
    private final AssessmentService assessments;
    private final MonthInputRepository inputs;
    private final UseCases useCases;

    public MonthInputs(AssessmentService assessments, MonthInputRepository inputs, UseCases useCases) {
        this.assessments = assessments;
        this.inputs = inputs;
        this.useCases = useCases;
    }

    /** What is entered for the provider's month. */
    public MonthScores scores(UUID providerId, YearMonth month) {
        return inputs.scores(providerId, month);
    }

    /** Sets (or replaces) a panel member's score. */
    public void setPanelScore(UUID providerId, YearMonth month, String member, BigDecimal score, UUID actorId) {
        useCases.call(actorId, Permission.ENTER_MONTH_RESULTS, actor -> {
            refuseIf(MonthInputCheck.panelScore(scheme(providerId, month), member, score));
            inputs.setPanelScore(providerId, month, member.strip(), Scores.normalise(score), actorId);
            return member;
        });
    }

    /** Takes a panel member's score back (kept in the history). */
    public void removePanelScore(UUID providerId, YearMonth month, String member, UUID actorId) {
        useCases.call(actorId, Permission.ENTER_MONTH_RESULTS, actor -> {
            if (!inputs.removePanelScore(providerId, month, member, actorId)) {
                throw new DomainException(Problem.of("problem.monthInput.noSuchMember", member));
            }
            return member;
        });
    }

    /** Sets (or replaces) the entered score of an area's part. */
    public void setAreaScore(UUID providerId, YearMonth month, String area, String part, BigDecimal score,
                             UUID actorId) {
        useCases.call(actorId, Permission.ENTER_MONTH_RESULTS, actor -> {
            refuseIf(MonthInputCheck.areaScore(scheme(providerId, month), area, part, score));
            inputs.setAreaScore(providerId, month, area, part, Scores.normalise(score), actorId);
            return area;
        });
    }

    /** Takes an area part's entered score back (kept in the history). */
    public void removeAreaScore(UUID providerId, YearMonth month, String area, String part, UUID actorId) {
        useCases.call(actorId, Permission.ENTER_MONTH_RESULTS, actor -> {
            if (!inputs.removeAreaScore(providerId, month, area, part, actorId)) {
                throw new DomainException(Problem.of("problem.monthInput.noSuchPart", area, part));
            }
            return area;
        });
    }

    /** Sets the month's typed dissatisfaction rate (percent, two decimals) counted on {@code panel} people. */
    public void setTypedRate(UUID providerId, YearMonth month, BigDecimal percent, int panel, UUID actorId) {
        useCases.call(actorId, Permission.ENTER_MONTH_RESULTS, actor -> {
            refuseIf(MonthInputCheck.typedRate(scheme(providerId, month), percent, panel));
            inputs.setTypedRate(providerId, month, new TypedRate(Scores.normalise(percent), panel), actorId);
            return percent;
        });
    }

    /** Clears the month's typed rate (kept in the history). */
    public void clearTypedRate(UUID providerId, YearMonth month, UUID actorId) {
        useCases.call(actorId, Permission.ENTER_MONTH_RESULTS, actor -> {
            inputs.setTypedRate(providerId, month, null, actorId);
            return month;
        });
    }

    private AssessmentScheme scheme(UUID providerId, YearMonth month) {
        return assessments.target(providerId, month).scheme();
    }

    private static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }
}
