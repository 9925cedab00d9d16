package com.logicheck.app.modules;

import com.logicheck.catalog.BuiltInSchemes;
import com.logicheck.catalog.BuiltInTemplates;
import com.logicheck.catalog.SchemeFiles;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.persistence.SettingsRepository;
import com.logicheck.persistence.SignedSheetRepository;
import com.logicheck.service.SchemeCatalog;
import com.logicheck.service.TemplateCatalog;
import java.util.List;
import java.util.UUID;

/**
 * What opening a data folder writes to it, after the database is open and migrated: this laptop's device id (before
 * the core, whose change log stamps it on every row), then {@link #after(SharedCore) the steps that need the core}, in order.
 */
public final class StartupSteps {

    private StartupSteps() {
    }

    /** 设备编号: this laptop's id, made and stored at the first open of the folder. */
    public static UUID deviceId(SettingsRepository settings) {
        return settings.deviceId();
    }

    /** The steps that run once the core is built, in the order they run. */
    public static List<StartupStep> after(SharedCore core) {
        return List.of(
                new StartupStep("complete pending signed sheets", () -> completePendingSignedSheets(core)),
                new StartupStep("install built-in templates", () -> installBuiltInTemplates(core)),
                new StartupStep("install built-in schemes", () -> installBuiltInSchemes(core)));
    }

    /** A signed sheet whose database commit a crash separated from its file is put in place (ADR 0028). */
    static void completePendingSignedSheets(SharedCore core) {
        core.signingFiles().completePending(id -> core.signedSheets().state(id)
                .filter(s -> s.status() == InspectionStatus.SIGNED || s.status() == InspectionStatus.SUPERSEDED)
                .map(SignedSheetRepository.SheetState::contentHash));
    }

    /** Every built-in 考核表 version is in the database (new versions added, old ones kept). */
    static void installBuiltInTemplates(SharedCore core) {
        new TemplateCatalog(BuiltIns.TEMPLATES, core.templateFiles(), core.templates()).installBuiltIns();
    }

    /** Every built-in 考核办法 version is in the database. */
    static void installBuiltInSchemes(SharedCore core) {
        new SchemeCatalog(BuiltIns.SCHEMES, core.schemes()).installBuiltIns();
    }

    /**
     * The built-ins parsed from the classpath once per run, at the first open: they are immutable values and the jar
     * does not change while it runs, and parsing them at every open cost a few hundred milliseconds (the full suite
     * opens a data folder hundreds of times).
     */
    private static final class BuiltIns {
        static final List<ChecklistTemplate> TEMPLATES = List.copyOf(new BuiltInTemplates(new TemplateFiles()).load());
        static final List<AssessmentScheme> SCHEMES = List.copyOf(new BuiltInSchemes(new SchemeFiles()).load());
    }
}
