package com.logicheck.app;

import com.logicheck.catalog.BuiltInSchemes;
import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.SchemeFiles;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.persistence.AssessmentMonthRepository;
import com.logicheck.persistence.AssessmentSheets;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.Database;
import com.logicheck.persistence.IncidentRepository;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.ReliefRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.SettingsRepository;
import com.logicheck.persistence.SurveyRepository;
import com.logicheck.persistence.TemplateRepository;
import com.logicheck.scoring.SheetScorer;
import com.logicheck.scoring.assessment.MonthlyAssessmentCalculator;
import com.logicheck.service.AssessmentEntries;
import com.logicheck.service.AssessmentService;
import com.logicheck.service.CurrentUser;
import com.logicheck.service.InspectionService;
import com.logicheck.service.SchemeCatalog;
import com.logicheck.service.TemplateCatalog;
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

    private AppContext(DataDirectory dataDirectory, Database database, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.clock = clock;
        this.templateFiles = new TemplateFiles();
        this.templates = new TemplateRepository(database.dsl(), clock);
        this.reference = new ReferenceRepository(database.dsl(), clock);
        this.settings = new SettingsRepository(database.dsl());
        ChangeLog changeLog = new ChangeLog(clock, settings.deviceId());
        this.inspections = new InspectionRepository(database.dsl(), clock, changeLog);
        this.photos = new PhotoStore(database.dsl(), dataDirectory.photos(), clock, changeLog);
        this.inspectionService = new InspectionService(inspections, templates, new SheetScorer());
        this.currentUser = new CurrentUser(reference, settings);
        new TemplateCatalog(new BuiltInTemplates(templateFiles), templateFiles, templates).installBuiltIns();
        SchemeFiles schemeFiles = new SchemeFiles();
        this.schemes = new SchemeRepository(database.dsl(), clock, changeLog, schemeFiles);
        new SchemeCatalog(new BuiltInSchemes(schemeFiles), schemes).installBuiltIns();
        SurveyRepository surveys = new SurveyRepository(database.dsl(), clock, changeLog);
        IncidentRepository incidents = new IncidentRepository(database.dsl(), clock, changeLog);
        ReliefRepository reliefs = new ReliefRepository(database.dsl(), clock, changeLog);
        this.assessmentService = new AssessmentService(reference, templates, schemes,
                new AssessmentSheets(database.dsl(), clock.getZone()), surveys, incidents, reliefs,
                new AssessmentMonthRepository(database.dsl(), clock, changeLog),
                new MonthlyAssessmentCalculator(new SheetScorer()));
        this.assessmentEntries = new AssessmentEntries(assessmentService, templates, surveys, incidents, reliefs);
    }

    public static AppContext open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    public static AppContext open(Path dataDir, Clock clock) {
        DataDirectory dir = new DataDirectory(dataDir).prepare().lock();
        try {
            return new AppContext(dir, Database.open(dir.databaseFile()), clock);
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

    public AssessmentEntries assessmentEntries() {
        return assessmentEntries;
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
