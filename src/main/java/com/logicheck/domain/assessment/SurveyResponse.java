package com.logicheck.domain.assessment;

import java.math.BigDecimal;
import java.util.UUID;

/** One respondent's answer to the month's 满意度调查表: who (kind and an optional label) and the score given. */
public record SurveyResponse(UUID id, RespondentKind kind, String respondent, BigDecimal score) {
    public SurveyResponse {
        respondent = respondent == null ? "" : respondent;
    }
}
