package com.logicheck.domain.assessment;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import java.util.Optional;

/**
 * Why a sheet on one of the scheme's templates does not count in the month (未计入): its service line is outside the
 * contract, it was corrected (已被修订) and its correction counts instead, it is still a draft, it is finished but the
 * scheme counts signed sheets only, its status is not counted otherwise, or the scheme does not count its kind (巡查).
 * Pure: decided on what the month's selection already decided ({@code taken}, {@link PendingCorrections}) and the
 * scheme's {@link SheetSelection}, so the screen says exactly what the calculator did.
 */
public enum SheetExclusion {
    NOT_IN_CONTRACT, SUPERSEDED, DRAFT, NOT_SIGNED, STATUS_NOT_COUNTED, KIND_NOT_COUNTED;

    /**
     * Why the sheet does not count; empty when it counts. {@code taken}: the month takes it by its status
     * ({@link PendingCorrections#taken}); {@code inContract}: its template's service line is the contract's.
     */
    public static Optional<SheetExclusion> of(InspectionStatus status, InspectionKind kind, boolean taken,
                                              boolean inContract, SheetSelection selection) {
        if (!inContract) {
            return Optional.of(NOT_IN_CONTRACT);
        }
        if (!taken) {
            return Optional.of(switch (status) {
                case SUPERSEDED -> SUPERSEDED;
                case DRAFT -> DRAFT;
                case FINISHED -> selection.statuses().contains(InspectionStatus.SIGNED) ? NOT_SIGNED : STATUS_NOT_COUNTED;
                case SIGNED -> STATUS_NOT_COUNTED;
            });
        }
        return selection.kinds().contains(kind) ? Optional.empty() : Optional.of(KIND_NOT_COUNTED);
    }
}
