package com.logicheck.service;

import com.logicheck.i18n.Messages;
import com.logicheck.service.InspectionPlanService.ProviderCompliance;
import java.util.Optional;

/**
 * The one line a supervisor sees about a provider's 层级检查 on the monthly assessment and in the monthly report:
 * "层级检查：本月应检 N 次，实检 M 次，缺 K 次" — information beside the score, never a deduction (ADR 0025).
 * Nothing when the provider has no plan.
 */
public final class PlanComplianceText {
    private PlanComplianceText() {
    }

    public static Optional<String> line(ProviderCompliance c, Messages messages) {
        if (c == null || !c.any()) {
            return Optional.empty();
        }
        String upTo = c.monthRunning() ? messages.get("plans.compliance.upTo", c.upTo().toString()) : "";
        String coverage = c.coverageShort() > 0 ? messages.get("plans.compliance.coverage", c.coverageShort()) : "";
        return Optional.of(messages.get("plans.compliance.line", upTo, c.required(), c.done(), c.missed(), coverage));
    }
}
