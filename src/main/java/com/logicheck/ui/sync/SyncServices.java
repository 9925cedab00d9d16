package com.logicheck.ui.sync;

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
 * package, the conflicts, the verifier (to show and trust a held signer's certificate), the remembered sync
 * folder and a scratch folder for incoming PDFs opened in the viewer.
 */
public record SyncServices(SheetImporter importer, SheetExporter exporter, ReferenceExporter references,
                           SyncConflicts conflicts, VerifyService verify, SyncFolder folder, Path scratch,
                           RecordExporter records) {

    /** Without signed records of rectification steps and closed months (ADR 0022). */
    public SyncServices(SheetImporter importer, SheetExporter exporter, ReferenceExporter references,
                        SyncConflicts conflicts, VerifyService verify, SyncFolder folder, Path scratch) {
        this(importer, exporter, references, conflicts, verify, folder, scratch, null);
    }
}
