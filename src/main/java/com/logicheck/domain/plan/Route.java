package com.logicheck.domain.plan;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * 巡检路线: an ordered list of points (places), each with its windows of the day (每日 08:00–10:00; 每班两次 = two
 * windows), every day from {@code validFrom} up to and including {@code validUntil} (null = open-ended; 结束 sets it).
 * Assigned to a person ({@code personId}) or to everyone of a responsibility {@code level} (either may be null, not
 * both). {@code providerId} is the service provider whose work the route checks (null = none: its late and missed
 * points count for nobody's assessment). Refused, every problem at once and each naming the point (1-based) and
 * window: no name, no one assigned, no points, a point without windows, the same place twice, a window that ends
 * before it starts (a window across midnight is one of those), two windows of one point that overlap, an end before
 * the start. Issue 16 item 4.
 */
public record Route(UUID id, String name, UUID personId, ResponsibilityLevel level, UUID providerId,
                    List<RoutePoint> points, LocalDate validFrom, LocalDate validUntil) {
    public static final int NAME_LENGTH = 100;

    public Route {
        name = name == null ? "" : name.strip();
        points = points == null ? List.of() : List.copyOf(points);
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(Problem.of("problem.route.noName"));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(Problem.of("problem.route.nameLength", NAME_LENGTH));
        }
        if (personId == null && level == null) {
            problems.add(Problem.of("problem.route.noAssignee"));
        }
        if (points.isEmpty()) {
            problems.add(Problem.of("problem.route.empty"));
        }
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            RoutePoint p = points.get(i);
            int no = i + 1;
            if (p.placeId() == null) {
                problems.add(Problem.of("problem.route.noPlace", no));
            } else {
                Integer first = seen.putIfAbsent(p.placeId(), no);
                if (first != null) {
                    problems.add(Problem.of("problem.route.placeTwice", no, first));
                }
            }
            windowProblems(p, no, problems);
        }
        if (validFrom == null) {
            problems.add(Problem.of("problem.route.noStart"));
        } else if (validUntil != null && validUntil.isBefore(validFrom)) {
            problems.add(Problem.of("problem.route.endBeforeStart", validUntil.toString(), validFrom.toString()));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    private static void windowProblems(RoutePoint p, int no, List<Problem> problems) {
        List<TimeWindow> w = p.windows();
        if (w.isEmpty()) {
            problems.add(Problem.of("problem.route.noWindow", no));
            return;
        }
        for (int j = 0; j < w.size(); j++) {
            if (!w.get(j).valid()) {
                problems.add(Problem.of("problem.route.windowEndsBeforeStart", no, w.get(j).text()));
            }
            for (int k = j + 1; k < w.size(); k++) {
                if (w.get(j).valid() && w.get(k).valid() && w.get(j).overlaps(w.get(k))) {
                    problems.add(Problem.of("problem.route.windowsOverlap", no, w.get(j).text(), w.get(k).text()));
                }
            }
        }
    }

    /**
     * Refuses a route with a point at a place that is unknown here or deactivated, naming the point and the place.
     * {@code active} answers per place: empty = unknown, else whether it is active; {@code path} names it.
     */
    public void requirePlaces(Function<UUID, Optional<Boolean>> active, Function<UUID, String> path) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            UUID place = points.get(i).placeId();
            Optional<Boolean> state = active.apply(place);
            if (state.isEmpty()) {
                problems.add(Problem.of("problem.route.unknownPlace", i + 1));
            } else if (!state.get()) {
                problems.add(Problem.of("problem.route.placeInactive", i + 1, path.apply(place)));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    /** Whether the route runs on {@code day}. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** The same route ended on {@code day} (its last day); refused before its start. */
    public Route endedOn(LocalDate day) {
        if (day == null) {
            throw new DomainException(Problem.of("problem.route.noEnd"));
        }
        return new Route(id, name, personId, level, providerId, points, validFrom, day);
    }
}
