package com.logicheck.domain.rectification;

import com.logicheck.domain.ServiceLine;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * 整改期限 defaults: days after the inspection day per service line. Maintenance is due the same day (维修不过夜),
 * security the next day, everything else after {@code otherDays}. An organisation changes any of them.
 */
public record DeadlinePolicy(Map<ServiceLine, Integer> days, int otherDays) {
    public DeadlinePolicy {
        if (otherDays < 0 || days.values().stream().anyMatch(d -> d == null || d < 0)) {
            throw new IllegalArgumentException("deadline days must not be negative");
        }
        days = Map.copyOf(days);
    }

    public static DeadlinePolicy defaults() {
        Map<ServiceLine, Integer> days = new EnumMap<>(ServiceLine.class);
        days.put(ServiceLine.MAINTENANCE, 0);
        days.put(ServiceLine.SECURITY, 1);
        return new DeadlinePolicy(days, 3);
    }

    public int daysFor(ServiceLine line) {
        return days.getOrDefault(line, otherDays);
    }

    /** The last day to rectify a problem found on {@code inspectionDay}. */
    public LocalDate deadline(ServiceLine line, LocalDate inspectionDay) {
        return inspectionDay.plusDays(daysFor(line));
    }

    public DeadlinePolicy with(ServiceLine line, int d) {
        Map<ServiceLine, Integer> copy = new EnumMap<>(ServiceLine.class);
        copy.putAll(days);
        copy.put(line, d);
        return new DeadlinePolicy(copy, otherDays);
    }
}
