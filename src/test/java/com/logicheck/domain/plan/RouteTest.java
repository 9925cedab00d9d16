package com.logicheck.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 巡检路线: what a route must be, each refusal naming the point and window. */
class RouteTest {
    static final UUID PERSON = UUID.randomUUID();
    static final UUID WARD = UUID.randomUUID();
    static final UUID LOBBY = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2027, 1, 1);

    static TimeWindow w(String text) {
        return TimeWindow.parse(text, "test");
    }

    static RoutePoint point(UUID place, String... windows) {
        return new RoutePoint(place, List.of(windows).stream().map(RouteTest::w).toList());
    }

    static Route route(RoutePoint... points) {
        return new Route(UUID.randomUUID(), "东院夜巡", PERSON, null, null, List.of(points), START, null);
    }

    static List<Problem> refused(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.problems();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aRouteKeepsItsPointsInOrderAndEachPointsWindowsEarliestFirst() {
        Route r = route(point(WARD, "14:00-16:00", "08:00–10:00"), point(LOBBY, "00:00-24:00"));
        assertThat(r.points()).extracting(RoutePoint::placeId).containsExactly(WARD, LOBBY);
        assertThat(r.points().get(0).windows()).extracting(TimeWindow::text).containsExactly("08:00–10:00", "14:00–16:00");
        assertThat(r.points().get(1).windows().get(0)).isEqualTo(new TimeWindow(0, 1440));
    }

    @Test
    void windowsThatOnlyTouchDoNotOverlap() {
        Route r = route(point(WARD, "08:00-10:00", "10:00-12:00"));
        assertThat(r.points().get(0).windows()).hasSize(2);
    }

    @Test
    void overlappingWindowsOfOnePointAreRefusedNamingThePointAndBothWindows() {
        assertThat(refused(() -> route(point(LOBBY, "07:00-08:00"), point(WARD, "08:00-10:00", "09:30-11:00"))))
                .containsExactly(Problem.of("problem.route.windowsOverlap", 2, "08:00–10:00", "09:30–11:00"));
    }

    @Test
    void aWindowThatEndsBeforeItStartsOrCrossesMidnightIsRefused() {
        assertThat(refused(() -> route(point(WARD, "10:00-08:00"))))
                .containsExactly(Problem.of("problem.route.windowEndsBeforeStart", 1, "10:00–08:00"));
        assertThat(refused(() -> route(point(WARD, "08:00-10:00"), point(LOBBY, "22:00-02:00"))))
                .containsExactly(Problem.of("problem.route.windowEndsBeforeStart", 2, "22:00–02:00"));
        assertThat(refused(() -> route(point(WARD, "09:00-09:00"))))
                .containsExactly(Problem.of("problem.route.windowEndsBeforeStart", 1, "09:00–09:00"));
    }

    @Test
    void aWindowThatCannotBeReadIsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> TimeWindow.parse("8点到10点", "心内科病区")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).first())
                .isEqualTo(Problem.of("problem.route.windowFormat", "心内科病区", "8点到10点"));
        assertThatThrownBy(() -> TimeWindow.parse("08:60-10:00", "x")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> TimeWindow.parse("24:30-10:00", "x")).isInstanceOf(DomainException.class);
    }

    @Test
    void anEmptyRouteAndOneWithoutNameOrAssigneeAreRefusedAllAtOnce() {
        assertThat(refused(() -> new Route(UUID.randomUUID(), " ", null, null, null, List.of(), START, null)))
                .containsExactly(Problem.of("problem.route.noName"), Problem.of("problem.route.noAssignee"),
                        Problem.of("problem.route.empty"));
    }

    @Test
    void aPointWithoutWindowsAndAPlaceTwiceAreRefused() {
        assertThat(refused(() -> route(point(WARD, "08:00-09:00"), point(LOBBY), point(WARD, "10:00-11:00"))))
                .containsExactly(Problem.of("problem.route.noWindow", 2), Problem.of("problem.route.placeTwice", 3, 1));
    }

    @Test
    void aRouteForALevelNeedsNoPerson() {
        Route r = new Route(UUID.randomUUID(), "保洁巡查", null, ResponsibilityLevel.AREA_LEAD, null,
                List.of(point(WARD, "08:00-10:00")), START, null);
        assertThat(r.level()).isEqualTo(ResponsibilityLevel.AREA_LEAD);
    }

    @Test
    void endingBeforeTheStartIsRefusedAndEndingKeepsTheDaysItRan() {
        Route r = route(point(WARD, "08:00-10:00"));
        assertThat(refused(() -> r.endedOn(START.minusDays(1))))
                .containsExactly(Problem.of("problem.route.endBeforeStart", "2026-12-31", "2027-01-01"));
        assertThat(refused(() -> r.endedOn(null))).containsExactly(Problem.of("problem.route.noEnd"));
        Route ended = r.endedOn(START.plusDays(2));
        assertThat(ended.runsOn(START.plusDays(2))).isTrue();
        assertThat(ended.runsOn(START.plusDays(3))).isFalse();
        assertThat(ended.runsOn(START.minusDays(1))).isFalse();
    }

    @Test
    void aDeactivatedOrUnknownPlaceIsRefusedNamingThePointAndPlace() {
        Route r = route(point(WARD, "08:00-10:00"), point(LOBBY, "09:00-10:00"));
        assertThat(refused(() -> r.requirePlaces(p -> p.equals(WARD) ? Optional.of(false) : Optional.empty(),
                p -> "东院区 / 心内科病区")))
                .containsExactly(Problem.of("problem.route.placeInactive", 1, "东院区 / 心内科病区"),
                        Problem.of("problem.route.unknownPlace", 2));
        r.requirePlaces(p -> Optional.of(true), p -> "");
    }
}
