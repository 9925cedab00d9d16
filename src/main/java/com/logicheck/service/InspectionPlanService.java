package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlacePath;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.plan.PlanCompliance;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.InspectionPlanRepository;
import com.logicheck.persistence.ReferenceRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 层级检查: the plans — added, changed, ended, switched off by supervisors, the last change of each undoable — and for a
 * month what each plan required, what was done and what was missed (per period).
 * {@link #missedInspections} is the number an assessment scheme can count as 漏检 for a provider and month.
 */
public final class InspectionPlanService {
    private final InspectionPlanRepository plans;
    private final ReferenceRepository reference;
    private final Clock clock;
    private final UseCases useCases;
    private final LastChange last = new LastChange("problem.plan.nothingToUndo");

    public InspectionPlanService(InspectionPlanRepository plans, ReferenceRepository reference, Clock clock,
                                 UseCases useCases) {
        this.plans = plans;
        this.useCases = useCases;
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
        public Optional<PlanCompliance.Period> current() {
            return periods.stream().filter(PlanCompliance.Period::inProgress).findFirst();
        }
    }

    /** A provider's plans over a month: inspections required in ended periods, done in them, missed; how many plans. */
    public record ProviderCompliance(int plans, int required, int done, int missed, long coverageShort,
                                     LocalDate upTo, boolean monthRunning) {
        public boolean any() {
            return plans > 0;
        }
    }

    /** Adds a plan with the seed's frequency for the level (supervisors only). */
    public InspectionPlan addDefault(UUID personId, ResponsibilityLevel level, UUID placeId, UUID providerId,
                                     ServiceLine line, UUID actorId) {
        InspectionPlan p = InspectionPlan.defaults(UUID.randomUUID(), personId, level, providerId, placeId, line,
                LocalDate.now(clock).withDayOfMonth(1));
        add(p, actorId);
        return p;
    }

    public void add(InspectionPlan plan, UUID actorId) {
        useCases.run(actorId, Permission.EDIT_PLANS, () -> plans.add(plan, actorId));
        remember(actorId, Problem.of("plans.undo.add"),
                a -> useCases.run(a, Permission.EDIT_PLANS, () -> plans.remove(plan.id(), a)));
    }

    /** Replaces the plan's terms; the plan as it was can be restored with {@link #undo}. */
    public void change(InspectionPlan plan, UUID actorId) {
        InspectionPlan before = update(plan, "PLAN_CHANGED", actorId);
        remember(actorId, Problem.of("plans.undo.change"), a -> update(before, "PLAN_UNDONE", a));
    }

    /** 结束: the plan counts up to and including {@code lastDay}, not after; it stays on record. */
    public void end(UUID planId, LocalDate lastDay, UUID actorId) {
        InspectionPlan p = find(planId);
        if (lastDay == null) {
            throw new DomainException(Problem.of("problem.plan.noEnd"));
        }
        InspectionPlan before = update(p.endedOn(lastDay), "PLAN_ENDED", actorId);
        remember(actorId, Problem.of("plans.undo.end"), a -> update(before, "PLAN_UNDONE", a));
    }

    /** 停用 (counts nowhere, e.g. entered by mistake) or 启用 again. */
    public void setActive(UUID planId, boolean active, UUID actorId) {
        InspectionPlan p = find(planId);
        InspectionPlan before = update(p.withActive(active), active ? "PLAN_ACTIVATED" : "PLAN_DEACTIVATED",
                actorId);
        remember(actorId, Problem.of(active ? "plans.undo.activate" : "plans.undo.deactivate"),
                a -> update(before, "PLAN_UNDONE", a));
    }

    /** One change of a plan's terms as a use case: the policy first, then the repository (ADR 0032). */
    private InspectionPlan update(InspectionPlan plan, String action, UUID actorId) {
        return useCases.call(actorId, Permission.EDIT_PLANS, actor -> plans.update(plan, action, actorId));
    }

    public void deactivate(UUID planId, UUID actorId) {
        setActive(planId, false, actorId);
    }

    public InspectionPlan find(UUID planId) {
        return plans.find(planId).orElseThrow(() -> new DomainException(Problem.of("problem.plan.missing")));
    }

    /** Every plan, active or not, as stored. */
    public List<InspectionPlan> all() {
        return plans.all();
    }

    /** The change history of one plan, oldest first. */
    public List<ChangeLog.Entry> history(UUID planId) {
        return plans.history(planId);
    }

    /** What {@link #undo} would undo for {@code actorId}, if anything. */
    public Optional<Problem> undoable(UUID actorId) {
        return last.undoable(actorId);
    }

    /** Undoes the person's last change (once); refuses when there is none. */
    public void undo(UUID actorId) {
        last.undo(actorId);
    }

    private void remember(UUID actorId, Problem what, Consumer<UUID> inverse) {
        last.remember(actorId, what, inverse);
    }

    /** Every active plan over {@code month}, judged now. */
    public List<PlanReport> month(YearMonth month) {
        return month(month, false);
    }

    /**
     * The plans over {@code month}, judged now: the active ones that ran in the month, or with {@code everything}
     * also the switched-off ones and those that ended before it (with no periods).
     */
    public List<PlanReport> month(YearMonth month, boolean everything) {
        ZoneId zone = clock.getZone();
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
        LocalDateTime now = LocalDateTime.now(clock);
        List<Place> places = reference.places();
        return plans.all().stream()
                .filter(p -> everything || p.active() && !p.endedBefore(month.atDay(1)))
                .map(p -> {
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

    /**
     * 层级检查 of one provider in a month (its plans only; a plan for any provider is nobody's to answer for): the
     * inspections due in periods that have ended, those done in them, and those missed. Information for the
     * supervisor, not a deduction (ADR 0025).
     */
    public ProviderCompliance compliance(UUID providerId, YearMonth month) {
        List<PlanReport> reports = month(month).stream()
                .filter(r -> Objects.equals(r.plan().providerId(), providerId)).toList();
        int required = 0;
        int done = 0;
        for (PlanReport r : reports) {
            for (PlanCompliance.Period p : r.periods()) {
                if (p.ended()) {
                    required += p.required();
                    done += p.done();
                }
            }
        }
        LocalDate today = LocalDate.now(clock);
        boolean running = !today.isBefore(month.atDay(1)) && !today.isAfter(month.atEndOfMonth());
        return new ProviderCompliance(reports.size(), required, done,
                reports.stream().mapToInt(PlanReport::missed).sum(),
                reports.stream().mapToLong(PlanReport::coverageShort).sum(),
                running ? today : month.atEndOfMonth(), running);
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
                return u.equals(id) || up != null && up.startsWith(PlacePath.below(path));
            }).collect(Collectors.toSet());
        });
    }

    /** 漏检: inspections the provider's plans required in {@code month} (ended periods) and did not get. */
    public int missedInspections(UUID providerId, YearMonth month) {
        return month(month).stream().filter(r -> Objects.equals(r.plan().providerId(), providerId))
                .mapToInt(PlanReport::missed).sum();
    }
}
