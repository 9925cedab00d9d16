package com.logicheck.app;

import com.logicheck.domain.DomainException;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.DeskServices;
import com.logicheck.ui.MainWindow;
import com.logicheck.ui.UiFonts;
import com.logicheck.ui.SignedSheetServices;
import com.logicheck.ui.UiServices;
import com.logicheck.ui.common.FxFileDialogs;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application: opens the data folder off the UI thread, then shows the main window. */
public final class LogiCheckApp extends Application {
    private static Path dataDir;
    private static Messages messages;
    private AppContext context;
    private MainWindow window;
    private DomainException startupProblem;

    static void launch(Path dir, Messages msgs) {
        dataDir = dir;
        messages = msgs;
        Application.launch(LogiCheckApp.class);
    }

    @Override
    public void init() {
        UiFonts.load();
        try {
            context = AppContext.open(dataDir);
        } catch (DomainException e) {
            startupProblem = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupProblem != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.problems(startupProblem));
            alert.setHeaderText(messages.get("app.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = new MainWindow(services(context, messages), sheetServices(context, messages), deskServices(context));
        window.show(stage);
        StartupProbe.watch(stage);
    }

    /** The screens' services, also used by the benchmark to build the real main window. */
    public static UiServices services(AppContext context, Messages messages) {
        return new UiServices(context.inspectionService(), context.inspections(), context.templates(),
                context.reference(), context.photos(), context.currentUser(), messages, context.clock(),
                context.assessmentService());
    }

    /** The desk's services (整改台账, start-up overdue notice, 层级检查). */
    public static DeskServices deskServices(AppContext context) {
        return new DeskServices(context.rectificationDesk(), context.rectificationSteps(), context.rectificationNotices(),
                context.inspectionPlans());
    }

    SignedSheetServices sheetServices(AppContext context, Messages messages) {
        return new SignedSheetServices(context.signingService(), context.exportService(), context.verifyService(),
                new FxFileDialogs(messages), file -> getHostServices().showDocument(file.toUri().toString()));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
