package com.logicheck.service;

import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.InspectionRepository.InspectionRow;
import com.logicheck.persistence.PlaceCodeRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.persistence.TemplateRepository.TemplateSummary;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The lists the screens start from: the drafts and recent sheets of 首页 and the templates a new sheet can use,
 * as read models of this package (ADR 0034), so that no screen holds a repository or its rows.
 */
public final class SheetLists {
    private final InspectionRepository inspections;
    private final TemplateRepository templates;
    private final PlaceCodeRepository checkIns;

    public SheetLists(InspectionRepository inspections, TemplateRepository templates, PlaceCodeRepository checkIns) {
        this.inspections = inspections;
        this.templates = templates;
        this.checkIns = checkIns;
    }

    /** The drafts (草稿), the most recently changed first. */
    public List<SheetListing> drafts() {
        return listings(inspections.drafts());
    }

    /** The {@code limit} most recently started sheets that are no longer drafts. */
    public List<SheetListing> recent(int limit) {
        return listings(inspections.recent(limit));
    }

    private List<SheetListing> listings(List<InspectionRow> rows) {
        Set<UUID> present = rows.isEmpty() ? Set.of()
                : Set.copyOf(checkIns.present(rows.stream().map(InspectionRow::id).toList()));
        return rows.stream().map(r -> listing(r, present.contains(r.id()))).toList();
    }

    /** The newest version of every enabled template, by service line and title. */
    public List<TemplateChoice> templates() {
        return templates.latest().stream().map(SheetLists::choice).toList();
    }

    private static SheetListing listing(InspectionRow r, boolean present) {
        return new SheetListing(r.id(), r.templateTitle(), r.providerName(), r.placePath(), r.inspectorName(), r.kind(),
                r.status(), r.startedAt(), r.updatedAt(), r.score(), r.grade(), r.sheetNumber(), present);
    }

    private static TemplateChoice choice(TemplateSummary t) {
        return new TemplateChoice(t.versionId(), t.code(), t.version(), t.title(), t.serviceLine(), t.itemCount(),
                t.builtIn());
    }
}
