package com.logicheck.service;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.persistence.ReferenceRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 演示层级检查计划: one plan per level over the demo's places, from the first of last month, so the plans screen
 * shows kept and missed periods: the first inspector as area lead of a building, the second as supervisor of a site,
 * the third as project head of the whole site, the supervisor as company manager.
 */
public final class DemoPlans {
    private final ReferenceRepository reference;
    private final InspectionPlanService plans;
    private final Clock clock;

    public DemoPlans(ReferenceRepository reference, InspectionPlanService plans, Clock clock) {
        this.reference = reference;
        this.plans = plans;
        this.clock = clock;
    }

    public int fill() {
        List<Person> inspectors = reference.people().stream().filter(p -> p.role() == Role.INSPECTOR).toList();
        Person supervisor = reference.people().stream().filter(p -> p.role() == Role.SUPERVISOR).findFirst().orElseThrow();
        List<Place> places = reference.places();
        Place site = places.stream().filter(p -> p.kind() == PlaceKind.SITE).findFirst().orElseThrow();
        Place building = places.stream().filter(p -> p.kind() == PlaceKind.BUILDING).findFirst().orElse(site);
        LocalDate from = LocalDate.now(clock).minusMonths(1).withDayOfMonth(1);
        // the first two for the first provider, so its monthly assessment shows the 层级检查 line (ADR 0025)
        UUID provider = reference.providers().stream().findFirst().map(p -> p.id()).orElse(null);
        add(inspectors.get(0), ResponsibilityLevel.AREA_LEAD, building, provider, from, supervisor);
        add(inspectors.get(Math.min(1, inspectors.size() - 1)), ResponsibilityLevel.SUPERVISOR, site, provider, from,
                supervisor);
        add(inspectors.get(Math.min(2, inspectors.size() - 1)), ResponsibilityLevel.PROJECT_HEAD, site, null, from,
                supervisor);
        add(supervisor, ResponsibilityLevel.COMPANY_MANAGER, site, null, from, supervisor);
        return 4;
    }

    private void add(Person who, ResponsibilityLevel level, Place where, UUID provider, LocalDate from, Person actor) {
        plans.add(InspectionPlan.defaults(UUID.randomUUID(), who.id(), level, provider, where.id(), null, from),
                actor.id());
    }
}
