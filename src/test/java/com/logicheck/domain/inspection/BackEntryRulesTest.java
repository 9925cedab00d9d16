package com.logicheck.domain.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 补录: the paper's date and inspector, refused with the field named (no database). */
class BackEntryRulesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T14:20:00+08:00");
    private static final Person LIU = new Person(UUID.randomUUID(), "刘洋", Role.INSPECTOR, null);
    private static final Person CONTACT = new Person(UUID.randomUUID(), "王经理", Role.PROVIDER_CONTACT, UUID.randomUUID());
    private static final List<Person> PEOPLE = List.of(LIU, CONTACT);
    private static final List<LocalDate> CONTRACTS = List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 1));

    private static OffsetDateTime startedAt(LocalDate date, LocalTime time, UUID inspector) {
        return BackEntryRules.startedAt(new BackEntryRules.Paper(date, time, inspector), NOW, ZONE, CONTRACTS, PEOPLE);
    }

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.first().key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPaperSheetStartsOnItsDateAndTime() {
        assertThat(startedAt(LocalDate.of(2026, 11, 3), LocalTime.of(8, 40), LIU.id()))
                .isEqualTo(OffsetDateTime.parse("2026-11-03T08:40:00+08:00"));
    }

    @Test
    void withoutATimeItStandsAtTheMorningHourAndTodayIsAllowed() {
        assertThat(startedAt(LocalDate.of(2026, 12, 7), null, LIU.id()))
                .isEqualTo(OffsetDateTime.parse("2026-12-07T09:00:00+08:00"));
        assertThat(startedAt(LocalDate.of(2026, 1, 1), null, LIU.id()).toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        assertThat(refusal(() -> startedAt(LocalDate.of(2026, 12, 8), null, LIU.id()))).isEqualTo("problem.backEntry.future");
        assertThat(refusal(() -> startedAt(LocalDate.of(2026, 12, 7), LocalTime.of(15, 0), LIU.id())))
                .isEqualTo("problem.backEntry.future");
    }

    @Test
    void aDateBeforeTheFirstContractStartsIsRefusedNamingBothDates() {
        assertThatThrownBy(() -> startedAt(LocalDate.of(2025, 12, 31), null, LIU.id()))
                .isInstanceOf(DomainException.class).satisfies(e -> {
                    assertThat(((DomainException) e).first().key()).isEqualTo("problem.backEntry.beforeContract");
                    assertThat(((DomainException) e).first().args())
                            .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1));
                });
    }

    @Test
    void withoutAContractOnlyTheFutureLimits() {
        assertThat(BackEntryRules.startedAt(new BackEntryRules.Paper(LocalDate.of(2020, 5, 1), null, LIU.id()), NOW,
                ZONE, List.of(), PEOPLE).getYear()).isEqualTo(2020);
    }

    @Test
    void anInspectorWhoIsNotAPersonOfTheOrganisationIsRefused() {
        assertThat(refusal(() -> startedAt(LocalDate.of(2026, 11, 3), null, UUID.randomUUID())))
                .isEqualTo("problem.backEntry.inspector");
        assertThat(refusal(() -> startedAt(LocalDate.of(2026, 11, 3), null, CONTACT.id())))
                .isEqualTo("problem.backEntry.inspector");
    }

    @Test
    void aMissingDateIsRefused() {
        assertThat(refusal(() -> startedAt(null, null, LIU.id()))).isEqualTo("problem.backEntry.noDate");
    }
}
