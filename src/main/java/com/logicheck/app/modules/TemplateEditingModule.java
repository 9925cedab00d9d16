package com.logicheck.app.modules;

import com.logicheck.persistence.TemplateEditing;
import com.logicheck.service.TemplateEditorService;

/** 模板编辑: working copies of 考核表, publishing, Excel import and export (ADR 0015). */
public record TemplateEditingModule(TemplateEditorService editor) {

    public static TemplateEditingModule build(SharedCore core) {
        return new TemplateEditingModule(new TemplateEditorService(
                new TemplateEditing(core.database().dsl(), core.clock(), core.changeLog(), core.templates()),
                core.templates(), core.templateFiles(), core.useCases(), core.messages()));
    }
}
