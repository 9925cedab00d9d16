package com.logicheck.domain.plan;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 层级检查计划: who ({@code personId}, at responsibility {@code level}) must inspect what ({@code placeId} and
 * everything under it, optionally one provider and one service line) and how often — {@code times} inspections per
 * period of {@code length} {@code unit}s, periods counted from {@code validFrom} (shifts from 08:00) — covering at
 * least {@code coverageNumerator}/{@code coverageDenominator} of the area's units and at least {@code minUnits}
 * (seed 004 第12篇 5.1). Plans are data; {@link #defaults} gives the seed's numbers per level.
 * {@code validUntil} (inclusive, null = open-ended) is when the plan was ended: it still counts for the time it ran.
 * {@code active == false} takes a plan out of every count (entered by mistake). ADR 0018, 0025.
 */
public record InspectionPlan(UUID id, UUID personId, ResponsibilityLevel level, UUID providerId, UUID placeId,
                             ServiceLine serviceLine, int times, PeriodUnit unit, int length, int coverageNumerator,
                             int coverageDenominator, int minUnits, LocalDate validFrom, LocalDate validUntil,
                             boolean active) {
    /** First hour of the first shift; shifts of {@code length} hours follow from it. */
    public static final int SHIFT_START_HOUR = 8;

    public InspectionPlan {
        List<Problem> problems = new ArrayList<>();
        if (personId == null) {
            problems.add(Problem.of("problem.plan.noPerson"));
        }
        if (placeId == null) {
            problems.add(Problem.of("problem.plan.noPlace"));
        }
        if (times < 1 || times > 100) {
            problems.add(Problem.of("problem.plan.times", times));
        }
        if (length < 1 || unit == PeriodUnit.HOURS && 24 % length != 0 || length > 366) {
            problems.add(Problem.of("problem.plan.length", length));
        }
        if (coverageDenominator < 1 || coverageNumerator < 0 || coverageNumerator > coverageDenominator) {
            problems.add(Problem.of("problem.plan.coverage", coverageNumerator, coverageDenominator));
        }
        if (minUnits < 0) {
            problems.add(Problem.of("problem.plan.minUnits", minUnits));
        }
        if (validFrom == null) {
            problems.add(Problem.of("problem.plan.noStart"));
        } else if (validUntil != null && validUntil.isBefore(validFrom)) {
            problems.add(Problem.of("problem.plan.endBeforeStart", validUntil.toString(), validFrom.toString()));
        }
        if (level == null) {
            problems.add(Problem.of("problem.plan.noLevel"));
        }
        if (unit == null) {
            problems.add(Problem.of("problem.plan.noUnit"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    /**
     * The seed's frequencies: 区域负责人 twice per 12-hour shift over ≥ 1/3 of the area (≥ 7 units); 主管 daily over
     * ≥ 1/5 (≥ 7 units); 项目负责人 every 3 days; 公司经理 once a month.
     */
    public static InspectionPlan defaults(UUID id, UUID personId, ResponsibilityLevel level, UUID providerId,
                                          UUID placeId, ServiceLine line, LocalDate validFrom) {
        return switch (level) {
            case AREA_LEAD -> new InspectionPlan(id, personId, level, providerId, placeId, line, 2, PeriodUnit.HOURS, 12,
                    1, 3, 7, validFrom, null, true);
            case SUPERVISOR -> new InspectionPlan(id, personId, level, providerId, placeId, line, 1, PeriodUnit.DAYS, 1,
                    1, 5, 7, validFrom, null, true);
            case PROJECT_HEAD -> new InspectionPlan(id, personId, level, providerId, placeId, line, 1, PeriodUnit.DAYS, 3,
                    0, 1, 0, validFrom, null, true);
            case COMPANY_MANAGER -> new InspectionPlan(id, personId, level, providerId, placeId, line, 1,
                    PeriodUnit.MONTHS, 1, 0, 1, 0, validFrom, null, true);
        };
    }

    /** The same plan ended on {@code day} (it counts up to and including that day). */
    public InspectionPlan endedOn(LocalDate day) {
        return new InspectionPlan(id, personId, level, providerId, placeId, serviceLine, times, unit, length,
                coverageNumerator, coverageDenominator, minUnits, validFrom, day, active);
    }

    /** The same plan switched on or off. */
    public InspectionPlan withActive(boolean on) {
        return new InspectionPlan(id, personId, level, providerId, placeId, serviceLine, times, unit, length,
                coverageNumerator, coverageDenominator, minUnits, validFrom, validUntil, on);
    }

    /** True when the plan has ended before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    /** How many of {@code units} area units one period must cover: the share, at least {@code minUnits}, at most all. */
    public int unitsRequired(int units) {
        if (coverageNumerator == 0 || units == 0) {
            return 0;
        }
        int share = (units * coverageNumerator + coverageDenominator - 1) / coverageDenominator;
        return Math.min(units, Math.max(share, minUnits));
    }
}
