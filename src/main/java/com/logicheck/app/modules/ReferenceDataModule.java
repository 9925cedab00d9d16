package com.logicheck.app.modules;

import com.logicheck.persistence.PlaceCodeRepository;
import com.logicheck.persistence.ReferenceEditing;
import com.logicheck.service.PlaceCodes;
import com.logicheck.service.ReferenceData;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.service.ReferenceFiles;

/**
 * 基础资料: places, providers, contracts and their 考核办法 after the first run (ADR 0021), the directory the
 * screens read them from, and the places' codes (点位码: labels, scanning, check-ins on sheets, ADR 0042).
 */
public record ReferenceDataModule(ReferenceData service, ReferenceDirectory directory, PlaceCodes placeCodes) {

    public static ReferenceDataModule build(SharedCore core, InspectionModule inspection) {
        return new ReferenceDataModule(new ReferenceData(
                new ReferenceEditing(core.database().dsl(), core.changeLog()), core.reference(), core.schemes(),
                new ReferenceFiles(core.messages()), core.clock(), core.useCases()),
                new ReferenceDirectory(core.reference()),
                new PlaceCodes(new PlaceCodeRepository(core.database().dsl(), core.clock()), core.reference(),
                        inspection.service(), core.font(), core.messages(), core.useCases(), core.clock()));
    }
}
