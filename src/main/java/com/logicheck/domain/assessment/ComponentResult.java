package com.logicheck.domain.assessment;

import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One component of the month: its weight (points of the scheme's scale), its score on a 100 scale and the
 * {@code points} it adds to the total. {@code available} is false when there was nothing to compute it from.
 * Inspection components list their templates (with {@code countedPercent}, the sum of the percents of the templates
 * that count, the divisor of a rescaled weight); survey, third-party, panel and areas components carry their own
 * detail.
 */
public record ComponentResult(ComponentKind kind, String title, BigDecimal weight, boolean available,
                              BigDecimal score, BigDecimal points, BigDecimal countedPercent,
                              List<TemplateResult> templates, SurveyResult survey, ThirdPartyScore thirdParty,
                              PanelResult panel, List<AreaResult> areas) {
    public ComponentResult {
        templates = templates == null ? List.of() : List.copyOf(templates);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** An inspection, survey or third-party component. */
    public ComponentResult(ComponentKind kind, String title, BigDecimal weight, boolean available,
                           BigDecimal score, BigDecimal points, BigDecimal countedPercent,
                           List<TemplateResult> templates, SurveyResult survey, ThirdPartyScore thirdParty) {
        this(kind, title, weight, available, score, points, countedPercent, templates, survey, thirdParty, null,
                List.of());
    }

    /**
     * A panel's month: every member's score, the ones dropped for a trimmed mean, and the combined score on a
     * 100 scale (the mean of the rest, or Σ score × weight ÷ 100).
     */
    public record PanelResult(Combine combine, List<MonthScores.PanelScore> scores, List<BigDecimal> droppedHighest,
                              List<BigDecimal> droppedLowest, BigDecimal score) {
        public PanelResult {
            scores = List.copyOf(scores);
            droppedHighest = List.copyOf(droppedHighest);
            droppedLowest = List.copyOf(droppedLowest);
        }
    }

    /** An area's month: its parts and its score on a 100 scale, Σ part score × percent ÷ 100. */
    public record AreaResult(String name, BigDecimal weight, List<PartResult> parts, BigDecimal score) {
        public AreaResult {
            parts = List.copyOf(parts);
        }
    }

    /** One part of an area: where its score came from, its percent, its score (null when missing), its sheets. */
    public record PartResult(String name, AreaRule.Source source, BigDecimal percent, BigDecimal score, int sheets) {
    }

    /** Whether a template counted, had no sheet this month, or lies outside the contract's service lines. */
    public enum TemplateStatus {
        COUNTED, MISSING, NOT_IN_CONTRACT
    }

    /**
     * A counted template: its percent of the component, the sheets, their mean on a 100 scale and the points that
     * mean adds to the total: mean × percent ÷ countedPercent × weight ÷ 100.
     */
    public record TemplateResult(String templateCode, String title, BigDecimal percent, TemplateStatus status,
                                 List<SheetResult> sheets, BigDecimal mean, BigDecimal points) {
        public TemplateResult {
            sheets = List.copyOf(sheets);
        }
    }

    /**
     * One sheet: the score it was finished with, the score after approved exemptions and overturned appeals gave
     * points back ({@code restored} = the difference), and that on a 100 scale.
     */
    public record SheetResult(UUID inspectionId, LocalDate date, InspectionKind kind, InspectionStatus status,
                              String place, String inspector, BigDecimal recordedScore, BigDecimal score,
                              BigDecimal totalScore, BigDecimal score100, BigDecimal restored,
                              List<DeductionLine> deductions) {
        public SheetResult {
            deductions = List.copyOf(deductions);
        }
    }

    /** A deducted item of a sheet, with any exemption or appeal on it; {@code relieved} when its points came back. */
    public record DeductionLine(UUID itemId, String itemCode, String content, BigDecimal deduction, String note,
                                boolean relieved, List<Exemption> exemptions, List<Appeal> appeals) {
        public DeductionLine {
            exemptions = List.copyOf(exemptions);
            appeals = List.copyOf(appeals);
        }
    }
}
