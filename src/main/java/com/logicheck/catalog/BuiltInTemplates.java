package com.logicheck.catalog;

import com.logicheck.domain.template.ChecklistTemplate;
import java.util.List;

/** The 考核表 shipped with LogiCheck, listed in {@code templates/index.txt} on the classpath. */
public final class BuiltInTemplates {
    private final ClasspathFolder folder = new ClasspathFolder("/templates/");
    private final TemplateFiles files;

    public BuiltInTemplates(TemplateFiles files) {
        this.files = files;
    }

    public List<String> fileNames() {
        return folder.fileNames();
    }

    public List<ChecklistTemplate> load() {
        return folder.load(files::read);
    }
}
