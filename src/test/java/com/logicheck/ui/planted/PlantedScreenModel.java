package com.logicheck.ui.planted;

import com.logicheck.persistence.ReferenceRepository;

/**
 * A view model that breaks the screens' boundary on purpose (it holds a repository), so that
 * {@code UiBoundariesTest} can show the rule catching it. Lives in src/test only.
 */
public final class PlantedScreenModel {
    private final ReferenceRepository reference;

    public PlantedScreenModel(ReferenceRepository reference) {
        this.reference = reference;
    }

    public String organisation() {
        return reference.organisation().map(o -> o.name()).orElse("");
    }
}
