package com.logicheck.domain.assessment;

import com.logicheck.domain.Problem;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * 月度考核结果 of one provider: every number with what it was derived from, so a screen or report can explain it
 * down to the sheets and items. {@code complete} is false when a component has no data ({@code missing} says which);
 * then {@code subtotal}, {@code total} and {@code grade} are null, while vetoes, warnings and a bond penalty for a
 * vetoed month are still given. {@code subtotal} is the sum of the components, {@code total} that less complaints.
 * Rounding: ADR 0008.
 */
public record MonthlyAssessment(UUID providerId, String providerName, YearMonth month, SchemeRef scheme,
                                BigDecimal scale, boolean complete, List<Problem> missing,
                                List<ComponentResult> components, ComplaintResult complaints, BigDecimal subtotal,
                                BigDecimal total, String grade, boolean failed, VetoResult veto, MoneyResult money,
                                InspectionCount inspections, List<Problem> warnings, FailureStatus failures,
                                int deductions) {
    public MonthlyAssessment {
        missing = List.copyOf(missing);
        components = List.copyOf(components);
        warnings = List.copyOf(warnings);
    }

    /** The scheme version the month was computed with. */
    public record SchemeRef(UUID id, String code, int version, String title) {
        public static SchemeRef of(AssessmentScheme scheme) {
            return new SchemeRef(scheme.id(), scheme.code(), scheme.version(), scheme.title());
        }
    }
}
