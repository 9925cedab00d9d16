package com.logicheck.domain.assessment;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.template.ChecklistTemplate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the monthly assessment of one provider needs, gathered beforehand so the calculation is pure:
 * the scheme and the newest version of each template it counts (for titles and service lines), the contract's
 * service lines and performance bond, the month's sheets, survey responses, third-party score (null if none),
 * complaints, veto events, the quarter's inspection occasions up to the month's end, and the closed earlier months
 * under the same contract; the contract's first day (null when unknown: its year is then the calendar year) and the
 * scores entered for panels, areas and a typed dissatisfaction rate.
 */
public record AssessmentInput(UUID providerId, String providerName, YearMonth month, AssessmentScheme scheme,
                              List<ChecklistTemplate> schemeTemplates, Set<ServiceLine> contractLines,
                              BigDecimal performanceBond, List<SheetInput> sheets,
                              List<SurveyResponse> survey, ThirdPartyScore thirdParty, List<Complaint> complaints,
                              List<VetoEvent> vetoEvents, List<InspectionOccasion> quarterOccasions,
                              List<PastMonth> history, LocalDate contractStart, MonthScores scores) {
    public AssessmentInput {
        scores = scores == null ? MonthScores.NONE : scores;
        schemeTemplates = List.copyOf(schemeTemplates);
        contractLines = Set.copyOf(contractLines);
        sheets = List.copyOf(sheets);
        survey = List.copyOf(survey);
        complaints = List.copyOf(complaints);
        vetoEvents = List.copyOf(vetoEvents);
        quarterOccasions = List.copyOf(quarterOccasions);
        history = List.copyOf(history);
    }

    /** A month without a known contract start and without panel, area or typed-rate scores. */
    public AssessmentInput(UUID providerId, String providerName, YearMonth month, AssessmentScheme scheme,
                           List<ChecklistTemplate> schemeTemplates, Set<ServiceLine> contractLines,
                           BigDecimal performanceBond, List<SheetInput> sheets,
                           List<SurveyResponse> survey, ThirdPartyScore thirdParty, List<Complaint> complaints,
                           List<VetoEvent> vetoEvents, List<InspectionOccasion> quarterOccasions,
                           List<PastMonth> history) {
        this(providerId, providerName, month, scheme, schemeTemplates, contractLines, performanceBond, sheets, survey,
                thirdParty, complaints, vetoEvents, quarterOccasions, history, null, MonthScores.NONE);
    }
}
