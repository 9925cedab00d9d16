package com.logicheck.domain.inspection;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a 补录 (back-entered paper sheet) must satisfy before anything is written (ADR 0045): a paper date not in the
 * future and not before the provider's first contract starts, and an inspector who is one of the organisation's own
 * people (not a provider's contact). Each refusal names its field. Pure code: no database.
 */
public final class BackEntryRules {
    /** A paper date and time without a time of day stands at this hour (a working morning), marked as not known. */
    public static final LocalTime UNKNOWN_TIME = LocalTime.of(9, 0);

    private BackEntryRules() {
    }

    /** What the paper says: its date, its time if it has one (else null), and who inspected. */
    public record Paper(LocalDate date, LocalTime time, UUID inspectorId) {
        public boolean timeKnown() {
            return time != null;
        }
    }

    /**
     * The sheet's start time for {@code paper}, refused with the field named when the paper date is missing, in the
     * future ({@code now} in {@code zone}), before the earliest of {@code contractStarts} (none: no such limit), or the
     * inspector is not among {@code people} (the organisation's active people) or is a provider's contact.
     */
    public static OffsetDateTime startedAt(Paper paper, OffsetDateTime now, ZoneId zone, List<LocalDate> contractStarts,
                                           List<Person> people) {
        if (paper.date() == null) {
            throw refused("problem.backEntry.noDate");
        }
        LocalDateTime at = paper.date().atTime(paper.timeKnown() ? paper.time() : UNKNOWN_TIME);
        LocalDateTime today = now.atZoneSameInstant(zone).toLocalDateTime();
        boolean future = paper.timeKnown() ? at.isAfter(today) : paper.date().isAfter(today.toLocalDate());
        if (future) {
            throw refused("problem.backEntry.future", paper.date(), today.toLocalDate());
        }
        Optional<LocalDate> first = contractStarts.stream().filter(Objects::nonNull).min(Comparator.naturalOrder());
        if (first.isPresent() && paper.date().isBefore(first.get())) {
            throw refused("problem.backEntry.beforeContract", paper.date(), first.get());
        }
        Optional<Person> inspector = people.stream().filter(p -> p.id().equals(paper.inspectorId())).findFirst();
        if (inspector.isEmpty() || !inspector.get().role().mayActAs(Role.INSPECTOR)) {
            throw refused("problem.backEntry.inspector", inspector.map(Person::name).orElse(String.valueOf(paper.inspectorId())));
        }
        return at.atZone(zone).toOffsetDateTime();
    }

    private static DomainException refused(String key, Object... args) {
        return new DomainException(Problem.of(key, args));
    }
}
