package com.logicheck.app.modules;

import com.logicheck.persistence.ReferenceEditing;
import com.logicheck.service.ReferenceData;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.service.ReferenceFiles;

/**
 * 基础资料: places, providers, contracts and their 考核办法 after the first run (ADR 0021), and the directory the
 * screens read them from.
 */
public record ReferenceDataModule(ReferenceData service, ReferenceDirectory directory) {

    public static ReferenceDataModule build(SharedCore core) {
        return new ReferenceDataModule(new ReferenceData(
                new ReferenceEditing(core.database().dsl(), core.changeLog()), core.reference(), core.schemes(),
                new ReferenceFiles(core.messages()), core.clock(), core.useCases()),
                new ReferenceDirectory(core.reference()));
    }
}
