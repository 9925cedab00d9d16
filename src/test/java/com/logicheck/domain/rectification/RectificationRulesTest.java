package com.logicheck.domain.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.ServiceLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RectificationRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest(name = "{0} found {1}: due {2}")
    @CsvSource({
        "MAINTENANCE, 2026-11-20, 2026-11-20",
        "SECURITY, 2026-11-20, 2026-11-21",
        "ENVIRONMENT, 2026-11-20, 2026-11-23",
        "CANTEEN, 2026-11-30, 2026-12-03"})
    void defaultDeadlinesPerServiceLine(ServiceLine line, LocalDate found, LocalDate due) {
        assertThat(DeadlinePolicy.defaults().deadline(line, found)).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"ENVIRONMENT, 7", "MAINTENANCE, 1"})
    void deadlinesAreConfigurable(ServiceLine line, int days) {
        assertThat(DeadlinePolicy.defaults().with(line, days).deadline(line, TODAY)).isEqualTo(TODAY.plusDays(days));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "AREA_LEAD, SUPERVISOR",
        "SUPERVISOR, PROJECT_HEAD",
        "PROJECT_HEAD, COMPANY_MANAGER",
        "COMPANY_MANAGER, COMPANY_MANAGER"})
    void escalationGoesOneLevelUp(ResponsibilityLevel from, ResponsibilityLevel to) {
        assertThat(from.escalate()).isEqualTo(to);
    }

    /** window 30 days; closedOn empty = not closed. */
    @ParameterizedTest(name = "{0}, closed {1}: repeat {2}")
    @CsvSource({
        "OPEN, , true",
        "REPORTED_FIXED, , true",
        "VERIFIED, , true",
        "CLOSED, 2026-11-19, true",
        "CLOSED, 2026-10-21, true",
        "CLOSED, 2026-10-20, false",
        "CLOSED, 2026-09-01, false"})
    void aRepeatIsWhileOpenOrWithinTheWindowAfterClosing(RectificationStatus status, LocalDate closedOn, boolean repeat) {
        PriorOrder prior = new PriorOrder(UUID.randomUUID(), status, closedOn, ResponsibilityLevel.AREA_LEAD);
        Optional<RepeatRule.Finding> finding = new RepeatRule(30).check(List.of(prior), TODAY);
        assertThat(finding).isEqualTo(repeat ? Optional.of(new RepeatRule.Finding(prior, ResponsibilityLevel.SUPERVISOR))
                : Optional.empty());
    }

    @Test
    void theHighestEarlierLevelIsEscalated() {
        PriorOrder low = new PriorOrder(UUID.randomUUID(), RectificationStatus.OPEN, null, ResponsibilityLevel.AREA_LEAD);
        PriorOrder high = new PriorOrder(UUID.randomUUID(), RectificationStatus.CLOSED, TODAY.minusDays(2),
                ResponsibilityLevel.SUPERVISOR);
        PriorOrder old = new PriorOrder(UUID.randomUUID(), RectificationStatus.CLOSED, TODAY.minusDays(90),
                ResponsibilityLevel.COMPANY_MANAGER);
        assertThat(new RepeatRule(30).check(List.of(low, high, old), TODAY).orElseThrow())
                .isEqualTo(new RepeatRule.Finding(high, ResponsibilityLevel.PROJECT_HEAD));
        assertThat(new RepeatRule(30).check(List.of(), TODAY)).isEmpty();
    }
}
