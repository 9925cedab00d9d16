package com.logicheck.domain.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * 路线巡检判定: per day, point and window of a route, whether the point was checked in 按时 (inside the window,
 * {@code [start, end)}), 迟到 (after the window, before the point's next window that day or the day's end), 漏检
 * (the window is over and no check-in) or is 未到时间 (the window has not ended and no check-in so far), judged at
 * {@code now}; and the 有效巡检率 = points checked in on time ÷ points due (every window but those not due yet).
 * Only check-ins at the point's own place by someone the route counts ({@code counts}) are taken, each for at most
 * one window; a check-in before a window opens counts for none. Pure: times are the organisation's local times.
 */
public final class RouteDecider {
    private RouteDecider() {
    }

    /** A check-in as the decider needs it: where, who, when (local time). */
    public record Visit(UUID placeId, UUID personId, LocalDateTime at) {
    }

    /** One point in one window of one day and how it fared; {@code checkedAt} is the check-in that decided it. */
    public record Occurrence(LocalDate day, int point, UUID placeId, int window, TimeWindow hours,
                             OccurrenceStatus status, LocalDateTime checkedAt) {
    }

    /** The counts over some occurrences; {@link #ratePercent} is empty when nothing was due. */
    public record Tally(int onTime, int late, int missed, int notDue) {
        public static Tally of(List<Occurrence> occurrences) {
            int[] n = new int[OccurrenceStatus.values().length];
            occurrences.forEach(o -> n[o.status().ordinal()]++);
            return new Tally(n[OccurrenceStatus.ON_TIME.ordinal()], n[OccurrenceStatus.LATE.ordinal()],
                    n[OccurrenceStatus.MISSED.ordinal()], n[OccurrenceStatus.NOT_DUE.ordinal()]);
        }

        /** Windows that are due: over, or checked in on time already. */
        public int due() {
            return onTime + late + missed;
        }

        /** 有效巡检率 in percent, rounded once to one decimal (half up); empty when nothing is due. */
        public Optional<BigDecimal> ratePercent() {
            if (due() == 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(due()), 1, RoundingMode.HALF_UP));
        }
    }

    /**
     * Every occurrence of {@code route} on the days {@code from}..{@code to} (inclusive) that the route runs on, in
     * day, point and window order.
     */
    public static List<Occurrence> decide(Route route, LocalDate from, LocalDate to, List<Visit> visits,
                                          Predicate<UUID> counts, LocalDateTime now) {
        List<Visit> taken = visits.stream().filter(v -> counts.test(v.personId()))
                .sorted(Comparator.comparing(Visit::at)).toList();
        List<Occurrence> out = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!route.runsOn(day)) {
                continue;
            }
            for (int i = 0; i < route.points().size(); i++) {
                RoutePoint p = route.points().get(i);
                List<Visit> here = taken.stream().filter(v -> v.placeId().equals(p.placeId())).toList();
                List<TimeWindow> windows = p.windows();
                for (int j = 0; j < windows.size(); j++) {
                    TimeWindow w = windows.get(j);
                    int cutoff = j + 1 < windows.size() ? windows.get(j + 1).startMinute() : TimeWindow.DAY;
                    out.add(judge(day, i + 1, p.placeId(), j + 1, w, cutoff, here, now));
                }
            }
        }
        return out;
    }

    private static Occurrence judge(LocalDate day, int point, UUID place, int window, TimeWindow w, int cutoff,
                                    List<Visit> here, LocalDateTime now) {
        LocalDateTime start = at(day, w.startMinute());
        LocalDateTime end = at(day, w.endMinute());
        LocalDateTime lateUntil = at(day, cutoff);
        Optional<Visit> onTime = first(here, start, end, now);
        if (onTime.isPresent()) {
            return new Occurrence(day, point, place, window, w, OccurrenceStatus.ON_TIME, onTime.get().at());
        }
        if (now.isBefore(end)) {
            return new Occurrence(day, point, place, window, w, OccurrenceStatus.NOT_DUE, null);
        }
        Optional<Visit> late = first(here, end, lateUntil, now);
        return late.map(v -> new Occurrence(day, point, place, window, w, OccurrenceStatus.LATE, v.at()))
                .orElseGet(() -> new Occurrence(day, point, place, window, w, OccurrenceStatus.MISSED, null));
    }

    /** The first visit in {@code [from, to)} that has happened by {@code now}. */
    private static Optional<Visit> first(List<Visit> here, LocalDateTime from, LocalDateTime to, LocalDateTime now) {
        return here.stream().filter(v -> !v.at().isBefore(from) && v.at().isBefore(to) && !v.at().isAfter(now))
                .findFirst();
    }

    private static LocalDateTime at(LocalDate day, int minute) {
        return day.atStartOfDay().plusMinutes(minute);
    }
}
