package com.logicheck.app;

import com.logicheck.catalog.BuiltInSchemes;
import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.SchemeFiles;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.CjkFont;
import com.logicheck.pdf.DataPackagePdfWriter;
import com.logicheck.pdf.Letterhead;
import com.logicheck.pdf.NoticePdfWriter;
import com.logicheck.pdf.PdfSigner;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.pdf.RecordPdfWriter;
import com.logicheck.pdf.SheetPdfWriter;
import com.logicheck.persistence.AccountRepository;
import com.logicheck.persistence.ActorRepository;
import com.logicheck.persistence.AssessmentMonthRepository;
import com.logicheck.persistence.AssessmentSheets;
import com.logicheck.persistence.BrandingRepository;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.Database;
import com.logicheck.persistence.DatabaseKey;
import com.logicheck.persistence.EvidenceFiles;
import com.logicheck.persistence.IncidentRepository;
import com.logicheck.persistence.InspectionPlanRepository;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.RecordConflictRepository;
import com.logicheck.persistence.RecordLog;
import com.logicheck.persistence.RecordStore;
import com.logicheck.persistence.RectificationDesk;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.persistence.ReferenceEditing;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.ReferenceSyncRepository;
import com.logicheck.persistence.ReliefRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.SettingsRepository;
import com.logicheck.persistence.SetupRepository;
import com.logicheck.persistence.SheetConflictRepository;
import com.logicheck.persistence.SignedSheetRepository;
import com.logicheck.persistence.SurveyRepository;
import com.logicheck.persistence.SyncRepository;
import com.logicheck.persistence.TemplateEditing;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.persistence.TrustRepository;
import com.logicheck.persistence.UnitOfWork;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.persistence.backup.Retention;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.scoring.assessment.MonthlyAssessmentCalculator;
import com.logicheck.service.AccountService;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.DemoMonth;
import com.logicheck.service.ExportService;
import com.logicheck.service.InspectionPlanService;
import com.logicheck.service.InspectionService;
import com.logicheck.service.LoginThrottle;
import com.logicheck.service.OrganisationSettings;
import com.logicheck.service.OrganisationSetup;
import com.logicheck.service.PasswordHasher;
import com.logicheck.service.RectificationDeskService;
import com.logicheck.service.RectificationNotices;
import com.logicheck.service.RectificationService;
import com.logicheck.service.RectificationSettings;
import com.logicheck.service.RectificationSteps;
import com.logicheck.service.ReferenceData;
import com.logicheck.service.ReferenceFiles;
import com.logicheck.service.SchemeCatalog;
import com.logicheck.service.SessionSettings;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SigningFiles;
import com.logicheck.service.SigningService;
import com.logicheck.service.SurveyForms;
import com.logicheck.service.TemplateCatalog;
import com.logicheck.service.TemplateEditorService;
import com.logicheck.service.UseCases;
import com.logicheck.service.VerifyService;
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
import com.logicheck.xlsx.SurveyWorkbook;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The composition root: the one place where LogiCheck's parts are built and wired by their constructors.
 * Opening it prepares and locks the data folder, migrates the database and installs the built-in templates.
 */
public final class AppContext implements AutoCloseable {
    private final DataDirectory dataDirectory;
    private final Database database;
    private final Clock clock;
    private final TemplateFiles templateFiles;
    private final TemplateRepository templates;
    private final ReferenceRepository reference;
    private final SettingsRepository settings;
    private final InspectionRepository inspections;
    private final PhotoStore photos;
    private final InspectionService inspectionService;
    private final CurrentUser currentUser;
    private final SchemeRepository schemes;
    private final AssessmentService assessmentService;
    private final AssessmentEntries assessmentEntries;
    private final AssessmentSheets assessmentSheets;
    private final SignedSheetRepository signedSheets;
    private final TrustRepository trust;
    private final SheetRecords sheetRecords;
    private final SigningService signingService;
    private final ExportService exportService;
    private final VerifyService verifyService;
    private final SyncRepository syncRepository;
    private final SheetImporter sheetImporter;
    private final SheetExporter sheetExporter;
    private final ReferenceExporter referenceExporter;
    private final SyncConflicts syncConflicts;
    private final RecordLog recordLog;
    private final RecordExporter recordExporter;
    private final ReferenceSyncRepository referenceSync;
    private final RectificationService rectificationService;
    private final RectificationDeskService rectificationDesk;
    private final RectificationNotices rectificationNotices;
    private final TemplateEditorService templateEditor;
    private final SurveyForms surveyForms;
    private final Backups backups;
    private final AccountService accounts;
    private final OrganisationSetup organisationSetup;
    private final SessionSettings sessionSettings;
    private final DemoMonth demoMonth;
    private final RectificationSteps rectificationSteps;
    private final InspectionPlanService inspectionPlans;
    private final ChangeLog changeLog;
    private final ReferenceData referenceData;
    private final Letterhead letterhead;
    private final CjkFont font;
    private final OrganisationSettings organisationSettings;

    private AppContext(DataDirectory dataDirectory, Database database, Clock clock, Messages messages,
                       PasswordHasher hasher) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.clock = clock;
        this.templateFiles = new TemplateFiles();
        this.templates = new TemplateRepository(database.dsl(), clock);
        this.reference = new ReferenceRepository(database.dsl(), clock);
        this.settings = new SettingsRepository(database.dsl());
        ChangeLog changeLog = new ChangeLog(clock, settings.deviceId());
        this.changeLog = changeLog;
        ActorRepository actors = new ActorRepository(database.dsl());
        UseCases useCases = new UseCases(new UnitOfWork(database.dsl()), actors);
        this.inspections = new InspectionRepository(database.dsl(), clock, changeLog);
        this.photos = new PhotoStore(database.dsl(), dataDirectory.photos(), clock, changeLog);
        this.inspectionService = new InspectionService(inspections, templates, new SheetScorer(), useCases, clock);
        this.currentUser = new CurrentUser(reference, settings);
        this.signedSheets = new SignedSheetRepository(database.dsl(), clock, changeLog);
        this.trust = new TrustRepository(database.dsl(), clock);
        this.sheetRecords = new SheetRecords(inspectionService, signedSheets, reference, photos);
        SigningFiles signingFiles = new SigningFiles(dataDirectory.signedSheets(), dataDirectory.keys());
        signingFiles.completePending(id -> signedSheets.state(id)
                .filter(s -> s.status() == InspectionStatus.SIGNED || s.status() == InspectionStatus.SUPERSEDED)
                .map(SignedSheetRepository.SheetState::contentHash));
        this.letterhead = new Letterhead(dataDirectory.branding().resolve(OrganisationSetup.LOGO_FILE));
        // one font (5.2 MB, parsed once per thread), one signer and one verifier for every PDF this context writes
        this.font = new CjkFont();
        PdfSigner signer = new PdfSigner();
        PdfVerifier verifier = new PdfVerifier();
        this.signingService = new SigningService(inspectionService, signedSheets, sheetRecords, trust,
                new SheetPdfWriter(font, messages, letterhead), signer, messages, signingFiles, clock);
        this.exportService = new ExportService(signedSheets, signingFiles, messages, clock.getZone());
        this.verifyService = new VerifyService(verifier, trust, useCases);
        this.syncRepository = new SyncRepository(database.dsl(), clock, changeLog);
        this.sheetExporter = new SheetExporter(syncRepository, signedSheets, exportService, signingFiles);
        new TemplateCatalog(new BuiltInTemplates(templateFiles), templateFiles, templates).installBuiltIns();
        SchemeFiles schemeFiles = new SchemeFiles();
        this.schemes = new SchemeRepository(database.dsl(), clock, changeLog, schemeFiles);
        new SchemeCatalog(new BuiltInSchemes(schemeFiles), schemes).installBuiltIns();
        this.referenceSync = new ReferenceSyncRepository(database.dsl(), clock, changeLog,
                templateFiles, schemes, schemeFiles);
        this.recordLog = new RecordLog(database.dsl(), clock);
        RecordPrints recordPrints = new RecordPrints(messages);
        this.recordExporter = new RecordExporter(recordLog, recordPrints,
                new RecordPdfWriter(font), signer, signingFiles, photos, trust,
                () -> reference.organisation().map(ReferenceRepository.Organisation::name).orElse(""), clock);
        RecordMerger recordMerger = new RecordMerger(new RecordStore(database.dsl(), clock, changeLog),
                new RecordMergeDecider(clock.getZone()));
        this.sheetImporter = new SheetImporter(verifier, trust::isTrusted, syncRepository, templates,
                signingFiles, SheetImporter.DEFAULT_MAX_FILE_BYTES, new ReferenceImporter(referenceSync),
                new RecordImporter(recordLog, recordMerger, photos, signingFiles, recordPrints,
                        dataDirectory.root().resolve("tmp")),
                photos);
        this.referenceExporter = new ReferenceExporter(referenceSync, new DataPackagePdfWriter(font),
                signer, signingFiles, trust, messages, clock, settings.deviceId());
        this.syncConflicts = new SyncConflicts(syncRepository, new SheetConflictRepository(database.dsl(), clock,
                changeLog), referenceSync, signedSheets, signingFiles, verifier, trust::isTrusted,
                new RecordConflicts(recordLog, new RecordConflictRepository(
                        database.dsl(), clock, changeLog), recordMerger, recordPrints, signingFiles, actors,
                        new UnitOfWork(database.dsl())));
        SurveyRepository surveys = new SurveyRepository(database.dsl(), clock, changeLog);
        IncidentRepository incidents = new IncidentRepository(database.dsl(), clock, changeLog);
        ReliefRepository reliefs = new ReliefRepository(database.dsl(), clock, changeLog);
        this.assessmentSheets = new AssessmentSheets(database.dsl(), clock.getZone());
        this.assessmentService = new AssessmentService(reference, templates, schemes, assessmentSheets, surveys,
                incidents, reliefs,
                new AssessmentMonthRepository(database.dsl(), clock, changeLog),
                new MonthlyAssessmentCalculator(new SheetScorer()), useCases);
        this.assessmentEntries = new AssessmentEntries(assessmentService, templates, surveys, incidents, reliefs,
                new EvidenceFiles(dataDirectory.root().resolve("evidence")), useCases);
        this.surveyForms = new SurveyForms(assessmentService, assessmentEntries, surveys, reference,
                new SurveyWorkbook(), messages);
        this.rectificationService = new RectificationService(new RectificationRepository(database.dsl(), clock, changeLog, recordLog),
                new RectificationSettings(settings), clock, useCases);
        this.rectificationDesk = new RectificationDeskService(new RectificationDesk(database.dsl()), settings, clock);
        this.rectificationNotices = new RectificationNotices(rectificationService, reference,
                new NoticePdfWriter(font, messages, letterhead), messages, signer, signingFiles, trust, clock);
        this.rectificationSteps = new RectificationSteps(rectificationService.orders(), photos, reference, clock);
        this.inspectionPlans = new InspectionPlanService(new InspectionPlanRepository(database.dsl(), clock, changeLog),
                reference, clock, useCases);
        this.templateEditor = new TemplateEditorService(new TemplateEditing(database.dsl(), clock, changeLog, templates),
                templates, templateFiles, useCases, messages);
        this.backups = new Backups(dataDirectory, database, appVersion(), clock, retention(settings));
        this.accounts = new AccountService(new AccountRepository(database.dsl(), changeLog), hasher,
                new LoginThrottle(clock), currentUser, useCases);
        this.organisationSetup = new OrganisationSetup(new SetupRepository(database.dsl(), clock, changeLog), hasher,
                currentUser, dataDirectory.branding());
        this.sessionSettings = new SessionSettings(settings, accounts);
        this.demoMonth = new DemoMonth(reference, templates, inspections, inspectionService, photos, schemes,
                rectificationService, clock, this::rectificationRepositoryAt, inspectionPlans);
        this.referenceData = new ReferenceData(
                new ReferenceEditing(database.dsl(), changeLog), reference, schemes,
                new ReferenceFiles(messages), clock, useCases);
        this.organisationSettings = new OrganisationSettings(
                new BrandingRepository(database.dsl(), changeLog), settings, sessionSettings,
                reference, dataDirectory.branding(), useCases);
    }

    /** This build's version (from the jar manifest), "dev" when run from the classes folder. */
    public static String appVersion() {
        String v = AppContext.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Rotation of the automatic backups: settings {@code backup.keepDaily} / {@code backup.keepWeekly} (7 / 4). */
    static Retention retention(SettingsRepository settings) {
        try {
            int daily = settings.get(KEEP_DAILY).map(Integer::parseInt).orElse(Retention.DEFAULT.daily());
            int weekly = settings.get(KEEP_WEEKLY).map(Integer::parseInt).orElse(Retention.DEFAULT.weekly());
            return new Retention(daily, weekly, Retention.DEFAULT.beforeRestore());
        } catch (IllegalArgumentException e) {
            return Retention.DEFAULT;
        }
    }

    public static AppContext open(Path dataDir) {
        return open(dataDir, Clocks.system());
    }

    public static AppContext open(Path dataDir, Clock clock) {
        return open(dataDir, clock, Messages.forLanguage(null));
    }

    /**
     * {@code messages}: the language of the texts a signed PDF prints around the sheet (Chinese by default). An
     * encrypted folder takes its password from LOGICHECK_DB_PASSWORD or a console prompt (ADR 0017).
     */
    public static AppContext open(Path dataDir, Clock clock, Messages messages) {
        return open(dataDir, clock, messages, DatabaseKeys.fromEnvironmentOrConsole(messages));
    }

    /** {@code key} is asked only when the folder is encrypted; a wrong key is refused and changes nothing. */
    public static AppContext open(Path dataDir, Clock clock, Messages messages, Supplier<DatabaseKey> key) {
        return open(dataDir, clock, messages, key, new PasswordHasher());
    }

    /**
     * {@code passwords}: how log-in passwords are hashed — the production strength everywhere but in tests, which
     * hand in a cheaper one here (ADR 0036) instead of a system property the installed app would also read.
     */
    public static AppContext open(Path dataDir, Clock clock, Messages messages, Supplier<DatabaseKey> key,
                                  PasswordHasher passwords) {
        DataDirectory dir = new DataDirectory(dataDir).prepare().lock();
        try {
            DatabaseKey k = dir.encrypted() ? DatabaseKeys.required(key.get()) : DatabaseKey.NONE;
            try {
                return new AppContext(dir, Database.open(dir.databaseFile(), k), clock, messages, passwords);
            } finally {
                k.wipe();
            }
        } catch (RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    public static final String KEEP_DAILY = "backup.keepDaily";
    public static final String KEEP_WEEKLY = "backup.keepWeekly";

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Clock clock() {
        return clock;
    }

    public TemplateFiles templateFiles() {
        return templateFiles;
    }

    public TemplateRepository templates() {
        return templates;
    }

    public ReferenceRepository reference() {
        return reference;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public InspectionRepository inspections() {
        return inspections;
    }

    public PhotoStore photos() {
        return photos;
    }

    public InspectionService inspectionService() {
        return inspectionService;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }

    public SchemeRepository schemes() {
        return schemes;
    }

    public AssessmentService assessmentService() {
        return assessmentService;
    }

    /** The month's sheets as the assessment reads them (also for the Excel export). */
    public AssessmentSheets assessmentSheets() {
        return assessmentSheets;
    }

    public AssessmentEntries assessmentEntries() {
        return assessmentEntries;
    }

    /** 满意度调查表 as Excel: blank form and import (texts in the language the context was opened with). */
    public SurveyForms surveyForms() {
        return surveyForms;
    }

    public SignedSheetRepository signedSheets() {
        return signedSheets;
    }

    public TrustRepository trust() {
        return trust;
    }

    public SheetRecords sheetRecords() {
        return sheetRecords;
    }

    public SigningService signingService() {
        return signingService;
    }

    public ExportService exportService() {
        return exportService;
    }

    public VerifyService verifyService() {
        return verifyService;
    }

    public SyncRepository syncRepository() {
        return syncRepository;
    }

    public SheetImporter sheetImporter() {
        return sheetImporter;
    }

    public SheetExporter sheetExporter() {
        return sheetExporter;
    }

    /** Signed reference-data packages (基础数据包, ADR 0019). */
    public ReferenceExporter referenceExporter() {
        return referenceExporter;
    }

    /** Reference data as a snapshot, merged from packages (ADR 0019). */
    public ReferenceSyncRepository referenceSync() {
        return referenceSync;
    }

    /** Steps of rectification orders and closings of months recorded for signing and sync (ADR 0022). */
    public RecordLog recordLog() {
        return recordLog;
    }

    /** Signs the current user's records and copies every signed record to a sync folder (ADR 0022). */
    public RecordExporter recordExporter() {
        return recordExporter;
    }

    /** Open sync conflicts and their resolution (ADR 0019). */
    public SyncConflicts syncConflicts() {
        return syncConflicts;
    }

    public RectificationService rectificationService() {
        return rectificationService;
    }

    public RectificationDeskService rectificationDesk() {
        return rectificationDesk;
    }

    public RectificationNotices rectificationNotices() {
        return rectificationNotices;
    }

    /** 模板编辑: working copies, publishing, Excel import/export. */
    public TemplateEditorService templateEditor() {
        return templateEditor;
    }

    /** Backups of this folder, online copies of the open database (ADR 0016). */
    public Backups backups() {
        return backups;
    }

    /** 账号: log-in, passwords, roles (ADR 0013). */
    public AccountService accounts() {
        return accounts;
    }

    /** 首次设置: the first-run wizard's writes (ADR 0014). */
    public OrganisationSetup organisationSetup() {
        return organisationSetup;
    }

    /** The idle-lock minutes and other session settings an admin changes. */
    public SessionSettings sessionSettings() {
        return sessionSettings;
    }

    /** 演示数据: a realistic month (CLI {@code demo}, the wizard's 填入演示数据). */
    public DemoMonth demoMonth() {
        return demoMonth;
    }

    /** The desk's steps on an order (report fixed / re-inspect with photos, close) and its detail. */
    public RectificationSteps rectificationSteps() {
        return rectificationSteps;
    }

    /** The rectification orders read and written as if at {@code at}'s time (demo data spread over past days). */
    public RectificationRepository rectificationRepositoryAt(Clock at) {
        return new RectificationRepository(database.dsl(), at, changeLog, recordLog);
    }

    /** 层级检查: inspection plans and what each level missed. */
    public InspectionPlanService inspectionPlans() {
        return inspectionPlans;
    }

    /** 基础资料: places, providers, contracts and their 考核办法 after the first run (refdata). */
    public ReferenceData referenceData() {
        return referenceData;
    }

    /** The one bundled font of this context's PDFs, for a writer made outside it (the monthly report). */
    public CjkFont font() {
        return font;
    }

    /** The organisation's logo as the signed sheet, the 整改通知单 and the 月服务质量报告 print it (ADR 0024). */
    public Letterhead letterhead() {
        return letterhead;
    }

    /** 单位设置: name, logo, idle lock, this laptop's language and sync folder, logged and undoable (ADR 0024). */
    public OrganisationSettings organisationSettings() {
        return organisationSettings;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            dataDirectory.close();
        }
    }
}
