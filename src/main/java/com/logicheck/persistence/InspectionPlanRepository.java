package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.INSPECTION_PLAN;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_VERSION;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.plan.PeriodUnit;
import com.logicheck.domain.plan.PlanCompliance.Visit;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.persistence.jooq.tables.records.InspectionPlanRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * 层级检查计划 on disk (V9): plans are added and made inactive by supervisors only (checked inside the transaction),
 * every change is in the change log (entity {@code inspection_plan}); a plan's visits and area units are read here.
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
            People.require(tx, actorId, EnumSet.of(Role.SUPERVISOR), "problem.plan.notSupervisor");
            if (tx.fetchCount(PLACE, PLACE.ID.eq(p.placeId())) == 0) {
                throw new DomainException(Problem.of("problem.plan.noPlace"));
            }
            if (tx.fetchCount(com.logicheck.persistence.jooq.Tables.PERSON,
                    com.logicheck.persistence.jooq.Tables.PERSON.ID.eq(p.personId())) == 0) {
                throw new DomainException(Problem.of("problem.person.unknown", p.personId().toString()));
            }
            InspectionPlanRecord r = tx.newRecord(INSPECTION_PLAN);
            r.setId(p.id());
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
            r.setActive(p.active());
            r.setCreatedBy(actorId);
            r.setCreatedAt(OffsetDateTime.now(clock));
            r.insert();
            changeLog.append(tx, ENTITY, p.id(), null, "PLAN_ADDED", Map.of("person", p.personId().toString(),
                    "level", p.level().name(), "times", p.times(), "every", p.length() + " " + p.unit().name()), actorId);
        });
    }

    /** Ends a plan (it stays on record). */
    public void deactivate(UUID planId, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            People.require(tx, actorId, EnumSet.of(Role.SUPERVISOR), "problem.plan.notSupervisor");
            if (tx.update(INSPECTION_PLAN).set(INSPECTION_PLAN.ACTIVE, false).where(INSPECTION_PLAN.ID.eq(planId)).execute() == 0) {
                throw new DomainException(Problem.of("problem.plan.missing"));
            }
            changeLog.append(tx, ENTITY, planId, null, "PLAN_DEACTIVATED", Map.of(), actorId);
        });
    }

    public List<InspectionPlan> all() {
        return dsl.selectFrom(INSPECTION_PLAN).orderBy(INSPECTION_PLAN.RESPONSIBILITY_LEVEL, INSPECTION_PLAN.CREATED_AT)
                .fetch(r -> new InspectionPlan(r.getId(), r.getPersonId(), ResponsibilityLevel.valueOf(r.getResponsibilityLevel()),
                        r.getProviderId(), r.getPlaceId(), r.getServiceLine() == null ? null : ServiceLine.valueOf(r.getServiceLine()),
                        r.getTimes(), PeriodUnit.valueOf(r.getPeriodUnit()), r.getPeriodLength(), r.getCoverageNumerator(),
                        r.getCoverageDenominator(), r.getMinUnits(), r.getValidFrom(), r.getActive()));
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
        String path = dsl.select(PLACE.PATH).from(PLACE).where(PLACE.ID.eq(placeId)).fetchOne(PLACE.PATH);
        if (path == null) {
            return Set.of(placeId);
        }
        return new HashSet<>(dsl.select(PLACE.ID).from(PLACE).where(PLACE.ID.eq(placeId).or(PLACE.PATH.startsWith(path + " / ")))
                .fetch(PLACE.ID));
    }

    /** The area units (片区/病区) of a place: the active AREA places in its subtree, or the place itself if it is one. */
    public Set<UUID> areaUnits(Set<UUID> subtree) {
        return new HashSet<>(dsl.select(PLACE.ID).from(PLACE).where(PLACE.ID.in(subtree)
                .and(PLACE.KIND.eq(PlaceKind.AREA.name())).and(PLACE.ACTIVE.isTrue())).fetch(PLACE.ID));
    }
}
