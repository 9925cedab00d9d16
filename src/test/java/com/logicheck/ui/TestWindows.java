package com.logicheck.ui;

import com.logicheck.app.AppContext;
import com.logicheck.app.ScreenParts;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.WindowParts.Feature;
import com.logicheck.ui.backup.BackupScreens;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import com.logicheck.ui.sync.SyncServices;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Builds what a UI test shows — the screens' services, a {@link ScreenFactory} or a whole {@link MainWindow} — from
 * a data folder's real modules ({@link ScreenParts}, as the app wires them), with test doubles where the app would
 * talk to the user or the system: queued dialogs and a recording viewer, a synchronous executor, a recording
 * navigator. Every part of the window is built; the window offers only the parts the test names (log-in, sync, desk,
 * settings, 基础资料, backups), so the home screen shows what the test is about. Tests call the one constructor of
 * the factory and the window through this.
 */
public final class TestWindows {
    private final AppContext context;
    private Messages messages = Messages.forLanguage("zh");
    private Clock clock;
    private QueuedDialogs dialogs = new QueuedDialogs();
    private UiServices services;
    private SignedSheetServices sheets;
    private AccountServices accounts;
    private SyncServices sync;
    private DeskServices desk;
    private final Set<Feature> offered = EnumSet.noneOf(Feature.class);
    private TaskExecutor executor = TaskExecutor.synchronous();
    private Navigator navigator = new RecordingNavigator();

    private TestWindows(AppContext context) {
        this.context = context;
        this.clock = context.clock();
    }

    public static TestWindows of(AppContext context) {
        return new TestWindows(context);
    }

    /** The fixture's data folder, messages and dialogs. */
    public static TestWindows of(UiFixture fx) {
        return of(fx.context).messages(fx.messages).dialogs(fx.dialogs);
    }

    public TestWindows messages(Messages m) {
        this.messages = m;
        return this;
    }

    public TestWindows clock(Clock c) {
        this.clock = c;
        return this;
    }

    /** The user's answers to every dialog, and the viewer the signed-sheet screens open files in. */
    public TestWindows dialogs(QueuedDialogs d) {
        this.dialogs = d;
        return this;
    }

    /** With 基础资料 (the home screen then offers it). */
    public TestWindows withReferenceData() {
        offered.add(Feature.REFERENCE_DATA);
        return this;
    }

    /** With 单位设置 (the home screen then offers it). */
    public TestWindows withSettings() {
        offered.add(Feature.SETTINGS);
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

    /** With log-in and the idle lock, through these services. */
    public TestWindows accounts(AccountServices a) {
        this.accounts = a;
        offered.add(Feature.ACCOUNTS);
        return this;
    }

    /** With 同步, through these services. */
    public TestWindows sync(SyncServices s) {
        this.sync = s;
        offered.add(Feature.SYNC);
        return this;
    }

    /** With 整改台账 and 层级检查, through these services. */
    public TestWindows desk(DeskServices d) {
        this.desk = d;
        offered.add(Feature.DESK);
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

    public UiServices services() {
        return services != null ? services : ScreenParts.services(context, messages, clock, dialogs);
    }

    private SignedSheetServices sheets() {
        if (sheets != null) {
            return sheets;
        }
        return ScreenParts.sheets(context, dialogs, messages);
    }

    /** Every part built from the data folder (or the one the test gave), offered as the test named them. */
    private WindowParts parts() {
        return new WindowParts(accounts != null ? accounts : ScreenParts.accounts(context, clock),
                new BackupScreens(context.backup().service(), backup -> {
                    throw new UnsupportedOperationException("no restore in this test window");
                }, messages, Runnable::run, dialogs),
                sync != null ? sync : ScreenParts.sync(context), desk != null ? desk : ScreenParts.desk(context),
                context.settings().organisation(), offered);
    }

    /** The factory; the user's session is resolved first, as the app does when it opens the data folder. */
    public ScreenFactory screens() {
        context.core().currentUser().resolve();
        return new ScreenFactory(services(), sheets(), parts(), executor, navigator);
    }

    /** The main window; it is its own navigator. */
    public MainWindow window() {
        context.core().currentUser().resolve();
        return new MainWindow(services(), sheets(), parts(), executor);
    }
}
