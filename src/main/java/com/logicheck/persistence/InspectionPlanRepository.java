package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PROVIDER;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_VERSION;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.plan.PeriodUnit;
import com.logicheck.domain.plan.PlanCompliance.Visit;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.persistence.jooq.tables.records.InspectionPlanRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * 层级检查计划 on disk (V9, V13): plans are added, changed, ended and switched off (by supervisors only, decided
 * before by {@code InspectionPlanService} and the permission policy, ADR 0032), every change is in the change log
 * (entity {@code inspection_plan}, changed fields as {@code old → new}); a plan's visits and area units are read here.
 */
public final class InspectionPlanRepository {
    static final String ENTITY = "inspection_plan";
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public InspectionPlanRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    public void add(InspectionPlan p, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            requireReferences(tx, p);
            InspectionPlanRecord r = tx.newRecord(INSPECTION_PLAN);
            r.setId(p.id());
            write(r, p);
            r.setCreatedBy(actorId);
            r.setCreatedAt(OffsetDateTime.now(clock));
            r.insert();
            changeLog.append(tx, ENTITY, p.id(), null, "PLAN_ADDED", Map.of("person", p.personId().toString(),
                    "level", p.level().name(), "times", p.times(), "every", p.length() + " " + p.unit().name()), actorId);
        });
    }

    /**
     * Replaces a plan's terms. The change log records each changed field as {@code old → new};
     * returns the plan as it was, or refuses a plan that does not exist. {@code action} names the change in the log
     * (PLAN_CHANGED, PLAN_ENDED, PLAN_DEACTIVATED, PLAN_ACTIVATED, PLAN_UNDONE).
     */
    public InspectionPlan update(InspectionPlan p, String action, UUID actorId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            InspectionPlanRecord r = tx.selectFrom(INSPECTION_PLAN).where(INSPECTION_PLAN.ID.eq(p.id())).forUpdate()
                    .fetchOptional().orElseThrow(() -> new DomainException(Problem.of("problem.plan.missing")));
            InspectionPlan before = plan(r);
            boolean samePerson = before.personId().equals(p.personId());
            requireReferences(tx, p, p.active() && (!samePerson || !before.active()));
            write(r, p);
            Map<String, String> changed = changes(before, p);
            if (changed.isEmpty()) {
                return before;
            }
            r.update();
            changeLog.append(tx, ENTITY, p.id(), null, action, changed, actorId);
            return before;
        });
    }

    /** Removes a plan nobody has relied on yet: only to undo its adding (the log keeps both rows). */
    public void remove(UUID planId, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.deleteFrom(INSPECTION_PLAN).where(INSPECTION_PLAN.ID.eq(planId)).execute() == 0) {
                throw new DomainException(Problem.of("problem.plan.missing"));
            }
            changeLog.append(tx, ENTITY, planId, null, "PLAN_REMOVED", Map.of(), actorId);
        });
    }

    /** Ends a plan (it stays on record). */
    public void deactivate(UUID planId, UUID actorId) {
        InspectionPlan p = find(planId).orElseThrow(() -> new DomainException(Problem.of("problem.plan.missing")));
        update(p.withActive(false), "PLAN_DEACTIVATED", actorId);
    }

    public Optional<InspectionPlan> find(UUID planId) {
        return dsl.selectFrom(INSPECTION_PLAN).where(INSPECTION_PLAN.ID.eq(planId)).fetchOptional(InspectionPlanRepository::plan);
    }

    /** The plan's change history, oldest first. */
    public List<ChangeLog.Entry> history(UUID planId) {
        return changeLog.forEntity(dsl, ENTITY, planId);
    }

    public List<InspectionPlan> all() {
        return dsl.selectFrom(INSPECTION_PLAN).orderBy(INSPECTION_PLAN.RESPONSIBILITY_LEVEL, INSPECTION_PLAN.CREATED_AT)
                .fetch(InspectionPlanRepository::plan);
    }

    private static InspectionPlan plan(InspectionPlanRecord r) {
        return new InspectionPlan(r.getId(), r.getPersonId(), ResponsibilityLevel.valueOf(r.getResponsibilityLevel()),
                r.getProviderId(), r.getPlaceId(), r.getServiceLine() == null ? null : ServiceLine.valueOf(r.getServiceLine()),
                r.getTimes(), PeriodUnit.valueOf(r.getPeriodUnit()), r.getPeriodLength(), r.getCoverageNumerator(),
                r.getCoverageDenominator(), r.getMinUnits(), r.getValidFrom(), r.getValidUntil(), r.getActive());
    }

    private static void write(InspectionPlanRecord r, InspectionPlan p) {
        r.setPersonId(p.personId());
        r.setResponsibilityLevel(p.level().name());
        r.setProviderId(p.providerId());
        r.setPlaceId(p.placeId());
        r.setServiceLine(p.serviceLine() == null ? null : p.serviceLine().name());
        r.setTimes(p.times());
        r.setPeriodUnit(p.unit().name());
        r.setPeriodLength(p.length());
        r.setCoverageNumerator(p.coverageNumerator());
        r.setCoverageDenominator(p.coverageDenominator());
        r.setMinUnits(p.minUnits());
        r.setValidFrom(p.validFrom());
        r.setValidUntil(p.validUntil());
        r.setActive(p.active());
    }

    private static void requireReferences(DSLContext tx, InspectionPlan p) {
        requireReferences(tx, p, p.active());
    }

    /**
     * The place and provider exist, and the person exists and — when {@code activePerson} (a new active plan, a new
     * person, a plan switched back on) — is active. The plan of a person who has left can still be changed or ended.
     */
    private static void requireReferences(DSLContext tx, InspectionPlan p, boolean activePerson) {
        if (tx.fetchCount(PLACE, PLACE.ID.eq(p.placeId())) == 0) {
            throw new DomainException(Problem.of("problem.plan.noPlace"));
        }
        if (p.providerId() != null && tx.fetchCount(PROVIDER, PROVIDER.ID.eq(p.providerId())) == 0) {
            throw new DomainException(Problem.of("problem.plan.unknownProvider"));
        }
        var person = tx.select(PERSON.NAME, PERSON.ACTIVE).from(PERSON).where(PERSON.ID.eq(p.personId())).fetchOne();
        if (person == null) {
            throw new DomainException(Problem.of("problem.person.unknown", p.personId().toString()));
        }
        if (activePerson && !Boolean.TRUE.equals(person.value2())) {
            throw new DomainException(Problem.of("problem.plan.personInactive", person.value1()));
        }
    }

    /** Field → "old → new" for every term that differs. */
    static Map<String, String> changes(InspectionPlan a, InspectionPlan b) {
        Map<String, String> m = new LinkedHashMap<>();
        diff(m, "person", a.personId(), b.personId());
        diff(m, "level", a.level(), b.level());
        diff(m, "provider", a.providerId(), b.providerId());
        diff(m, "place", a.placeId(), b.placeId());
        diff(m, "serviceLine", a.serviceLine(), b.serviceLine());
        diff(m, "times", a.times(), b.times());
        diff(m, "every", a.length() + " " + a.unit(), b.length() + " " + b.unit());
        diff(m, "coverage", a.coverageNumerator() + "/" + a.coverageDenominator(),
                b.coverageNumerator() + "/" + b.coverageDenominator());
        diff(m, "minUnits", a.minUnits(), b.minUnits());
        diff(m, "validFrom", a.validFrom(), b.validFrom());
        diff(m, "validUntil", a.validUntil(), b.validUntil());
        diff(m, "active", a.active(), b.active());
        return m;
    }

    private static void diff(Map<String, String> m, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            m.put(field, a + " → " + b);
        }
    }

    /** The person's finished or signed sheets in [from, to) within the plan's place, provider and service line. */
    public List<Visit> visits(InspectionPlan p, Set<UUID> places, OffsetDateTime from, OffsetDateTime to, ZoneId zone) {
        Condition c = INSPECTION.INSPECTOR_ID.eq(p.personId()).and(INSPECTION.STARTED_AT.ge(from))
                .and(INSPECTION.STARTED_AT.lt(to)).and(INSPECTION.PLACE_ID.in(places))
                .and(INSPECTION.STATUS.ne(InspectionStatus.DRAFT.name()));
        if (p.providerId() != null) {
            c = c.and(INSPECTION.PROVIDER_ID.eq(p.providerId()));
        }
        if (p.serviceLine() != null) {
            c = c.and(CHECKLIST_TEMPLATE.SERVICE_LINE.eq(p.serviceLine().name()));
        }
        return dsl.select(INSPECTION.STARTED_AT, INSPECTION.PLACE_ID).from(INSPECTION)
                .join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(INSPECTION.TEMPLATE_VERSION_ID))
                .join(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(c).orderBy(INSPECTION.STARTED_AT)
                .fetch(r -> new Visit(r.value1().atZoneSameInstant(zone).toLocalDateTime(), r.value2()));
    }

    /** The place and every place under it. */
    public Set<UUID> placeAndBelow(UUID placeId) {
        return new HashSet<>(PlaceTree.placeAndBelow(dsl, placeId));
    }

    /** The area units (片区/病区) of a place: the active AREA places in its subtree, or the place itself if it is one. */
    public Set<UUID> areaUnits(Set<UUID> subtree) {
        return new HashSet<>(dsl.select(PLACE.ID).from(PLACE).where(PLACE.ID.in(subtree)
                .and(PLACE.KIND.eq(PlaceKind.AREA.name())).and(PLACE.ACTIVE.isTrue())).fetch(PLACE.ID));
    }
}
