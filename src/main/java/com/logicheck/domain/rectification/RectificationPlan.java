package com.logicheck.domain.rectification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * 整改计划 of a notice: the provider's responsible person, the deadline (last day, inclusive), the standard to
 * reach, the cause analysis (人员/培训/物资/计划/标准/流程, with a note) and the planned steps.
 */
public record RectificationPlan(String responsiblePerson, LocalDate deadline, String requiredStandard,
                                Set<CauseCategory> causes, String causeNote, String steps) {
    public RectificationPlan {
        responsiblePerson = strip(responsiblePerson);
        requiredStandard = strip(requiredStandard);
        causes = causes == null || causes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(causes));
        causeNote = strip(causeNote);
        steps = strip(steps);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    public RectificationPlan withDeadline(LocalDate newDeadline) {
        return new RectificationPlan(responsiblePerson, newDeadline, requiredStandard, causes, causeNote, steps);
    }
}
