package com.logicheck.ui.common;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.service.InspectionService;
import java.util.Map;
import java.util.UUID;

/**
 * One sheet as a screen opens it: the inspection, its template version, the answers so far and the names
 * its header shows (服务企业, 地点, 检查人). Loaded in the background.
 */
public record SheetInfo(Inspection inspection, ChecklistTemplate template, Map<UUID, ItemResult> results,
                        String providerName, String placePath, String inspectorName) {

    public static SheetInfo load(UUID inspectionId, InspectionService service, ReferenceRepository reference) {
        Inspection inspection = service.inspection(inspectionId);
        ChecklistTemplate template = service.template(inspection);
        Map<UUID, ItemResult> results = service.results(inspectionId);
        String provider = reference.providers().stream().filter(p -> p.id().equals(inspection.providerId()))
                .map(Provider::name).findFirst().orElse(Formats.NONE);
        String place = reference.places().stream().filter(p -> p.id().equals(inspection.placeId()))
                .map(Place::path).findFirst().orElse(Formats.NONE);
        String inspector = reference.person(inspection.inspectorId()).map(Person::name).orElse(Formats.NONE);
        return new SheetInfo(inspection, template, results, provider, place, inspector);
    }
}
