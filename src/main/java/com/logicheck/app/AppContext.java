package com.logicheck.app;

import com.logicheck.catalog.BuiltInSchemes;
import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.SchemeFiles;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.persistence.AssessmentMonthRepository;
import com.logicheck.persistence.AssessmentSheets;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.CjkFont;
import com.logicheck.pdf.NoticePdfWriter;
import com.logicheck.pdf.PdfSigner;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.pdf.SheetPdfWriter;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.Database;
import com.logicheck.persistence.IncidentRepository;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.RectificationDesk;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.ReliefRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.SettingsRepository;
import com.logicheck.persistence.SurveyRepository;
import com.logicheck.persistence.SyncRepository;
import com.logicheck.sync.SheetExporter;
import com.logicheck.sync.SheetImporter;
import com.logicheck.persistence.SignedSheetRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.persistence.TrustRepository;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.scoring.assessment.MonthlyAssessmentCalculator;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.ExportService;
import com.logicheck.service.InspectionService;
import com.logicheck.service.RectificationDeskService;
import com.logicheck.service.RectificationNotices;
import com.logicheck.service.RectificationService;
import com.logicheck.service.RectificationSettings;
import com.logicheck.service.RectificationSteps;
import com.logicheck.service.InspectionPlanService;
import com.logicheck.persistence.InspectionPlanRepository;
import com.logicheck.service.SchemeCatalog;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SigningFiles;
import com.logicheck.service.SigningService;
import com.logicheck.service.TemplateCatalog;
import com.logicheck.service.VerifyService;
import java.nio.file.Path;
import java.time.Clock;

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
    private final RectificationService rectificationService;
    private final RectificationDeskService rectificationDesk;
    private final RectificationNotices rectificationNotices;
    private final RectificationSteps rectificationSteps;
    private final InspectionPlanService inspectionPlans;
    private final ChangeLog changeLog;

    private AppContext(DataDirectory dataDirectory, Database database, Clock clock, Messages messages) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.clock = clock;
        this.templateFiles = new TemplateFiles();
        this.templates = new TemplateRepository(database.dsl(), clock);
        this.reference = new ReferenceRepository(database.dsl(), clock);
        this.settings = new SettingsRepository(database.dsl());
        ChangeLog changeLog = new ChangeLog(clock, settings.deviceId());
        this.changeLog = changeLog;
        this.inspections = new InspectionRepository(database.dsl(), clock, changeLog);
        this.photos = new PhotoStore(database.dsl(), dataDirectory.photos(), clock, changeLog);
        this.inspectionService = new InspectionService(inspections, templates, new SheetScorer());
        this.currentUser = new CurrentUser(reference, settings);
        this.signedSheets = new SignedSheetRepository(database.dsl(), clock, changeLog);
        this.trust = new TrustRepository(database.dsl(), clock);
        this.sheetRecords = new SheetRecords(inspectionService, signedSheets, reference, photos);
        SigningFiles signingFiles = new SigningFiles(dataDirectory.signedSheets(), dataDirectory.keys());
        this.signingService = new SigningService(inspectionService, signedSheets, sheetRecords, trust,
                new SheetPdfWriter(new CjkFont(), messages), new PdfSigner(), messages, signingFiles, clock);
        this.exportService = new ExportService(signedSheets, signingFiles, messages, clock.getZone());
        this.verifyService = new VerifyService(new PdfVerifier(), trust);
        this.syncRepository = new SyncRepository(database.dsl(), clock, changeLog);
        this.sheetImporter = new SheetImporter(new PdfVerifier(), trust::isTrusted, syncRepository, templates,
                signingFiles, SheetImporter.DEFAULT_MAX_FILE_BYTES);
        this.sheetExporter = new SheetExporter(syncRepository, signedSheets, exportService, signingFiles);
        new TemplateCatalog(new BuiltInTemplates(templateFiles), templateFiles, templates).installBuiltIns();
        SchemeFiles schemeFiles = new SchemeFiles();
        this.schemes = new SchemeRepository(database.dsl(), clock, changeLog, schemeFiles);
        new SchemeCatalog(new BuiltInSchemes(schemeFiles), schemes).installBuiltIns();
        SurveyRepository surveys = new SurveyRepository(database.dsl(), clock, changeLog);
        IncidentRepository incidents = new IncidentRepository(database.dsl(), clock, changeLog);
        ReliefRepository reliefs = new ReliefRepository(database.dsl(), clock, changeLog);
        this.assessmentSheets = new AssessmentSheets(database.dsl(), clock.getZone());
        this.assessmentService = new AssessmentService(reference, templates, schemes, assessmentSheets, surveys,
                incidents, reliefs,
                new AssessmentMonthRepository(database.dsl(), clock, changeLog),
                new MonthlyAssessmentCalculator(new SheetScorer()));
        this.assessmentEntries = new AssessmentEntries(assessmentService, templates, surveys, incidents, reliefs);
        this.rectificationService = new RectificationService(new RectificationRepository(database.dsl(), clock, changeLog),
                new RectificationSettings(settings), clock);
        this.rectificationDesk = new RectificationDeskService(new RectificationDesk(database.dsl()), settings, clock);
        this.rectificationNotices = new RectificationNotices(rectificationService, reference,
                new NoticePdfWriter(new CjkFont(), messages), messages, new PdfSigner(), signingFiles, trust, clock);
        this.rectificationSteps = new RectificationSteps(rectificationService.orders(), photos, reference, clock);
        this.inspectionPlans = new InspectionPlanService(new InspectionPlanRepository(database.dsl(), clock, changeLog),
                reference, clock);
    }

    public static AppContext open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    public static AppContext open(Path dataDir, Clock clock) {
        return open(dataDir, clock, Messages.forLanguage(null));
    }

    /** {@code messages}: the language of the texts a signed PDF prints around the sheet (Chinese by default). */
    public static AppContext open(Path dataDir, Clock clock, Messages messages) {
        DataDirectory dir = new DataDirectory(dataDir).prepare().lock();
        try {
            return new AppContext(dir, Database.open(dir.databaseFile()), clock, messages);
        } catch (RuntimeException e) {
            dir.close();
            throw e;
        }
    }

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

    public RectificationService rectificationService() {
        return rectificationService;
    }

    public RectificationDeskService rectificationDesk() {
        return rectificationDesk;
    }

    public RectificationNotices rectificationNotices() {
        return rectificationNotices;
    }

    /** The desk's steps on an order (report fixed / re-inspect with photos, close) and its detail. */
    public RectificationSteps rectificationSteps() {
        return rectificationSteps;
    }

    /** The rectification orders read and written as if at {@code at}'s time (demo data spread over past days). */
    public RectificationRepository rectificationRepositoryAt(Clock at) {
        return new RectificationRepository(database.dsl(), at, changeLog);
    }

    /** 层级检查: inspection plans and what each level missed. */
    public InspectionPlanService inspectionPlans() {
        return inspectionPlans;
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
