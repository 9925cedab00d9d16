package com.logicheck.domain.rectification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 重复问题: the same item at the same place deducted again while an earlier order is not closed, or within
 * {@code windowDays} after it was closed. The new order is then escalated one level above the highest level
 * of those earlier orders (seed 004 第12篇 5.3: 同一问题再次发现未整改的，责任上升一级).
 */
public record RepeatRule(int windowDays) {
    public RepeatRule {
        if (windowDays < 0) {
            throw new IllegalArgumentException("window must not be negative");
        }
    }

    /** The finding: which earlier order makes this a repeat, and the level the new order goes to. */
    public record Finding(PriorOrder prior, ResponsibilityLevel level) {
    }

    public Optional<Finding> check(List<PriorOrder> priors, LocalDate foundOn) {
        return priors.stream().filter(p -> counts(p, foundOn))
                .max(Comparator.comparing(PriorOrder::level))
                .map(p -> new Finding(p, p.level().escalate()));
    }

    private boolean counts(PriorOrder p, LocalDate foundOn) {
        if (p.status() != RectificationStatus.CLOSED || p.closedOn() == null) {
            return true;
        }
        return !foundOn.isAfter(p.closedOn().plusDays(windowDays));
    }
}
