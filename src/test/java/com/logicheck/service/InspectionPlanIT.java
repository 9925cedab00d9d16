package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.q;
import static com.logicheck.service.RectificationIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.plan.PeriodUnit;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import com.logicheck.suites.DatabaseTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 层级检查 plans on a real data folder: supervisors only, counted from the person's real sheets, missed per provider. */
@DatabaseTest
class InspectionPlanIT {
    @TempDir
    Path dir;
    AssessmentWorld w;
    InspectionPlanService plans;

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir);
        plans = w.c.plans().service();
    }

    @AfterEach
    void close() {
        w.c.close();
    }

    @Test
    void aDailyPlanCountsTheInspectorsSheetsAndTheMissedDaysGoToTheProvider() {
        InspectionPlan daily = InspectionPlan.defaults(UUID.randomUUID(), w.inspector.id(), ResponsibilityLevel.SUPERVISOR,
                w.hospitalProvider.id(), w.ward.id(), null, LocalDate.of(2026, 11, 1));
        plans.add(daily, w.supervisor.id());
        for (int day : new int[] {2, 3, 3}) {
            w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.PATROL, LocalDate.of(2026, 11, day),
                    Map.of("1.1", q("1", "0")));
        }
        // a sheet for another provider does not count for this plan
        w.sheet(w.collegeProvider, "college-property", InspectionKind.PATROL, LocalDate.of(2026, 11, 4), Map.of());
        var november = plans.month(YearMonth.of(2026, 11));
        assertThat(november).singleElement().satisfies(r -> {
            assertThat(r.person()).isEqualTo(w.inspector.name());
            assertThat(r.periods()).hasSize(30);
            assertThat(r.required()).isEqualTo(30);
            assertThat(r.done()).isEqualTo(3);
            assertThat(r.missed()).isEqualTo(28); // 2 Nov and 3 Nov kept, a second sheet on 3 Nov makes up no other day
            assertThat(r.current()).isEmpty();
            assertThat(r.coverageShort()).isZero(); // the ward is the only unit
        });
        assertThat(plans.missedInspections(w.hospitalProvider.id(), YearMonth.of(2026, 11))).isEqualTo(28);
        assertThat(plans.missedInspections(w.collegeProvider.id(), YearMonth.of(2026, 11))).isZero();
        // December so far: the 1st to the 4th ended unvisited, the 5th runs
        var december = plans.month(YearMonth.of(2026, 12)).get(0);
        assertThat(december.missed()).isEqualTo(4);
        assertThat(december.current()).isPresent();
    }

    @Test
    void onlySupervisorsChangePlansAndBadPlansAreRefused() {
        refused(() -> plans.addDefault(w.inspector.id(), ResponsibilityLevel.AREA_LEAD, w.ward.id(), null, null,
                w.inspector.id()), "problem.plan.notSupervisor");
        refused(() -> plans.addDefault(w.inspector.id(), ResponsibilityLevel.AREA_LEAD, w.ward.id(), null, null,
                w.contact.id()), "problem.plan.notSupervisor");
        refused(() -> plans.add(new InspectionPlan(UUID.randomUUID(), w.inspector.id(), ResponsibilityLevel.AREA_LEAD, null,
                UUID.randomUUID(), null, 1, PeriodUnit.DAYS, 1, 0, 1, 0, LocalDate.of(2026, 11, 1), null, true),
                w.supervisor.id()), "problem.plan.noPlace");
        assertThat(plans.month(YearMonth.of(2026, 11))).isEmpty();
        InspectionPlan p = plans.addDefault(w.inspector.id(), ResponsibilityLevel.COMPANY_MANAGER, w.ward.id(), null,
                null, w.supervisor.id());
        assertThat(plans.month(YearMonth.of(2026, 12))).hasSize(1);
        refused(() -> plans.deactivate(p.id(), w.inspector.id()), "problem.plan.notSupervisor");
        plans.deactivate(p.id(), w.supervisor.id());
        assertThat(plans.month(YearMonth.of(2026, 12))).isEmpty();
        refused(() -> plans.deactivate(UUID.randomUUID(), w.supervisor.id()), "problem.plan.missing");
    }

    InspectionPlan projectHead() {
        InspectionPlan p = InspectionPlan.defaults(UUID.randomUUID(), w.inspector.id(), ResponsibilityLevel.PROJECT_HEAD,
                w.hospitalProvider.id(), w.ward.id(), null, LocalDate.of(2026, 11, 1));
        plans.add(p, w.supervisor.id());
        return p;
    }

    static InspectionPlan withTimes(InspectionPlan p, int times) {
        return new InspectionPlan(p.id(), p.personId(), p.level(), p.providerId(), p.placeId(), p.serviceLine(), times,
                p.unit(), p.length(), p.coverageNumerator(), p.coverageDenominator(), p.minUnits(), p.validFrom(),
                p.validUntil(), p.active());
    }

    @Test
    void aChangeIsLoggedFieldByFieldAndTheLastChangeIsUndoneOnceByItsAuthor() {
        InspectionPlan p = projectHead();
        plans.change(withTimes(p, 2), w.supervisor.id());
        assertThat(plans.find(p.id()).times()).isEqualTo(2);
        assertThat(plans.history(p.id())).extracting(e -> e.action()).containsExactly("PLAN_ADDED", "PLAN_CHANGED");
        assertThat(plans.history(p.id()).get(1).detail()).isEqualTo("{\"times\":\"1 → 2\"}");
        assertThat(plans.undoable(w.inspector.id())).isEmpty();
        refused(() -> plans.undo(w.inspector.id()), "problem.plan.nothingToUndo");
        assertThat(plans.undoable(w.supervisor.id())).hasValueSatisfying(u -> assertThat(u.key()).isEqualTo("plans.undo.change"));
        plans.undo(w.supervisor.id());
        assertThat(plans.find(p.id())).isEqualTo(p);
        assertThat(plans.history(p.id())).extracting(e -> e.action()).endsWith("PLAN_UNDONE");
        refused(() -> plans.undo(w.supervisor.id()), "problem.plan.nothingToUndo");
        // an unchanged save writes no history row
        plans.change(p, w.supervisor.id());
        assertThat(plans.history(p.id())).hasSize(3);
    }

    @Test
    void anEndedPlanCountsForTheMonthsItRanAndBadEndsChangeNothing() {
        InspectionPlan p = projectHead();
        refused(() -> plans.end(p.id(), LocalDate.of(2026, 10, 31), w.supervisor.id()), "problem.plan.endBeforeStart");
        refused(() -> plans.end(p.id(), LocalDate.of(2026, 11, 30), w.inspector.id()), "problem.plan.notSupervisor");
        refused(() -> plans.end(UUID.randomUUID(), LocalDate.of(2026, 11, 30), w.supervisor.id()), "problem.plan.missing");
        assertThat(plans.find(p.id())).isEqualTo(p);
        plans.end(p.id(), LocalDate.of(2026, 11, 30), w.supervisor.id());
        assertThat(plans.month(YearMonth.of(2026, 11))).singleElement()
                .satisfies(r -> assertThat(r.required()).isEqualTo(10));
        assertThat(plans.month(YearMonth.of(2026, 12))).isEmpty();
        assertThat(plans.month(YearMonth.of(2026, 12), true)).singleElement()
                .satisfies(r -> assertThat(r.periods()).isEmpty());
        plans.undo(w.supervisor.id());
        assertThat(plans.find(p.id()).validUntil()).isNull();
        assertThat(plans.month(YearMonth.of(2026, 12))).hasSize(1);
    }

    @Test
    void aDeactivatedPersonGetsNoNewPlanButTheirPlanCanStillBeEnded() {
        var admin = w.c.accounts().service().create(null, new AccountService.NewAccount("管理员", "admin", "admin-pass-2026".toCharArray(),
                Role.ADMIN));
        InspectionPlan p = projectHead();
        w.c.accounts().service().deactivate(admin.id(), w.inspector.id());
        refused(() -> plans.add(InspectionPlan.defaults(UUID.randomUUID(), w.inspector.id(), ResponsibilityLevel.AREA_LEAD,
                null, w.ward.id(), null, LocalDate.of(2026, 12, 1)), w.supervisor.id()), "problem.plan.personInactive");
        plans.change(withTimes(p, 2), w.supervisor.id());
        plans.setActive(p.id(), false, w.supervisor.id());
        refused(() -> plans.setActive(p.id(), true, w.supervisor.id()), "problem.plan.personInactive");
        assertThat(plans.find(p.id()).active()).isFalse();
        plans.end(p.id(), LocalDate.of(2026, 12, 5), w.supervisor.id());
        assertThat(plans.find(p.id()).validUntil()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void undoingAnAddRemovesThePlanAndLogsIt() {
        InspectionPlan p = projectHead();
        plans.undo(w.supervisor.id());
        refused(() -> plans.find(p.id()), "problem.plan.missing");
        assertThat(plans.history(p.id())).extracting(e -> e.action()).containsExactly("PLAN_ADDED", "PLAN_REMOVED");
    }

    @Test
    void theProvidersComplianceCountsItsOwnPlansEndedPeriodsOnly() {
        projectHead(); // every 3 days from 1 Nov, for the hospital's provider
        w.sheet(w.hospitalProvider, "hospital-maintenance", InspectionKind.PATROL, LocalDate.of(2026, 11, 2),
                Map.of("1.1", q("1", "0")));
        var november = plans.compliance(w.hospitalProvider.id(), YearMonth.of(2026, 11));
        assertThat(november.plans()).isEqualTo(1);
        assertThat(november.required()).isEqualTo(10);
        assertThat(november.done()).isEqualTo(1);
        assertThat(november.missed()).isEqualTo(9);
        assertThat(november.monthRunning()).isFalse();
        var december = plans.compliance(w.hospitalProvider.id(), YearMonth.of(2026, 12));
        assertThat(december.monthRunning()).isTrue();
        assertThat(december.upTo()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(december.required()).as("1–3 Dec ended; 4–6 Dec runs").isEqualTo(1);
        assertThat(plans.compliance(w.collegeProvider.id(), YearMonth.of(2026, 11)).any()).isFalse();
    }
}
