package com.logicheck.service;

import com.logicheck.catalog.BuiltInSchemes;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.persistence.SchemeRepository;

/** Makes sure every built-in assessment scheme version is in the database; new versions are added, old ones kept. */
public final class SchemeCatalog {
    private final BuiltInSchemes builtIns;
    private final SchemeRepository repository;

    public SchemeCatalog(BuiltInSchemes builtIns, SchemeRepository repository) {
        this.builtIns = builtIns;
        this.repository = repository;
    }

    /** Returns how many versions were added. */
    public int installBuiltIns() {
        int added = 0;
        for (AssessmentScheme s : builtIns.load()) {
            if (!repository.exists(s.id())) {
                repository.save(s, true);
                added++;
            }
        }
        return added;
    }
}
