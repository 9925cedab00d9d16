package com.logicheck.ui;

import com.logicheck.app.AppContext;
import com.logicheck.i18n.Messages;
import com.logicheck.service.OrganisationSettings;
import com.logicheck.service.ReferenceDirectory;
import com.logicheck.service.SheetLists;
import com.logicheck.service.SheetPhotos;
import com.logicheck.ui.checklist.PhotoChooser;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.entries.EntryFiles;
import com.logicheck.ui.entries.EntryServices;
import com.logicheck.ui.sync.SyncServices;
import java.time.Clock;

/**
 * Builds what a UI test shows — the screens' services, a {@link ScreenFactory} or a whole {@link MainWindow} — from
 * a data folder, with only the parts the test names (log-in, sync, desk, settings, 基础资料) and test doubles for the
 * rest: queued file dialogs, photos and evidence files, a synchronous executor, a recording navigator. Tests call
 * the one constructor of the factory and the window through this, never with nulls.
 */
public final class TestWindows {
    private final AppContext context;
    private Messages messages = Messages.forLanguage("zh");
    private Clock clock;
    private EntryFiles entryFiles = new QueuedEntryFiles();
    private boolean referenceData;
    private UiServices services;
    private SignedSheetServices sheets;
    private WindowParts parts = WindowParts.NONE;
    private TaskExecutor executor = TaskExecutor.synchronous();
    private Navigator navigator = new RecordingNavigator();
    private PhotoChooser photos = new FxScreens.QueuedPhotos();

    private TestWindows(AppContext context) {
        this.context = context;
        this.clock = context.clock();
    }

    public static TestWindows of(AppContext context) {
        return new TestWindows(context);
    }

    /** The fixture's data folder, messages and evidence files. */
    public static TestWindows of(UiFixture fx) {
        return of(fx.context).messages(fx.messages).entryFiles(fx.entryFiles);
    }

    public TestWindows messages(Messages m) {
        this.messages = m;
        return this;
    }

    public TestWindows clock(Clock c) {
        this.clock = c;
        return this;
    }

    public TestWindows entryFiles(EntryFiles files) {
        this.entryFiles = files;
        return this;
    }

    /** With 基础资料 (the home screen then offers it). */
    public TestWindows withReferenceData() {
        this.referenceData = true;
        return this;
    }

    /** These services instead of the ones built from the data folder. */
    public TestWindows services(UiServices s) {
        this.services = s;
        return this;
    }

    public TestWindows sheets(SignedSheetServices s) {
        this.sheets = s;
        return this;
    }

    public TestWindows accounts(AccountServices a) {
        parts = parts.withAccounts(a);
        return this;
    }

    public TestWindows sync(SyncServices s) {
        parts = parts.withSync(s);
        return this;
    }

    public TestWindows desk(DeskServices d) {
        parts = parts.withDesk(d);
        return this;
    }

    public TestWindows settings(OrganisationSettings o) {
        parts = parts.withSettings(o);
        return this;
    }

    public TestWindows executor(TaskExecutor e) {
        this.executor = e;
        return this;
    }

    public TestWindows navigator(Navigator n) {
        this.navigator = n;
        return this;
    }

    public TestWindows photos(PhotoChooser p) {
        this.photos = p;
        return this;
    }

    public UiServices services() {
        if (services != null) {
            return services;
        }
        return new UiServices(context.inspectionService(), new SheetLists(context.inspections(), context.templates()),
                context.sheetRecords(), new ReferenceDirectory(context.reference()), new SheetPhotos(context.photos()),
                context.currentUser(), messages, clock, context.assessmentService(), context.templateEditor(),
                new EntryServices(context.assessmentEntries(), context.surveyForms(), entryFiles),
                referenceData ? context.referenceData() : null);
    }

    private SignedSheetServices sheets() {
        if (sheets != null) {
            return sheets;
        }
        FxScreens.QueuedFiles files = new FxScreens.QueuedFiles();
        return new SignedSheetServices(context.signingService(), context.exportService(), context.verifyService(),
                files, files);
    }

    /** The factory; the user's session is resolved first, as the app does when it opens the data folder. */
    public ScreenFactory screens() {
        context.currentUser().resolve();
        return new ScreenFactory(services(), sheets(), parts, executor, navigator, photos);
    }

    /** The main window; it is its own navigator. */
    public MainWindow window() {
        context.currentUser().resolve();
        return new MainWindow(services(), sheets(), parts, executor, photos);
    }
}
