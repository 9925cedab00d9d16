package com.logicheck.ui;

import com.logicheck.ui.common.Navigator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A navigator that only remembers where it was sent. */
public final class RecordingNavigator implements Navigator {
    public final List<String> visits = new ArrayList<>();
    public UUID lastInspection;
    public UUID lastFocus;
    public UUID lastPlace;

    @Override
    public void home() {
        visits.add("home");
    }

    @Override
    public void newInspection() {
        visits.add("new");
    }

    @Override
    public void newInspectionAt(UUID placeId) {
        visits.add("new");
        lastPlace = placeId;
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

    public UUID lastProvider;
    public YearMonth lastMonth;

    @Override
    public void assessment(UUID providerId, YearMonth month) {
        visits.add("assessment");
        lastProvider = providerId;
        lastMonth = month;
    }

    @Override
    public void monthEntries(UUID providerId, YearMonth month) {
        visits.add("monthEntries");
        lastProvider = providerId;
        lastMonth = month;
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
    public void reports() {
        visits.add("reports");
    }

    @Override
    public void verify() {
        visits.add("verify");
    }

    @Override
    public void templates() {
        visits.add("templates");
    }

    @Override
    public void templateEditor(String code) {
        visits.add("templateEditor:" + code);
    }

    @Override
    public void sync() {
        visits.add("sync");
    }

    @Override
    public void syncConflicts() {
        visits.add("syncConflicts");
    }

    @Override
    public void desk() {
        visits.add("desk");
    }

    @Override
    public void plans() {
        visits.add("plans");
    }

    @Override
    public void raiseOrders(UUID inspectionId) {
        visits.add("raiseOrders");
        lastInspection = inspectionId;
    }

    @Override
    public void settings() {
        visits.add("settings");
    }

    @Override
    public void lock() {
        visits.add("lock");
    }

    public String last() {
        return visits.isEmpty() ? null : visits.get(visits.size() - 1);
    }
}
