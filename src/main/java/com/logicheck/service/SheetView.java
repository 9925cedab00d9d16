package com.logicheck.service;

import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.ChecklistTemplate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One sheet as a screen opens it: the inspection, its template version, the answers so far and the names its header
 * shows (服务企业, 地点, 检查人). A provider or place that has been deactivated is not named (the header shows
 * {@link #UNNAMED}), unlike the signed record, which names them as they were ({@link SheetRecords#load}).
 */
public record SheetView(Inspection inspection, ChecklistTemplate template, Map<UUID, ItemResult> results,
                        String providerName, String placePath, String inspectorName, List<CheckIn> checkIns) {
    /** What the header shows for a name it does not give. */
    public static final String UNNAMED = "—";
}
