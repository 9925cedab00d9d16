package com.logicheck.service;

import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.persistence.TemplateRepository;
import java.util.List;

/**
 * Makes sure every built-in template version is in the database; new versions are added, old ones kept. The built-ins
 * come parsed, so the composition root parses the classpath's files once however often a data folder is opened.
 */
public final class TemplateCatalog {
    private final List<ChecklistTemplate> builtIns;
    private final TemplateFiles files;
    private final TemplateRepository repository;

    public TemplateCatalog(List<ChecklistTemplate> builtIns, TemplateFiles files, TemplateRepository repository) {
        this.builtIns = builtIns;
        this.files = files;
        this.repository = repository;
    }

    /** Returns how many versions were added. */
    public int installBuiltIns() {
        int added = 0;
        for (ChecklistTemplate t : builtIns) {
            if (!repository.exists(t.id())) {
                repository.save(t, true, files.contentHash(t));
                added++;
            }
        }
        return added;
    }
}
