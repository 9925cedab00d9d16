package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PLACE_CHECKIN;
import static com.logicheck.persistence.jooq.Tables.ROUTE;
import static com.logicheck.persistence.jooq.Tables.ROUTE_POINT;
import static com.logicheck.persistence.jooq.Tables.ROUTE_WINDOW;

import com.logicheck.domain.plan.Route;
import com.logicheck.domain.plan.RouteDecider.Visit;
import com.logicheck.domain.plan.RoutePoint;
import com.logicheck.domain.plan.TimeWindow;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.persistence.jooq.tables.records.RouteRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * 巡检路线 on disk (V23): a route, its points in order and each point's windows; changes in the change log (entity
 * {@code route}). Reads and writes only: who may and whether a route is valid is decided before, in
 * {@code RouteService} (inside its unit of work) and the domain. Also reads the check-ins at the routes' places.
 */
public final class RouteRepository {
    static final String ENTITY = "route";
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public RouteRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    public void add(Route r, UUID actorId) {
        RouteRecord rec = dsl.newRecord(ROUTE);
        rec.setId(r.id());
        write(rec, r);
        rec.setCreatedBy(actorId);
        rec.setCreatedAt(OffsetDateTime.now(clock));
        rec.insert();
        writePoints(r);
        changeLog.append(dsl, ENTITY, r.id(), null, "ROUTE_ADDED", describe(r), actorId);
    }

    /** Replaces a stored route's terms and points; {@code action} names the change in the log. */
    public void update(Route r, String action, UUID actorId) {
        RouteRecord rec = dsl.selectFrom(ROUTE).where(ROUTE.ID.eq(r.id())).forUpdate().fetchSingle();
        write(rec, r);
        rec.update();
        dsl.deleteFrom(ROUTE_WINDOW).where(ROUTE_WINDOW.ROUTE_ID.eq(r.id())).execute();
        dsl.deleteFrom(ROUTE_POINT).where(ROUTE_POINT.ROUTE_ID.eq(r.id())).execute();
        writePoints(r);
        changeLog.append(dsl, ENTITY, r.id(), null, action, describe(r), actorId);
    }

    public Optional<Route> find(UUID id) {
        return all(ROUTE.ID.eq(id)).stream().findFirst();
    }

    /** Every route, by name. */
    public List<Route> all() {
        return all(DSL.trueCondition());
    }

    private List<Route> all(Condition where) {
        List<RouteRecord> routes = dsl.selectFrom(ROUTE).where(where).orderBy(ROUTE.NAME, ROUTE.CREATED_AT).fetch();
        if (routes.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = routes.stream().map(RouteRecord::getId).collect(Collectors.toSet());
        Map<UUID, Map<Integer, UUID>> points = new LinkedHashMap<>();
        dsl.selectFrom(ROUTE_POINT).where(ROUTE_POINT.ROUTE_ID.in(ids)).orderBy(ROUTE_POINT.ROUTE_ID, ROUTE_POINT.SEQ)
                .forEach(p -> points.computeIfAbsent(p.getRouteId(), k -> new LinkedHashMap<>()).put(p.getSeq(), p.getPlaceId()));
        Map<UUID, Map<Integer, List<TimeWindow>>> windows = new LinkedHashMap<>();
        dsl.selectFrom(ROUTE_WINDOW).where(ROUTE_WINDOW.ROUTE_ID.in(ids))
                .orderBy(ROUTE_WINDOW.ROUTE_ID, ROUTE_WINDOW.SEQ, ROUTE_WINDOW.OCCURRENCE)
                .forEach(w -> windows.computeIfAbsent(w.getRouteId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(w.getSeq(), k -> new ArrayList<>())
                        .add(new TimeWindow(w.getStartMinute(), w.getEndMinute())));
        return routes.stream().map(r -> {
            List<RoutePoint> ps = new ArrayList<>();
            points.getOrDefault(r.getId(), Map.of()).forEach((seq, place) -> ps.add(new RoutePoint(place,
                    windows.getOrDefault(r.getId(), Map.of()).getOrDefault(seq, List.of()))));
            return new Route(r.getId(), r.getName(), r.getPersonId(),
                    r.getResponsibilityLevel() == null ? null : ResponsibilityLevel.valueOf(r.getResponsibilityLevel()),
                    r.getProviderId(), ps, r.getValidFrom(), r.getValidUntil());
        }).toList();
    }

    /** Whether a place is active; empty when it is not known here. */
    public Optional<Boolean> placeActive(UUID placeId) {
        return dsl.select(PLACE.ACTIVE).from(PLACE).where(PLACE.ID.eq(placeId)).fetchOptional(r -> r.value1());
    }

    /** Whether a person is known and active; empty when unknown. */
    public Optional<Boolean> personActive(UUID personId) {
        return dsl.select(PERSON.ACTIVE).from(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(r -> r.value1());
    }

    /** The people with an active 层级检查计划 at {@code level}: whose check-ins count for a route assigned to the level. */
    public Set<UUID> peopleAt(ResponsibilityLevel level) {
        return Set.copyOf(dsl.selectDistinct(INSPECTION_PLAN.PERSON_ID).from(INSPECTION_PLAN)
                .where(INSPECTION_PLAN.RESPONSIBILITY_LEVEL.eq(level.name())).and(INSPECTION_PLAN.ACTIVE.isTrue())
                .fetch(r -> r.value1()));
    }

    /** The check-ins at {@code places} in {@code [from, to)}, as local times of {@code zone}. */
    public List<Visit> visits(Collection<UUID> places, OffsetDateTime from, OffsetDateTime to, ZoneId zone) {
        if (places.isEmpty()) {
            return List.of();
        }
        return dsl.select(PLACE_CHECKIN.PLACE_ID, PLACE_CHECKIN.PERSON_ID, PLACE_CHECKIN.CHECKED_AT).from(PLACE_CHECKIN)
                .where(PLACE_CHECKIN.PLACE_ID.in(places)).and(PLACE_CHECKIN.CHECKED_AT.ge(from))
                .and(PLACE_CHECKIN.CHECKED_AT.lt(to)).orderBy(PLACE_CHECKIN.CHECKED_AT)
                .fetch(r -> new Visit(r.value1(), r.value2(), r.value3().atZoneSameInstant(zone).toLocalDateTime()));
    }

    private static void write(RouteRecord rec, Route r) {
        rec.setName(r.name());
        rec.setPersonId(r.personId());
        rec.setResponsibilityLevel(r.level() == null ? null : r.level().name());
        rec.setProviderId(r.providerId());
        rec.setValidFrom(r.validFrom());
        rec.setValidUntil(r.validUntil());
    }

    private void writePoints(Route r) {
        for (int i = 0; i < r.points().size(); i++) {
            RoutePoint p = r.points().get(i);
            dsl.insertInto(ROUTE_POINT).set(ROUTE_POINT.ROUTE_ID, r.id()).set(ROUTE_POINT.SEQ, i + 1)
                    .set(ROUTE_POINT.PLACE_ID, p.placeId()).execute();
            for (int j = 0; j < p.windows().size(); j++) {
                TimeWindow w = p.windows().get(j);
                dsl.insertInto(ROUTE_WINDOW).set(ROUTE_WINDOW.ROUTE_ID, r.id()).set(ROUTE_WINDOW.SEQ, i + 1)
                        .set(ROUTE_WINDOW.OCCURRENCE, j + 1).set(ROUTE_WINDOW.START_MINUTE, w.startMinute())
                        .set(ROUTE_WINDOW.END_MINUTE, w.endMinute()).execute();
            }
        }
    }

    private static Map<String, Object> describe(Route r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", r.name());
        d.put("person", String.valueOf(r.personId()));
        d.put("level", r.level() == null ? "" : r.level().name());
        d.put("provider", String.valueOf(r.providerId()));
        d.put("points", r.points().stream().map(p -> p.placeId() + " " + p.windows().stream().map(TimeWindow::text)
                .collect(Collectors.joining(","))).toList());
        d.put("from", r.validFrom().toString());
        d.put("until", String.valueOf(r.validUntil()));
        return d;
    }
}
