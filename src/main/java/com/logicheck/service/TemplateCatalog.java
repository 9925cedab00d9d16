package com.logicheck.service;

import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.persistence.TemplateRepository;

/** Makes sure every built-in template version is in the database; new versions are added, old ones kept. */
public final class TemplateCatalog {
    private final BuiltInTemplates builtIns;
    private final TemplateFiles files;
    private final TemplateRepository repository;

    public TemplateCatalog(BuiltInTemplates builtIns, TemplateFiles files, TemplateRepository repository) {
        this.builtIns = builtIns;
        this.files = files;
        this.repository = repository;
    }

    /** Returns how many versions were added. */
    public int installBuiltIns() {
        int added = 0;
        for (ChecklistTemplate t : builtIns.load()) {
            if (!repository.exists(t.id())) {
                repository.save(t, true, files.contentHash(t));
                added++;
            }
        }
        return added;
    }
}
