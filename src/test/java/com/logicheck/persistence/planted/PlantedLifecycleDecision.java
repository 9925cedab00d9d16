package com.logicheck.persistence.planted;

import com.logicheck.domain.inspection.InspectionLifecycle;

/**
 * A repository that asks the inspection lifecycle whether a sheet may be relieved, as {@code ReliefRepository} did:
 * planted to show that {@code persistenceAsksNoDomainDecision} catches it.
 */
public final class PlantedLifecycleDecision {
    private PlantedLifecycleDecision() {
    }

    public static void requestExemption(InspectionLifecycle sheet) {
        sheet.requireRelievable();
    }
}
