package com.logicheck.domain.template;

import java.util.List;

/** Re-labels a template's content as another code and version, with that version's deterministic ids (ADR 0005). */
public final class TemplateVersions {
    private TemplateVersions() {
    }

    public static ChecklistTemplate as(ChecklistTemplate t, String code, int version) {
        List<TemplateSection> sections = t.sections().stream().map(s -> new TemplateSection(s.title(), s.subtotal(),
                s.items().stream().map(i -> new TemplateItem(ChecklistTemplate.itemId(code, version, i.code()), i.code(),
                        i.content(), i.requirement(), i.criteria(), i.maxScore(), i.naAllowed(), i.remark(), i.rules()))
                        .toList())).toList();
        return new ChecklistTemplate(ChecklistTemplate.versionId(code, version), code, version, t.title(),
                t.serviceLine(), t.source(), t.totalScore(), t.naPolicy(), t.gradeBands(), sections);
    }

    /** Same content: everything but code, version and ids. */
    public static boolean sameContent(ChecklistTemplate a, ChecklistTemplate b) {
        return as(a, "x", 1).equals(as(b, "x", 1));
    }
}
