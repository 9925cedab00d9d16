package com.logicheck.service;

import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.persistence.SchemeRepository;
import java.util.List;

/**
 * Makes sure every built-in assessment scheme version is in the database; new versions are added, old ones kept. The
 * built-ins come parsed (once per run, by the composition root).
 */
public final class SchemeCatalog {
    private final List<AssessmentScheme> builtIns;
    private final SchemeRepository repository;

    public SchemeCatalog(List<AssessmentScheme> builtIns, SchemeRepository repository) {
        this.builtIns = builtIns;
        this.repository = repository;
    }

    /** Returns how many versions were added. */
    public int installBuiltIns() {
        int added = 0;
        for (AssessmentScheme s : builtIns) {
            if (!repository.exists(s.id())) {
                repository.save(s, true);
                added++;
            }
        }
        return added;
    }
}
