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
 * finished with, and the exemptions and appeals raised on its deductions.
 */
public record SheetInput(UUID inspectionId, ChecklistTemplate template, InspectionKind kind, InspectionStatus status,
                         LocalDate date, String place, String inspector, Map<UUID, ItemResult> results,
                         BigDecimal recordedScore, List<Exemption> exemptions, List<Appeal> appeals) {
    public SheetInput {
        results = Map.copyOf(results);
        exemptions = List.copyOf(exemptions);
        appeals = List.copyOf(appeals);
    }
}
