package com.logicheck.domain.assessment;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.ChecklistTemplate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One sheet of the provider-month as the assessment sees it: its template version, answers, the score it was
 * finished with, and the exemptions and appeals raised on its deductions. {@code correctionPending}: a signed sheet
 * being corrected (已被修订) that stands in for its correction until that counts ({@link PendingCorrections}); only
 * such a superseded sheet counts, as the signed sheet it was.
 */
public record SheetInput(UUID inspectionId, ChecklistTemplate template, InspectionKind kind, InspectionStatus status,
                         LocalDate date, String place, String inspector, Map<UUID, ItemResult> results,
                         BigDecimal recordedScore, List<Exemption> exemptions, List<Appeal> appeals,
                         boolean correctionPending) {
    public SheetInput {
        results = Map.copyOf(results);
        exemptions = List.copyOf(exemptions);
        appeals = List.copyOf(appeals);
    }

    /** A sheet that stands in for no correction. */
    public SheetInput(UUID inspectionId, ChecklistTemplate template, InspectionKind kind, InspectionStatus status,
                      LocalDate date, String place, String inspector, Map<UUID, ItemResult> results,
                      BigDecimal recordedScore, List<Exemption> exemptions, List<Appeal> appeals) {
        this(inspectionId, template, kind, status, date, place, inspector, results, recordedScore, exemptions, appeals,
                false);
    }

    /** The status the assessment counts the sheet by: a sheet standing in for its correction as signed. */
    public InspectionStatus countedAs() {
        return correctionPending && status == InspectionStatus.SUPERSEDED ? InspectionStatus.SIGNED : status;
    }
}
