package com.logicheck.ui.sync.planted;

import com.logicheck.persistence.SettingsRepository;

/** A planted violation for {@code SyncArchitectureRulesTest}: a sync screen class that reads a repository. */
public final class PlantedRepositoryScreen {
    public String folder(SettingsRepository settings) {
        return settings.get("sync.folder").orElse("");
    }
}
