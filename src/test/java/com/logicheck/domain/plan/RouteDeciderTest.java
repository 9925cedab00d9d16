package com.logicheck.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.plan.RouteDecider.Occurrence;
import com.logicheck.domain.plan.RouteDecider.Tally;
import com.logicheck.domain.plan.RouteDecider.Visit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** 路线巡检判定 with a fixed "now": 按时, 迟到, 漏检, 未到时间 and the 有效巡检率, over month ends and a leap day. */
class RouteDeciderTest {
    static final UUID ZHANG = UUID.randomUUID();
    static final UUID LI = UUID.randomUUID();
    static final UUID WARD = UUID.randomUUID();
    static final UUID LOBBY = UUID.randomUUID();
    static final UUID STORE = UUID.randomUUID();
    static final Predicate<UUID> ZHANG_ONLY = Set.of(ZHANG)::contains;

    static Route route(LocalDate from, RoutePoint... points) {
        return new Route(UUID.randomUUID(), "住院部日巡", ZHANG, null, null, List.of(points), from, null);
    }

    static RoutePoint point(UUID place, String... windows) {
        return RouteTest.point(place, windows);
    }

    static Visit at(UUID place, String time) {
        return new Visit(place, ZHANG, LocalDateTime.parse(time));
    }

    static List<OccurrenceStatus> statuses(List<Occurrence> o) {
        return o.stream().map(Occurrence::status).toList();
    }

    @Test
    void aRouteDayWithOnePointOnTimeOneLateAndOneMissedIsReportedExactlySo() {
        LocalDate day = LocalDate.of(2027, 3, 15);
        Route r = route(day, point(WARD, "08:00-10:00"), point(LOBBY, "08:00-10:00"), point(STORE, "08:00-10:00"));
        List<Occurrence> o = RouteDecider.decide(r, day, day, List.of(at(WARD, "2027-03-15T09:59:59"),
                at(LOBBY, "2027-03-15T10:00"), at(STORE, "2027-03-15T07:59")), ZHANG_ONLY,
                LocalDateTime.parse("2027-03-15T18:00"));
        assertThat(statuses(o)).containsExactly(OccurrenceStatus.ON_TIME, OccurrenceStatus.LATE, OccurrenceStatus.MISSED);
        assertThat(o).extracting(Occurrence::checkedAt).containsExactly(LocalDateTime.parse("2027-03-15T09:59:59"),
                LocalDateTime.parse("2027-03-15T10:00"), null);
        Tally t = Tally.of(o);
        assertThat(t.due()).isEqualTo(3);
        assertThat(t.ratePercent()).contains(new BigDecimal("33.3"));
    }

    @Test
    void twoWindowsADayEachTakeTheirOwnCheckInAndLatenessEndsAtTheNextWindow() {
        LocalDate day = LocalDate.of(2027, 3, 15);
        Route r = route(day, point(WARD, "08:00-10:00", "14:00-16:00"));
        // 11:00 is late for the morning; 15:00 is on time for the afternoon, not late for the morning
        List<Occurrence> o = RouteDecider.decide(r, day, day, List.of(at(WARD, "2027-03-15T11:00"),
                at(WARD, "2027-03-15T15:00")), ZHANG_ONLY, LocalDateTime.parse("2027-03-15T23:00"));
        assertThat(statuses(o)).containsExactly(OccurrenceStatus.LATE, OccurrenceStatus.ON_TIME);
        List<Occurrence> onlyAfternoon = RouteDecider.decide(r, day, day, List.of(at(WARD, "2027-03-15T15:00")),
                ZHANG_ONLY, LocalDateTime.parse("2027-03-15T23:00"));
        assertThat(statuses(onlyAfternoon)).containsExactly(OccurrenceStatus.MISSED, OccurrenceStatus.ON_TIME);
    }

    @Test
    void windowsNotOverYetAreNotDueAndLeaveTheRateOutUntilSomethingIsDue() {
        LocalDate day = LocalDate.of(2027, 3, 15);
        Route r = route(day, point(WARD, "08:00-10:00", "14:00-16:00"), point(LOBBY, "09:00-11:00"));
        LocalDateTime now = LocalDateTime.parse("2027-03-15T09:30");
        List<Occurrence> o = RouteDecider.decide(r, day, day, List.of(at(LOBBY, "2027-03-15T09:10"),
                at(WARD, "2027-03-15T10:30")), ZHANG_ONLY, now);   // the 10:30 check-in has not happened at 09:30
        assertThat(statuses(o)).containsExactly(OccurrenceStatus.NOT_DUE, OccurrenceStatus.NOT_DUE,
                OccurrenceStatus.ON_TIME);
        assertThat(Tally.of(o)).isEqualTo(new Tally(1, 0, 0, 2));
        assertThat(Tally.of(o).ratePercent()).contains(new BigDecimal("100.0"));
        assertThat(Tally.of(RouteDecider.decide(r, day, day, List.of(), ZHANG_ONLY,
                LocalDateTime.parse("2027-03-15T07:00"))).ratePercent()).isEmpty();
    }

    @Test
    void onlyTheAssignedPersonsCheckInsAtThePointsOwnPlaceCount() {
        LocalDate day = LocalDate.of(2027, 3, 15);
        Route r = route(day, point(WARD, "08:00-10:00"), point(LOBBY, "08:00-10:00"));
        List<Visit> visits = List.of(new Visit(WARD, LI, LocalDateTime.parse("2027-03-15T08:30")),
                at(STORE, "2027-03-15T08:30"), at(LOBBY, "2027-03-15T08:45"));
        LocalDateTime now = LocalDateTime.parse("2027-03-16T00:00");
        assertThat(statuses(RouteDecider.decide(r, day, day, visits, ZHANG_ONLY, now)))
                .containsExactly(OccurrenceStatus.MISSED, OccurrenceStatus.ON_TIME);
        assertThat(statuses(RouteDecider.decide(r, day, day, visits, Set.of(ZHANG, LI)::contains, now)))
                .containsExactly(OccurrenceStatus.ON_TIME, OccurrenceStatus.ON_TIME);
    }

    @Test
    void aRangeOverAMonthEndAndALeapDayCountsEveryDayTheRouteRuns() {
        LocalDate from = LocalDate.of(2028, 2, 27);
        Route r = route(LocalDate.of(2028, 2, 28), point(WARD, "22:00-24:00"), point(LOBBY, "00:00-01:00"))
                .endedOn(LocalDate.of(2028, 3, 1));
        List<Visit> visits = List.of(at(WARD, "2028-02-29T23:59:59"), at(LOBBY, "2028-02-29T00:30"),
                at(LOBBY, "2028-03-01T00:59"), at(WARD, "2028-03-01T21:59"));
        List<Occurrence> o = RouteDecider.decide(r, from, LocalDate.of(2028, 3, 2), visits, ZHANG_ONLY,
                LocalDateTime.parse("2028-03-05T00:00"));
        assertThat(o).extracting(Occurrence::day).containsExactly(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 28),
                LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 1));
        assertThat(statuses(o)).containsExactly(OccurrenceStatus.MISSED, OccurrenceStatus.MISSED,
                OccurrenceStatus.ON_TIME, OccurrenceStatus.ON_TIME,
                OccurrenceStatus.MISSED, OccurrenceStatus.ON_TIME);   // 21:59 is before the window: it counts for none
    }

    @Test
    void aLateCheckInAfterTheLastWindowCountsUntilMidnightNotTheNextDay() {
        LocalDate day = LocalDate.of(2027, 12, 31);
        Route r = route(day, point(WARD, "20:00-22:00"));
        List<Occurrence> o = RouteDecider.decide(r, day, day.plusDays(1), List.of(at(WARD, "2027-12-31T23:59"),
                at(WARD, "2028-01-01T00:01")), ZHANG_ONLY, LocalDateTime.parse("2028-01-02T00:00"));
        assertThat(statuses(o)).containsExactly(OccurrenceStatus.LATE, OccurrenceStatus.MISSED);
        assertThat(o.get(1).day()).isEqualTo(LocalDate.of(2028, 1, 1));
    }
}
