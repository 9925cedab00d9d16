package com.logicheck.domain.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Whether a plan was kept: its periods that overlap a time window, each with the inspections required and done, the
 * area units required and covered, and what was missed. Only periods that have ended can be missed; the running one
 * is still due. Pure: the caller hands in the person's inspections (time and place) and the plan's area units.
 */
public final class PlanCompliance {
    private PlanCompliance() {
    }

    /** One inspection by the plan's person: when it started and where. */
    public record Visit(LocalDateTime at, UUID placeId) {
    }

    /** One period of the plan. {@code missed}: inspections short of {@code required} (0 while the period runs). */
    public record Period(LocalDateTime start, LocalDateTime end, int required, int done, int unitsRequired,
                         int unitsCovered, boolean ended) {
        public int missed() {
            return ended ? Math.max(0, required - done) : 0;
        }

        /** Inspected, but over too few units (a period with no inspection at all counts as missed instead). */
        public boolean coverageShort() {
            return ended && done > 0 && unitsCovered < unitsRequired;
        }

        public boolean inProgress() {
            return !ended;
        }
    }

    /** As {@link #evaluate(InspectionPlan, List, Set, Function, LocalDateTime, LocalDateTime, LocalDateTime)} where
     * a visit covers its own place only. */
    public static List<Period> evaluate(InspectionPlan plan, List<Visit> visits, Set<UUID> areaUnits, LocalDateTime from,
                                        LocalDateTime to, LocalDateTime now) {
        return evaluate(plan, visits, areaUnits, Set::of, from, to, now);
    }

    /**
     * The plan's periods overlapping [{@code from}, {@code to}), judged at {@code now}; visits outside a period are
     * ignored. {@code unitsAt} gives the area units a visit at a place covers (a floor covers its wards). A plan that
     * ended ({@code validUntil}) has no period after that day; the period it ended in is cut short and is over once
     * the day is.
     */
    public static List<Period> evaluate(InspectionPlan plan, List<Visit> visits, Set<UUID> areaUnits,
                                        Function<UUID, Set<UUID>> unitsAt, LocalDateTime from, LocalDateTime to,
                                        LocalDateTime now) {
        List<Period> out = new ArrayList<>();
        if (!plan.active()) {
            return out;
        }
        LocalDateTime start = firstStart(plan, from);
        LocalDateTime limit = plan.validUntil() == null ? null : plan.validUntil().plusDays(1).atStartOfDay();
        int unitsRequired = plan.unitsRequired(areaUnits.size());
        while (start.isBefore(to) && !start.isAfter(now) && (limit == null || start.isBefore(limit))) {
            LocalDateTime full = next(plan, start);
            LocalDateTime end = limit != null && full.isAfter(limit) ? limit : full;
            if (end.isAfter(from)) {
                LocalDateTime s = start;
                List<Visit> in = visits.stream().filter(v -> !v.at().isBefore(s) && v.at().isBefore(end)).toList();
                Set<UUID> covered = new HashSet<>();
                in.stream().flatMap(v -> unitsAt.apply(v.placeId()).stream()).filter(areaUnits::contains)
                        .forEach(covered::add);
                out.add(new Period(start, end, plan.times(), in.size(), unitsRequired, covered.size(), !end.isAfter(now)));
            }
            start = full;
        }
        return out;
    }

    /** Missed inspections over the periods (what an assessment scheme can count). */
    public static int missed(List<Period> periods) {
        return periods.stream().mapToInt(Period::missed).sum();
    }

    private static LocalDateTime firstStart(InspectionPlan plan, LocalDateTime from) {
        LocalDate begin = plan.validFrom();
        LocalDateTime anchor = switch (plan.unit()) {
            case HOURS -> begin.atTime(LocalTime.of(InspectionPlan.SHIFT_START_HOUR, 0));
            case DAYS -> begin.atStartOfDay();
            case MONTHS -> begin.withDayOfMonth(1).atStartOfDay();
        };
        if (!anchor.isBefore(from)) {
            return anchor;
        }
        // jump close to the window instead of walking years of periods one by one
        long steps = switch (plan.unit()) {
            case HOURS -> ChronoUnit.HOURS.between(anchor, from) / plan.length();
            case DAYS -> ChronoUnit.DAYS.between(anchor, from) / plan.length();
            case MONTHS -> ChronoUnit.MONTHS.between(anchor, from) / plan.length();
        };
        LocalDateTime s = advance(plan, anchor, Math.max(0, steps - 1));
        while (!next(plan, s).isAfter(from)) {
            s = next(plan, s);
        }
        return s;
    }

    private static LocalDateTime next(InspectionPlan plan, LocalDateTime start) {
        return advance(plan, start, 1);
    }

    private static LocalDateTime advance(InspectionPlan plan, LocalDateTime start, long periods) {
        return switch (plan.unit()) {
            case HOURS -> start.plusHours(periods * plan.length());
            case DAYS -> start.plusDays(periods * plan.length());
            case MONTHS -> start.plusMonths(periods * plan.length());
        };
    }
}
