package com.logicheck.persistence.planted;

import com.logicheck.sync.ReferenceMergeDecider;
import java.util.Optional;

/**
 * A planted violation for {@code SyncArchitectureRulesTest}: a persistence class that asks a sync decider, and
 * itself a merge decider outside {@code sync}. Test code only; the architecture test proper does not see it.
 */
public final class PlantedMergeDecider {
    public boolean conflicts(String here, String incoming) {
        return new ReferenceMergeDecider().immutable(Optional.of(here), incoming).name().equals("CONFLICT");
    }
}
