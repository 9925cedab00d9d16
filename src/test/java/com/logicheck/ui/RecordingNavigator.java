package com.logicheck.ui;

import com.logicheck.ui.common.Navigator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A navigator that only remembers where it was sent. */
public final class RecordingNavigator implements Navigator {
    public final List<String> visits = new ArrayList<>();
    public UUID lastInspection;
    public UUID lastFocus;

    @Override
    public void home() {
        visits.add("home");
    }

    @Override
    public void newInspection() {
        visits.add("new");
    }

    @Override
    public void checklist(UUID inspectionId, UUID focusItemId) {
        visits.add("checklist");
        lastInspection = inspectionId;
        lastFocus = focusItemId;
    }

    @Override
    public void summary(UUID inspectionId) {
        visits.add("summary");
        lastInspection = inspectionId;
    }

    @Override
    public void assessment() {
        visits.add("assessment");
    }

    @Override
    public void sign(UUID inspectionId) {
        visits.add("sign");
        lastInspection = inspectionId;
    }

    @Override
    public void batchExport() {
        visits.add("batchExport");
    }

    @Override
    public void verify() {
        visits.add("verify");
    }

    // --- desk ---

    @Override
    public void desk() {
        visits.add("desk");
    }

    @Override
    public void plans() {
        visits.add("plans");
    }

    public String last() {
        return visits.isEmpty() ? null : visits.get(visits.size() - 1);
    }
}
