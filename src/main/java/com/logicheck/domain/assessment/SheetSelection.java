package com.logicheck.domain.assessment;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import java.util.Set;

/**
 * Which of the month's sheets count: their status (finished, signed) and kind (全面检查, 抽查, 巡查), and what a
 * counted template without any sheet does. A template outside the contract's service lines never counts.
 */
public record SheetSelection(Set<InspectionStatus> statuses, Set<InspectionKind> kinds,
                             MissingTemplatePolicy missingTemplates) {
    public SheetSelection {
        statuses = Set.copyOf(statuses);
        kinds = Set.copyOf(kinds);
    }

    /**
     * Whether a sheet the assessment was given counts. A superseded sheet is given only while its correction is open
     * ({@link PendingCorrections}) and counts as the signed sheet it was.
     */
    public boolean counts(InspectionStatus status, InspectionKind kind) {
        InspectionStatus as = status == InspectionStatus.SUPERSEDED ? InspectionStatus.SIGNED : status;
        return statuses.contains(as) && kinds.contains(kind);
    }
}
