package com.logicheck.service;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.plan.PlanCompliance;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.persistence.InspectionPlanRepository;
import com.logicheck.persistence.ReferenceRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 层级检查: the plans, and for a month what each plan required, what was done and what was missed (per period).
 * {@link #missedInspections} is the number an assessment scheme can count as 漏检 for a provider and month.
 */
public final class InspectionPlanService {
    private final InspectionPlanRepository plans;
    private final ReferenceRepository reference;
    private final Clock clock;

    public InspectionPlanService(InspectionPlanRepository plans, ReferenceRepository reference, Clock clock) {
        this.plans = plans;
        this.reference = reference;
        this.clock = clock;
    }

    /** One plan over a month: who, where, the periods, and the totals. */
    public record PlanReport(InspectionPlan plan, String person, String place, String provider,
                             List<PlanCompliance.Period> periods) {
        public int required() {
            return periods.stream().filter(PlanCompliance.Period::ended).mapToInt(PlanCompliance.Period::required).sum();
        }

        public int done() {
            return periods.stream().mapToInt(PlanCompliance.Period::done).sum();
        }

        public int missed() {
            return PlanCompliance.missed(periods);
        }

        public long coverageShort() {
            return periods.stream().filter(PlanCompliance.Period::coverageShort).count();
        }

        /** The running period, if the month includes now. */
        public java.util.Optional<PlanCompliance.Period> current() {
            return periods.stream().filter(PlanCompliance.Period::inProgress).findFirst();
        }
    }

    /** Adds a plan with the seed's frequency for the level (supervisors only). */
    public InspectionPlan addDefault(UUID personId, ResponsibilityLevel level, UUID placeId, UUID providerId,
                                     ServiceLine line, UUID actorId) {
        InspectionPlan p = InspectionPlan.defaults(UUID.randomUUID(), personId, level, providerId, placeId, line,
                LocalDate.now(clock).withDayOfMonth(1));
        plans.add(p, actorId);
        return p;
    }

    public void add(InspectionPlan plan, UUID actorId) {
        plans.add(plan, actorId);
    }

    public void deactivate(UUID planId, UUID actorId) {
        plans.deactivate(planId, actorId);
    }

    /** Every active plan over {@code month}, judged now. */
    public List<PlanReport> month(YearMonth month) {
        ZoneId zone = clock.getZone();
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
        LocalDateTime now = LocalDateTime.now(clock);
        List<Place> places = reference.places();
        return plans.all().stream().filter(InspectionPlan::active).map(p -> {
            Set<UUID> subtree = plans.placeAndBelow(p.placeId());
            Set<UUID> units = plans.areaUnits(subtree);
            List<PlanCompliance.Visit> visits = plans.visits(p, subtree, from.atZone(zone).toOffsetDateTime(),
                    to.atZone(zone).toOffsetDateTime(), zone);
            return new PlanReport(p, reference.person(p.personId()).map(Person::name).orElse(""),
                    reference.place(p.placeId()).map(Place::path).orElse(""),
                    p.providerId() == null ? "" : reference.provider(p.providerId()).map(Provider::shortName).orElse(""),
                    PlanCompliance.evaluate(p, visits, units, coveredBy(places, units), from, to, now));
        }).toList();
    }

    /** The area units under a visited place (the place itself when it is one): a floor's sheet covers its wards. */
    static Function<UUID, Set<UUID>> coveredBy(List<Place> places, Set<UUID> units) {
        Map<UUID, String> paths = places.stream().collect(Collectors.toMap(Place::id, Place::path));
        Map<UUID, Set<UUID>> cache = new HashMap<>();
        return placeId -> cache.computeIfAbsent(placeId, id -> {
            String path = paths.get(id);
            if (path == null) {
                return Set.of(id);
            }
            return units.stream().filter(u -> {
                String up = paths.get(u);
                return u.equals(id) || up != null && up.startsWith(path + " / ");
            }).collect(Collectors.toSet());
        });
    }

    /** 漏检: inspections the provider's plans required in {@code month} (ended periods) and did not get. */
    public int missedInspections(UUID providerId, YearMonth month) {
        return month(month).stream().filter(r -> Objects.equals(r.plan().providerId(), providerId))
                .mapToInt(PlanReport::missed).sum();
    }
}
