package com.logicheck.service;

import com.logicheck.persistence.SettingsRepository;

/**
 * 四眼原则: the organisation setting that separates duties (ADR 0032's one policy carries the rows; this says whether
 * they apply). On unless a 管理员 turned it off on the 设置 screen ({@link OrganisationSettings#separationOfDuties}).
 */
public final class SeparationOfDuties {
    public static final String KEY = "access.separationOfDuties";
    private final SettingsRepository settings;

    public SeparationOfDuties(SettingsRepository settings) {
        this.settings = settings;
    }

    /** Whether duties are separated: true unless the setting says {@code false}. */
    public boolean on() {
        return settings.get(KEY).map(v -> !"false".equals(v.strip())).orElse(true);
    }
}
