package com.logicheck.domain.assessment;

import com.logicheck.domain.inspection.InspectionStatus;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 有更正待签: which of a month's sheets the assessment takes while a correction is open. A signed sheet being
 * corrected (已被修订) keeps counting with its signed result until its correction counts in its place; the month
 * never falls to 「未定」 because someone started a correction. Of a chain of corrections the newest superseded
 * sheet stands in. Pure: decided on the sheets' ids, links and statuses.
 */
public final class PendingCorrections {
    private PendingCorrections() {
    }

    /** A sheet as the rule needs it: its id, the sheet it corrects (null for a first revision) and its status. */
    public record Sheet(UUID id, UUID supersedesId, InspectionStatus status) {
    }

    /**
     * The ids the assessment takes, in the order given: every sheet whose status {@code selection} counts, and every
     * superseded sheet whose correction does not count yet (a draft, or finished where only signed sheets count) —
     * only where signed sheets count at all.
     */
    public static Set<UUID> taken(List<Sheet> sheets, SheetSelection selection) {
        Map<UUID, Sheet> correctionOf = new HashMap<>();
        for (Sheet s : sheets) {
            if (s.supersedesId() != null) {
                correctionOf.put(s.supersedesId(), s);
            }
        }
        Set<UUID> taken = new LinkedHashSet<>();
        for (Sheet s : sheets) {
            if (selection.statuses().contains(s.status()) || standsIn(s, correctionOf.get(s.id()), selection)) {
                taken.add(s.id());
            }
        }
        return taken;
    }

    private static boolean standsIn(Sheet sheet, Sheet correction, SheetSelection selection) {
        if (sheet.status() != InspectionStatus.SUPERSEDED || !selection.statuses().contains(InspectionStatus.SIGNED)) {
            return false;
        }
        return correction == null || correction.status() != InspectionStatus.SUPERSEDED
                && !selection.statuses().contains(correction.status());
    }
}
