package com.logicheck.domain.assessment;

import com.logicheck.domain.inspection.InspectionKind;
import java.time.LocalDate;

/** A counted sheet's day and kind, used to count full inspections in the month and spot checks in the quarter. */
public record InspectionOccasion(LocalDate date, InspectionKind kind) {
}
