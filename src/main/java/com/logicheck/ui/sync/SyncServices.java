package com.logicheck.ui.sync;

import com.logicheck.persistence.SettingsRepository;
import com.logicheck.service.VerifyService;
import com.logicheck.sync.RecordExporter;
import com.logicheck.sync.ReferenceExporter;
import com.logicheck.sync.SheetExporter;
import com.logicheck.sync.SheetImporter;
import com.logicheck.sync.SyncConflicts;
import com.logicheck.sync.SyncFolder;
import java.nio.file.Path;

/**
 * What the sync and conflict screens need besides the UiServices (ADR 0019): import, export, the reference-data
 * package, the conflicts, the verifier (to show and trust a held signer's certificate), the settings (the sync
 * folder is remembered) and a scratch folder for incoming PDFs opened in the viewer.
 */
public record SyncServices(SheetImporter importer, SheetExporter exporter, ReferenceExporter references,
                           SyncConflicts conflicts, VerifyService verify, SettingsRepository settings, Path scratch,
                           RecordExporter records) {
    /** The remembered sync folder (kept in the settings). */
    public SyncFolder folder() {
        return new SyncFolder(settings);
    }

    /** Without signed records of rectification steps and closed months (ADR 0022). */
    public SyncServices(SheetImporter importer, SheetExporter exporter, ReferenceExporter references,
                        SyncConflicts conflicts, VerifyService verify, SettingsRepository settings, Path scratch) {
        this(importer, exporter, references, conflicts, verify, settings, scratch, null);
    }
}
