package com.logicheck.persistence.planted;

import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.RectificationRules;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A repository that checks a rectification rule before it inserts, as {@code RectificationRepository.insert} did:
 * planted to show that {@code persistenceAsksNoDomainDecision} catches it.
 */
public final class PlantedRuleCheck {
    private PlantedRuleCheck() {
    }

    public static void insert(List<OrderItem> items, Set<UUID> exempted) {
        RectificationRules.requireNotExempted(items, exempted);
    }
}
