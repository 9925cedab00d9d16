package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.plan.Route;
import com.logicheck.domain.plan.RouteDecider;
import com.logicheck.domain.plan.RouteDecider.Occurrence;
import com.logicheck.domain.plan.RouteDecider.Tally;
import com.logicheck.domain.plan.RoutePoint;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.RouteRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * 巡检路线: routes added, changed and ended by supervisors (MANAGE_ROUTES), each change one unit of work that asks the
 * access policy first; and for a day or week what each route's points did (按时/迟到/漏检/未到时间) with the
 * 有效巡检率, judged now against the check-ins at the points (issue 16 item 4, {@link RouteDecider}).
 * <p>
 * Not yet synchronised (issue 16 item 5, later work): routes are reference data a supervisor sets, so they should
 * travel in the signed reference package of the one sync engine (ADR 0033) as one more part — one row per route with
 * its points and windows, content-hashed as a whole, merged per route id by {@code ReferenceMergeDecider} (ADD, SAME,
 * KEEP_OURS, UPDATE, CONFLICT), refused from a signer not on the trust list, after the places it names; a route whose
 * place is unknown or deactivated on the receiving laptop is a conflict, never written silently.
 */
public final class RouteService {
    private final RouteRepository routes;
    private final ReferenceRepository reference;
    private final Clock clock;
    private final UseCases useCases;

    public RouteService(RouteRepository routes, ReferenceRepository reference, Clock clock, UseCases useCases) {
        this.routes = routes;
        this.reference = reference;
        this.clock = clock;
        this.useCases = useCases;
    }

    /** One route over some days: whom it is for, its points' names, every occurrence and the counts. */
    public record RouteReport(Route route, String person, String provider, List<String> points,
                              List<Occurrence> occurrences, Tally tally) {
    }

    /** Adds a route; refused (nothing written) for a place unknown or deactivated, or a person unknown or inactive. */
    public Route add(Route route, UUID actorId) {
        return useCases.call(actorId, Permission.MANAGE_ROUTES, actor -> {
            requireReferences(route);
            routes.add(route, actorId);
            return route;
        });
    }

    /** Replaces a route's name, assignment, points and windows. */
    public Route change(Route route, UUID actorId) {
        return useCases.call(actorId, Permission.MANAGE_ROUTES, actor -> {
            require(route.id());
            requireReferences(route);
            routes.update(route, "ROUTE_CHANGED", actorId);
            return route;
        });
    }

    /** 结束: the route runs up to and including {@code lastDay} and stays on record. */
    public Route end(UUID routeId, LocalDate lastDay, UUID actorId) {
        return useCases.call(actorId, Permission.MANAGE_ROUTES, actor -> {
            Route ended = require(routeId).endedOn(lastDay);
            routes.update(ended, "ROUTE_ENDED", actorId);
            return ended;
        });
    }

    public Route find(UUID routeId) {
        return useCases.inTransaction(() -> require(routeId));
    }

    /** Every route, ended ones too, by name. */
    public List<Route> all() {
        return useCases.inTransaction(routes::all);
    }

    /** Every route that runs on some day of {@code from}..{@code to}, judged now. */
    public List<RouteReport> report(LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        LocalDateTime now = LocalDateTime.now(clock);
        return useCases.inTransaction(() -> routes.all().stream()
                .filter(r -> !r.validFrom().isAfter(to) && (r.validUntil() == null || !r.validUntil().isBefore(from)))
                .map(r -> {
                    List<UUID> places = r.points().stream().map(RoutePoint::placeId).toList();
                    List<RouteDecider.Visit> visits = routes.visits(places, from.atStartOfDay(zone).toOffsetDateTime(),
                            to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), zone);
                    List<Occurrence> o = RouteDecider.decide(r, from, to, visits, counts(r), now);
                    return new RouteReport(r, personOf(r), r.providerId() == null ? ""
                            : reference.provider(r.providerId()).map(Provider::shortName).orElse(""),
                            places.stream().map(p -> reference.place(p).map(Place::path).orElse("")).toList(),
                            o, Tally.of(o));
                }).toList());
    }

    /**
     * 路线迟到/漏检 of one provider's routes in {@code month} up to now: what a scheme with the option counts like
     * missed inspections (ADR 0040 scheme options).
     */
    public Tally month(UUID providerId, YearMonth month) {
        List<Occurrence> all = report(month.atDay(1), month.atEndOfMonth()).stream()
                .filter(r -> providerId != null && Objects.equals(r.route().providerId(), providerId))
                .flatMap(r -> r.occurrences().stream()).toList();
        return Tally.of(all);
    }

    private Predicate<UUID> counts(Route r) {
        if (r.personId() != null) {
            return r.personId()::equals;
        }
        Set<UUID> people = routes.peopleAt(r.level());
        return people::contains;
    }

    private String personOf(Route r) {
        return r.personId() == null ? "" : reference.person(r.personId()).map(Person::name).orElse("");
    }

    private Route require(UUID routeId) {
        return routes.find(routeId).orElseThrow(() -> new DomainException(Problem.of("problem.route.missing")));
    }

    private void requireReferences(Route route) {
        route.requirePlaces(routes::placeActive, p -> reference.place(p).map(Place::path).orElse(""));
        if (route.personId() != null && !routes.personActive(route.personId()).orElse(false)) {
            throw new DomainException(Problem.of("problem.route.personInactive"));
        }
    }
}
