package com.logicheck.service;

import com.logicheck.domain.plan.RouteDecider.Tally;
import com.logicheck.i18n.Messages;
import java.util.Optional;

/**
 * The one line about a provider's 巡检路线 in the monthly report: points due, on time, late, missed and the
 * 有效巡检率 — information beside the score, not a deduction (a scheme option to count them is later work).
 * Nothing when none of the provider's route points was due in the month.
 */
public final class RouteComplianceText {
    private RouteComplianceText() {
    }

    public static Optional<String> line(Tally t, Messages messages) {
        if (t == null || t.due() == 0) {
            return Optional.empty();
        }
        String rate = t.ratePercent().map(p -> p.toPlainString() + "%").orElse("");
        return Optional.of(messages.get("routes.report.line", t.due(), t.onTime(), t.late(), t.missed(), rate));
    }
}
