package com.logicheck.app.modules;

import com.logicheck.pdf.SheetPdfWriter;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.PlaceCodeRepository;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.service.BackEntries;
import com.logicheck.service.ExportService;
import com.logicheck.service.InspectionService;
import com.logicheck.service.SeparationOfDuties;
import com.logicheck.service.SheetLists;
import com.logicheck.service.SheetPhotos;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SigningService;
import com.logicheck.service.VerifyService;

/**
 * 检查: answering a sheet, its lists, records and photos, then signing it (ADR 0007/0011), exporting it and verifying
 * a signed one. {@code inspections} stays visible for the CLI and the demo month until their use cases move into the
 * service.
 */
public record InspectionModule(InspectionService service, InspectionRepository inspections, SheetLists lists,
                               SheetRecords records, SheetPhotos photos, SigningService signing, ExportService export,
                               VerifyService verify, BackEntries backEntries) {

    public static InspectionModule build(SharedCore core) {
        InspectionRepository inspections = new InspectionRepository(core.database().dsl(), core.clock(),
                core.changeLog());
        InspectionService service = new InspectionService(inspections, core.templates(), new SheetScorer(),
                core.useCases(), core.clock(), new SeparationOfDuties(core.settings()));
        PlaceCodeRepository checkIns = new PlaceCodeRepository(core.database().dsl(), core.clock());
        SheetRecords records = new SheetRecords(service, core.signedSheets(), core.reference(), core.photos(), checkIns);
        SigningService signing = new SigningService(service, core.signedSheets(), records, core.trust(),
                new SheetPdfWriter(core.font(), core.messages(), core.letterhead()), core.signer(), core.messages(),
                core.signingFiles(), core.clock());
        return new InspectionModule(service, inspections, new SheetLists(inspections, core.templates(), checkIns), records,
                new SheetPhotos(core.photos()), signing,
                new ExportService(core.signedSheets(), core.signingFiles(), core.messages(), core.clock().getZone()),
                new VerifyService(core.verifier(), core.trust(), core.useCases()),
                new BackEntries(service, new BackEntries.Lookups(inspections, core.reference(), core.schemes(),
                        core.templates()), core.useCases(), core.clock(), core.messages()));
    }
}
