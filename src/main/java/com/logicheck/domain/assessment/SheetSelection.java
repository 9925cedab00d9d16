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
     * Whether a sheet counts by its status and kind; a superseded sheet standing in for its open correction is
     * asked as signed ({@link SheetInput#countedAs()}), any other superseded sheet never counts.
     */
    public boolean counts(InspectionStatus status, InspectionKind kind) {
        return statuses.contains(status) && kinds.contains(kind);
    }
}
