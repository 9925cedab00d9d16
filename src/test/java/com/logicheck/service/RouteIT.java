package com.logicheck.service;

import static com.logicheck.service.RectificationIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.plan.OccurrenceStatus;
import com.logicheck.domain.plan.Route;
import com.logicheck.domain.plan.RouteDecider.Occurrence;
import com.logicheck.domain.plan.RouteDecider.Tally;
import com.logicheck.domain.plan.RoutePoint;
import com.logicheck.domain.plan.TimeWindow;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.TestStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 巡检路线 on a real data folder: supervisors only, refusals write nothing, and a route day judged from real check-ins
 * (the world's clock stands at 2026-12-05 10:00 Beijing time).
 */
@DatabaseTest
class RouteIT {
    static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    @TempDir
    Path dir;
    AssessmentWorld w;
    RouteService routes;
    Place site;
    Place lobby;

    TestStore store() {
        return TestStore.H2;
    }

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir, store());
        routes = w.c.plans().routes();
        UUID org = w.c.core().reference().organisation().orElseThrow().id();
        site = w.c.core().reference().place(w.ward.parentId()).orElseThrow();
        lobby = w.c.core().reference().addPlace(org, site, PlaceKind.AREA, "门诊大厅");
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    static RoutePoint point(Place p, String... windows) {
        return new RoutePoint(p.id(), List.of(windows).stream().map(t -> TimeWindow.parse(t, p.name())).toList());
    }

    Route route(RoutePoint... points) {
        return new Route(UUID.randomUUID(), "东院日巡", w.inspector.id(), null, w.hospitalProvider.id(), List.of(points),
                DAY, null);
    }

    void checkIn(Place place) throws Exception {
        PlaceCodes codes = w.c.referenceData().placeCodes();
        String code = PlaceCodesIT.decodeFirstPage(codes.labels(w.supervisor.id(), place.path()).pdf());
        var draft = w.c.inspection().service().start(new InspectionRepository.NewInspection(
                w.template("hospital-maintenance").id(), w.hospitalProvider.id(), place.id(), w.inspector.id(),
                InspectionKind.PATROL));
        codes.checkIn(w.inspector.id(), draft.id(), codes.read(code, How.SCANNED), false);
    }

    @Test
    void aRouteDayWithOnePointOnTimeOneLateAndOneMissedIsReportedExactlySo() throws Exception {
        Route r = routes.add(route(point(w.ward, "09:00-11:00"), point(site, "07:00-08:00"),
                point(lobby, "08:00-09:30", "14:00-16:00")), w.supervisor.id());
        checkIn(w.ward);
        checkIn(lobby);   // both at 10:00
        var report = routes.report(DAY, DAY);
        assertThat(report).singleElement().satisfies(rr -> {
            assertThat(rr.route()).isEqualTo(r);
            assertThat(rr.person()).isEqualTo(w.inspector.name());
            assertThat(rr.provider()).isEqualTo("华安后勤");
            assertThat(rr.points()).containsExactly("东院区 / 心内科病区", "东院区", "东院区 / 门诊大厅");
            assertThat(rr.occurrences()).extracting(Occurrence::status).containsExactly(OccurrenceStatus.ON_TIME,
                    OccurrenceStatus.MISSED, OccurrenceStatus.LATE, OccurrenceStatus.NOT_DUE);
            assertThat(rr.tally()).isEqualTo(new Tally(1, 1, 1, 1));
            assertThat(rr.tally().ratePercent()).contains(new BigDecimal("33.3"));
        });
        // the month so far: the 5th as above, the 6th to the 31st not due yet (26 days × 4 windows)
        assertThat(routes.month(w.hospitalProvider.id(), YearMonth.of(2026, 12))).isEqualTo(new Tally(1, 1, 1, 1 + 26 * 4));
        assertThat(routes.month(w.collegeProvider.id(), YearMonth.of(2026, 12))).isEqualTo(new Tally(0, 0, 0, 0));
        assertThat(routes.find(r.id())).isEqualTo(r);
    }

    @Test
    void onlySupervisorsChangeRoutesAndBadRoutesAreRefusedWithNothingWritten() {
        refused(() -> routes.add(route(point(w.ward, "08:00-10:00")), w.inspector.id()), "problem.route.notSupervisor");
        refused(() -> routes.add(route(point(w.ward, "08:00-10:00")), w.contact.id()), "problem.route.notSupervisor");
        w.c.referenceData().service().deactivatePlace(w.supervisor.id(), lobby);
        refused(() -> routes.add(route(point(w.ward, "08:00-10:00"), point(lobby, "08:00-10:00")), w.supervisor.id()),
                "problem.route.placeInactive");
        refused(() -> routes.add(new Route(UUID.randomUUID(), "x", UUID.randomUUID(), null, null,
                List.of(point(w.ward, "08:00-10:00")), DAY, null), w.supervisor.id()), "problem.route.personInactive");
        refused(() -> route(point(w.ward, "08:00-10:00", "09:00-12:00")), "problem.route.windowsOverlap");
        refused(() -> route(point(w.ward, "10:00-08:00")), "problem.route.windowEndsBeforeStart");
        refused(() -> route(), "problem.route.empty");
        assertThat(routes.all()).isEmpty();
        assertThat(routes.report(DAY, DAY)).isEmpty();
    }

    @Test
    void aRouteIsChangedAndEndedAndAnEndBeforeItsStartIsRefused() {
        Route r = routes.add(route(point(w.ward, "08:00-10:00")), w.supervisor.id());
        Route changed = new Route(r.id(), "东院夜巡", null, ResponsibilityLevel.AREA_LEAD,
                null, List.of(point(lobby, "22:00-24:00", "00:00-02:00"), point(w.ward, "08:00-10:00")), DAY, null);
        routes.change(changed, w.supervisor.id());
        assertThat(routes.find(r.id())).isEqualTo(changed);
        refused(() -> routes.end(r.id(), DAY.minusDays(1), w.supervisor.id()), "problem.route.endBeforeStart");
        refused(() -> routes.end(r.id(), DAY, w.inspector.id()), "problem.route.notSupervisor");
        assertThat(routes.find(r.id()).validUntil()).isNull();
        routes.end(r.id(), DAY, w.supervisor.id());
        assertThat(routes.find(r.id()).validUntil()).isEqualTo(DAY);
        assertThat(routes.report(DAY.plusDays(1), DAY.plusDays(7))).isEmpty();
        refused(() -> routes.end(UUID.randomUUID(), DAY, w.supervisor.id()), "problem.route.missing");
    }
}
