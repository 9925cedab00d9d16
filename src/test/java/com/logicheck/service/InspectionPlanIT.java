package com.logicheck.service;

import static com.logicheck.service.AssessmentWorld.q;
import static com.logicheck.service.RectificationIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.plan.InspectionPlan;
import com.logicheck.domain.plan.PeriodUnit;
import com.logicheck.domain.rectification.ResponsibilityLevel;
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
class InspectionPlanIT {
    @TempDir
    Path dir;
    AssessmentWorld w;
    InspectionPlanService plans;

    @BeforeEach
    void open() {
        w = new AssessmentWorld(dir);
        plans = w.c.inspectionPlans();
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
                UUID.randomUUID(), null, 1, PeriodUnit.DAYS, 1, 0, 1, 0, LocalDate.of(2026, 11, 1), true),
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
}
