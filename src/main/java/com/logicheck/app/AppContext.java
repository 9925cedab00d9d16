package com.logicheck.app;

import com.logicheck.app.modules.AccountsModule;
import com.logicheck.app.modules.AssessmentModule;
import com.logicheck.app.modules.BackupModule;
import com.logicheck.app.modules.InspectionModule;
import com.logicheck.app.modules.PlansModule;
import com.logicheck.app.modules.RectificationModule;
import com.logicheck.app.modules.ReferenceDataModule;
import com.logicheck.app.modules.SettingsModule;
import com.logicheck.app.modules.SharedCore;
import com.logicheck.app.modules.StartupStep;
import com.logicheck.app.modules.StartupSteps;
import com.logicheck.app.modules.SyncModule;
import com.logicheck.app.modules.TemplateEditingModule;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.Database;
import com.logicheck.persistence.DatabaseKey;
import com.logicheck.persistence.SettingsRepository;
import com.logicheck.service.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root of one open data folder: {@link #open} prepares and locks the folder, opens (and migrates) the
 * database, runs the startup steps in order ({@link StartupSteps}) and builds the shared core and each feature module
 * once, every one from the parts it names. The app, the CLI and the tests take a feature's services from its module
 * ({@code context.inspection().service()}); a new feature is a new module in {@code app.modules} (ADR 0037). Build
 * one with {@code open}: the record's own constructor runs no startup step and is there for the record's sake.
 *
 * @param core            the folder, database, clock, texts, shared repositories and PDF tools the modules are built from
 * @param inspection      检查: sheets, their records and photos, signing, export and verification
 * @param rectification   整改: orders, the desk and its notices
 * @param plans           层级检查: inspection plans
 * @param assessment      月度考核 and its entries
 * @param sync            同步: exports, imports and conflicts
 * @param accounts        账号, 首次设置 and the demo month
 * @param settings        单位设置 and the session settings
 * @param referenceData   基础资料 after the first run
 * @param templateEditing 模板编辑
 * @param backup          备份与恢复
 */
public record AppContext(SharedCore core, InspectionModule inspection, RectificationModule rectification,
                         PlansModule plans, AssessmentModule assessment, SyncModule sync, AccountsModule accounts,
                         SettingsModule settings, ReferenceDataModule referenceData,
                         TemplateEditingModule templateEditing, BackupModule backup) implements AutoCloseable {

    /** Every module of {@code core}, each built once, in the order their dependencies ask for. */
    private static AppContext of(SharedCore core) {
        InspectionModule inspection = InspectionModule.build(core);
        RectificationModule rectification = RectificationModule.build(core);
        PlansModule plans = PlansModule.build(core);
        AccountsModule accounts = AccountsModule.build(core, plans);
        return new AppContext(core, inspection, rectification, plans, AssessmentModule.build(core),
                SyncModule.build(core, inspection), accounts, SettingsModule.build(core, accounts.service()),
                ReferenceDataModule.build(core, inspection), TemplateEditingModule.build(core), BackupModule.build(core, appVersion()));
    }

    /** This build's version (from the jar manifest), "dev" when run from the classes folder. */
    public static String appVersion() {
        String v = AppContext.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
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
        return open(dataDir, clock, messages, passwords, dir -> {
            DatabaseKey k = dir.encrypted() ? DatabaseKeys.required(key.get()) : DatabaseKey.NONE;
            try {
                return Database.open(dir.databaseFile(), k);
            } finally {
                k.wipe();
            }
        });
    }

    /**
     * {@code database}: opens the database for the locked folder — the H2 file in it (above), or a PostgreSQL
     * server's ({@link Database#openServer}, ADR 0038) while photos, signed files and keys stay in the folder.
     */
    public static AppContext open(Path dataDir, Clock clock, Messages messages, PasswordHasher passwords,
                                  Function<DataDirectory, Database> database) {
        DataDirectory dir = new DataDirectory(dataDir).prepare().lock();
        try {
            Database db = database.apply(dir);
            try {
                return start(dir, db, clock, messages, passwords);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** The startup steps in order, then the modules: nothing else writes to the folder while it opens. */
    private static AppContext start(DataDirectory dir, Database database, Clock clock, Messages messages,
                                    PasswordHasher passwords) {
        UUID device = StartupSteps.deviceId(new SettingsRepository(database.dsl()));
        SharedCore core = SharedCore.of(dir, database, clock, messages, passwords, device);
        List<StartupStep> steps = StartupSteps.after(core);
        steps.forEach(StartupStep::run);
        return of(core);
    }

    public DataDirectory dataDirectory() {
        return core.dataDirectory();
    }

    public Clock clock() {
        return core.clock();
    }

    @Override
    public void close() {
        core.signingFiles().sessionKeys().clear(); // the signing keys of this session live no longer than it
        try {
            core.database().close();
        } finally {
            core.dataDirectory().close();
        }
    }
}
