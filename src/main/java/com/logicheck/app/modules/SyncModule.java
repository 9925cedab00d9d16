package com.logicheck.app.modules;

import com.logicheck.pdf.DataPackagePdfWriter;
import com.logicheck.pdf.RecordPdfWriter;
import com.logicheck.persistence.AccountRepository;
import com.logicheck.persistence.RecordConflictRepository;
import com.logicheck.persistence.RecordStore;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.ReferenceSyncRepository;
import com.logicheck.persistence.SetupRepository;
import com.logicheck.persistence.SheetConflictRepository;
import com.logicheck.persistence.SyncRepository;
import com.logicheck.persistence.UnitOfWork;
import com.logicheck.service.OrganisationJoin;
import com.logicheck.sync.OrganisationJoining;
import com.logicheck.sync.RecordConflicts;
import com.logicheck.sync.RecordExporter;
import com.logicheck.sync.RecordImporter;
import com.logicheck.sync.RecordMergeDecider;
import com.logicheck.sync.RecordMerger;
import com.logicheck.sync.RecordPrints;
import com.logicheck.sync.ReferenceExporter;
import com.logicheck.sync.ReferenceImporter;
import com.logicheck.sync.SheetExporter;
import com.logicheck.sync.SheetImporter;
import com.logicheck.sync.SyncConflicts;
import com.logicheck.sync.SyncFolder;
import java.nio.file.Path;

/**
 * 同步: signed sheets, reference packages (基础数据包) and signed records out to a sync folder and back in, and the
 * conflicts an import leaves (ADR 0010, 0019, 0022, 0033). {@code workFolder}: where an import unpacks;
 * {@code joining}: the first-run wizard's 加入已有单位 from a folder's newest reference package.
 */
public record SyncModule(SyncRepository repository, SheetImporter importer, SheetExporter exporter,
                         ReferenceExporter referenceExporter, ReferenceSyncRepository referenceSync,
                         RecordExporter recordExporter, SyncConflicts conflicts, SyncFolder folder, Path workFolder,
                         OrganisationJoin joining) {

    public static SyncModule build(SharedCore core, InspectionModule inspection) {
        var dsl = core.database().dsl();
        var clock = core.clock();
        Path work = core.dataDirectory().root().resolve("tmp");
        SyncRepository repository = new SyncRepository(dsl, clock, core.changeLog());
        ReferenceSyncRepository referenceSync = new ReferenceSyncRepository(dsl, clock, core.changeLog(),
                core.templateFiles(), core.schemes(), core.schemeFiles());
        RecordPrints prints = new RecordPrints(core.messages());
        RecordExporter recordExporter = new RecordExporter(core.recordLog(), prints, new RecordPdfWriter(core.font()),
                core.signer(), core.signingFiles(), core.photos(), core.trust(),
                () -> core.reference().organisation().map(ReferenceRepository.Organisation::name).orElse(""), clock);
        RecordMerger merger = new RecordMerger(new RecordStore(dsl, clock, core.changeLog()),
                new RecordMergeDecider(clock.getZone()));
        SheetImporter importer = new SheetImporter(core.verifier(), core.trust()::isTrusted, repository,
                core.templates(), core.signingFiles(), SheetImporter.DEFAULT_MAX_FILE_BYTES,
                new ReferenceImporter(referenceSync),
                new RecordImporter(core.recordLog(), merger, core.photos(), core.signingFiles(), prints, work),
                core.photos());
        SyncConflicts conflicts = new SyncConflicts(repository, new SheetConflictRepository(dsl, clock, core.changeLog()),
                referenceSync, core.signedSheets(), core.signingFiles(), core.verifier(), core.trust()::isTrusted,
                new RecordConflicts(core.recordLog(), new RecordConflictRepository(dsl, clock, core.changeLog()), merger,
                        prints, core.signingFiles(), core.actors(), new UnitOfWork(dsl)));
        return new SyncModule(repository, importer,
                new SheetExporter(repository, core.signedSheets(), inspection.export(), core.signingFiles()),
                new ReferenceExporter(referenceSync, new DataPackagePdfWriter(core.font()), core.signer(),
                        core.signingFiles(), core.trust(), core.messages(), clock, core.changeLog().deviceId()),
                referenceSync, recordExporter, conflicts, new SyncFolder(core.settings()), work,
                new OrganisationJoining(new OrganisationJoining.Parts(core.verifier(), new ReferenceImporter(referenceSync),
                        core.trust(), new AccountRepository(dsl, core.changeLog()),
                        new SetupRepository(dsl, clock, core.changeLog()), core.passwords(), core.useCases(),
                        core.currentUser())));
    }
}
