package com.logicheck.app.modules;

import com.logicheck.catalog.SchemeFiles;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.CjkFont;
import com.logicheck.pdf.Letterhead;
import com.logicheck.pdf.PdfSigner;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.ActorRepository;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.Database;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.SettingsRepository;
import com.logicheck.persistence.SignedSheetRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.persistence.TrustRepository;
import com.logicheck.persistence.UnitOfWork;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.OrganisationSetup;
import com.logicheck.service.PasswordHasher;
import com.logicheck.service.SessionKeys;
import com.logicheck.service.SigningFiles;
import com.logicheck.service.UseCases;
import java.time.Clock;
import java.util.UUID;

/**
 * 共享核心: what the feature modules are built from, so each module names what it takes instead of reaching into a
 * locator — the open data folder and database, the one clock, the texts signed PDFs print, this laptop's change log,
 * the unit of work and permission policy ({@link UseCases}), the repositories several features read, and one font,
 * signer and verifier for every PDF the folder writes. Building it writes nothing: the startup steps do
 * ({@link StartupSteps}).
 */
public record SharedCore(DataDirectory dataDirectory, Database database, Clock clock, Messages messages,
                         PasswordHasher passwords, SettingsRepository settings, ChangeLog changeLog,
                         ActorRepository actors, UseCases useCases, ReferenceRepository reference,
                         TemplateFiles templateFiles, TemplateRepository templates, SchemeFiles schemeFiles,
                         SchemeRepository schemes, PhotoStore photos, SignedSheetRepository signedSheets,
                         TrustRepository trust, RecordLog recordLog, SigningFiles signingFiles, CjkFont font,
                         PdfSigner signer, PdfVerifier verifier, Letterhead letterhead, CurrentUser currentUser) {

    /** The core of an open database; {@code device}: this laptop's id, which the change log stamps on every row. */
    public static SharedCore of(DataDirectory dir, Database database, Clock clock, Messages messages,
                                PasswordHasher passwords, UUID device) {
        var dsl = database.dsl();
        SettingsRepository settings = new SettingsRepository(dsl);
        ChangeLog changeLog = new ChangeLog(clock, device);
        ActorRepository actors = new ActorRepository(dsl);
        ReferenceRepository reference = new ReferenceRepository(dsl, clock);
        SchemeFiles schemeFiles = new SchemeFiles();
        SessionKeys keys = new SessionKeys();
        return new SharedCore(dir, database, clock, messages, passwords, settings, changeLog, actors,
                new UseCases(new UnitOfWork(dsl), actors), reference, new TemplateFiles(),
                new TemplateRepository(dsl, clock), schemeFiles, new SchemeRepository(dsl, clock, changeLog, schemeFiles),
                new PhotoStore(dsl, dir.photos(), clock, changeLog), new SignedSheetRepository(dsl, clock, changeLog),
                new TrustRepository(dsl, clock), new RecordLog(dsl, clock),
                new SigningFiles(dir.signedSheets(), dir.keys(), keys),
                // one font (5.2 MB, read on the first PDF and parsed once per writing thread), one signer, one verifier
                new CjkFont(), new PdfSigner(), new PdfVerifier(),
                new Letterhead(dir.branding().resolve(OrganisationSetup.LOGO_FILE)), new CurrentUser(reference, settings, keys));
    }

    /**
     * The same folder, database, texts, font, signer and session with another clock: the repositories that stamp a
     * time are built again on {@code other} (the demo month writes its past days through such a core).
     */
    public SharedCore withClock(Clock other) {
        var dsl = database.dsl();
        ChangeLog log = new ChangeLog(other, changeLog.deviceId());
        ReferenceRepository ref = new ReferenceRepository(dsl, other);
        return new SharedCore(dataDirectory, database, other, messages, passwords, settings, log, actors, useCases, ref,
                templateFiles, new TemplateRepository(dsl, other), schemeFiles, new SchemeRepository(dsl, other, log, schemeFiles),
                new PhotoStore(dsl, dataDirectory.photos(), other, log), new SignedSheetRepository(dsl, other, log),
                new TrustRepository(dsl, other), new RecordLog(dsl, other), signingFiles, font, signer, verifier,
                letterhead, currentUser);
    }
}
