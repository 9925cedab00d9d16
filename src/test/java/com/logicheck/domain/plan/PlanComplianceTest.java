package com.logicheck.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.plan.PlanCompliance.Period;
import com.logicheck.domain.plan.PlanCompliance.Visit;
import com.logicheck.domain.rectification.ResponsibilityLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** 层级检查 frequencies of seed 004 第12篇 5.1, period by period. */
class PlanComplianceTest {
    static final LocalDate START = LocalDate.of(2026, 11, 1);
    static final UUID PERSON = UUID.randomUUID();
    static final UUID AREA = UUID.randomUUID();
    static final List<UUID> UNITS = IntStream.range(0, 21).mapToObj(i -> UUID.randomUUID()).toList();

    static InspectionPlan plan(ResponsibilityLevel level) {
        return InspectionPlan.defaults(UUID.randomUUID(), PERSON, level, null, AREA, null, START);
    }

    static Visit at(String time, int unit) {
        return new Visit(LocalDateTime.parse(time), UNITS.get(unit));
    }

    static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    @Test
    void anAreaLeadOwesTwoInspectionsPerTwelveHourShiftOverAThirdOfTheAreaAndAtLeastSevenUnits() {
        InspectionPlan lead = plan(ResponsibilityLevel.AREA_LEAD);
        assertThat(lead.unitsRequired(21)).isEqualTo(7);   // ⌈21/3⌉ = 7
        assertThat(lead.unitsRequired(30)).isEqualTo(10);  // a third of 30
        assertThat(lead.unitsRequired(12)).isEqualTo(7);   // at least 7 units
        assertThat(lead.unitsRequired(5)).isEqualTo(5);    // never more than the area has
        List<Visit> visits = List.of(at("2026-11-02T09:00", 0), at("2026-11-02T15:00", 1),   // day shift: 2 of 2
                at("2026-11-02T22:00", 2));                                                  // night shift: 1 of 2
        List<Period> periods = PlanCompliance.evaluate(lead, visits, Set.copyOf(UNITS), t("2026-11-02T08:00"),
                t("2026-11-03T08:00"), t("2026-11-03T12:00"));
        assertThat(periods).extracting(Period::start).containsExactly(t("2026-11-02T08:00"), t("2026-11-02T20:00"));
        assertThat(periods).extracting(Period::done).containsExactly(2, 1);
        assertThat(periods).extracting(Period::missed).containsExactly(0, 1);
        assertThat(periods).extracting(Period::unitsCovered).containsExactly(2, 1);
        assertThat(periods).allMatch(Period::coverageShort);
        assertThat(PlanCompliance.missed(periods)).isEqualTo(1);
    }

    @Test
    void aVisitCoversTheUnitsUnderItsPlace() {
        InspectionPlan supervisor = plan(ResponsibilityLevel.SUPERVISOR);
        UUID floor = UUID.randomUUID();
        Set<UUID> units = Set.copyOf(UNITS.subList(0, 10));
        List<Period> periods = PlanCompliance.evaluate(supervisor, List.of(new Visit(t("2026-11-03T10:00"), floor)),
                units, id -> id.equals(floor) ? Set.copyOf(UNITS.subList(0, 8)) : Set.of(id), t("2026-11-03T00:00"),
                t("2026-11-04T00:00"), t("2026-11-05T00:00"));
        assertThat(periods).singleElement().satisfies(p -> {
            assertThat(p.unitsRequired()).isEqualTo(7); // ⌈10/5⌉ = 2, at least 7
            assertThat(p.unitsCovered()).isEqualTo(8);
            assertThat(p.coverageShort()).isFalse();
            assertThat(p.missed()).isZero();
        });
    }

    @Test
    void theRunningPeriodIsDueNotMissedAndAProjectHeadCountsEveryThreeDaysFromTheStart() {
        InspectionPlan head = plan(ResponsibilityLevel.PROJECT_HEAD);
        List<Period> periods = PlanCompliance.evaluate(head, List.of(at("2026-11-02T10:00", 0)), Set.copyOf(UNITS),
                t("2026-11-01T00:00"), t("2026-12-01T00:00"), t("2026-11-08T12:00"));
        assertThat(periods).extracting(Period::start).containsExactly(t("2026-11-01T00:00"), t("2026-11-04T00:00"),
                t("2026-11-07T00:00"));
        assertThat(periods).extracting(Period::missed).containsExactly(0, 1, 0);
        assertThat(periods.get(2).inProgress()).isTrue();
        assertThat(periods).noneMatch(Period::coverageShort); // no coverage rule for a project head
    }

    @Test
    void aManagerOwesOneCheckACalendarMonthAndAWindowBeforeThePlanHasNoPeriods() {
        InspectionPlan manager = plan(ResponsibilityLevel.COMPANY_MANAGER);
        List<Period> november = PlanCompliance.evaluate(manager, List.of(), Set.of(), t("2026-11-01T00:00"),
                t("2026-12-01T00:00"), t("2026-12-05T00:00"));
        assertThat(november).singleElement().satisfies(p -> assertThat(p.missed()).isEqualTo(1));
        assertThat(PlanCompliance.evaluate(manager, List.of(), Set.of(), t("2026-10-01T00:00"), t("2026-11-01T00:00"),
                t("2026-12-05T00:00"))).isEmpty();
        // a window long after the start jumps there instead of walking every period
        assertThat(PlanCompliance.evaluate(plan(ResponsibilityLevel.AREA_LEAD), List.of(), Set.of(),
                t("2031-11-01T00:00"), t("2031-11-02T00:00"), t("2032-01-01T00:00")))
                .extracting(Period::start).containsExactly(t("2031-10-31T20:00"), t("2031-11-01T08:00"), t("2031-11-01T20:00"));
    }

    @Test
    void impossiblePlansAreRefusedWithEveryReason() {
        assertThatThrownBy(() -> new InspectionPlan(UUID.randomUUID(), null, ResponsibilityLevel.AREA_LEAD, null, null,
                null, 0, PeriodUnit.HOURS, 7, 2, 1, -1, null, null, true))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key).containsExactly(
                        "problem.plan.noPerson", "problem.plan.noPlace", "problem.plan.times", "problem.plan.length",
                        "problem.plan.coverage", "problem.plan.minUnits", "problem.plan.noStart"));
    }

    @Test
    void anEndedPlanCountsUpToItsLastDayAndNotAfter() {
        InspectionPlan daily = plan(ResponsibilityLevel.PROJECT_HEAD).endedOn(LocalDate.of(2026, 11, 10));
        // every 3 days from 1 Nov: 1–3, 4–6, 7–9, then 10 Nov only (cut short at the end), nothing from the 11th
        List<Period> periods = PlanCompliance.evaluate(daily, List.of(at("2026-11-02T09:00", 0), at("2026-11-10T09:00", 1)),
                Set.of(), t("2026-11-01T00:00"), t("2026-12-01T00:00"), t("2026-12-05T10:00"));
        assertThat(periods).extracting(Period::start).containsExactly(t("2026-11-01T00:00"), t("2026-11-04T00:00"),
                t("2026-11-07T00:00"), t("2026-11-10T00:00"));
        assertThat(periods.get(3).end()).isEqualTo(t("2026-11-11T00:00"));
        assertThat(PlanCompliance.missed(periods)).isEqualTo(2);
        // a month after the end has no period at all, and a switched-off plan has none anywhere
        assertThat(PlanCompliance.evaluate(daily, List.of(), Set.of(), t("2026-12-01T00:00"), t("2027-01-01T00:00"),
                t("2026-12-20T00:00"))).isEmpty();
        assertThat(PlanCompliance.evaluate(plan(ResponsibilityLevel.PROJECT_HEAD).withActive(false), List.of(), Set.of(),
                t("2026-11-01T00:00"), t("2026-12-01T00:00"), t("2026-12-05T00:00"))).isEmpty();
    }

    @Test
    void aPeriodCutShortByTheEndIsOverOnceTheLastDayIs() {
        InspectionPlan monthly = plan(ResponsibilityLevel.COMPANY_MANAGER).endedOn(LocalDate.of(2026, 11, 15));
        List<Period> during = PlanCompliance.evaluate(monthly, List.of(), Set.of(), t("2026-11-01T00:00"),
                t("2026-12-01T00:00"), t("2026-11-15T18:00"));
        assertThat(during).singleElement().satisfies(p -> assertThat(p.inProgress()).isTrue());
        List<Period> after = PlanCompliance.evaluate(monthly, List.of(), Set.of(), t("2026-11-01T00:00"),
                t("2026-12-01T00:00"), t("2026-11-16T00:00"));
        assertThat(after).singleElement().satisfies(p -> assertThat(p.missed()).isEqualTo(1));
    }

    @Test
    void theEndCannotComeBeforeTheStart() {
        assertThatThrownBy(() -> plan(ResponsibilityLevel.SUPERVISOR).endedOn(START.minusDays(1)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems()).extracting(Problem::key)
                        .containsExactly("problem.plan.endBeforeStart"));
        assertThat(plan(ResponsibilityLevel.SUPERVISOR).endedOn(START).validUntil()).isEqualTo(START);
    }
}
