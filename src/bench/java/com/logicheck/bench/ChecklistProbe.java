package com.logicheck.bench;

import com.logicheck.app.AppContext;
import com.logicheck.app.ScreenParts;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.i18n.Messages;
import com.logicheck.service.InspectionService;
import com.logicheck.ui.MainWindow;
import com.logicheck.ui.SignedSheetServices;
import com.logicheck.ui.UiFonts;
import com.logicheck.ui.UiServices;
import com.logicheck.ui.WindowParts;
import com.logicheck.ui.backup.BackupScreens;
import com.logicheck.ui.common.BackgroundTaskExecutor;
import com.logicheck.ui.common.FxDialogs;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Child JVM of the checklist row: the real main window on the dataset (toolkit started once), then, run after
 * run, the checklist of the 100-item draft is requested through the window's navigator and timed until a
 * layout pulse has laid out its list with every row and at least one filled cell; then back to 首页 (and its
 * lists filled) before the next run. Baseline: the same sheet's data (sheet, template, answers, score) through
 * {@code InspectionService}, without UI, timed in the same runs.
 * <p>The navigator's {@code checklist(UUID, UUID)} and {@code home()} are looked up reflectively so that this
 * class compiles against main before and after the checklist screen lands; without them it reports so.
 */
public final class ChecklistProbe {
    private ChecklistProbe() {
    }

    /** Arguments: data folder, draft id, runs, warm-up runs. */
    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.out.flush();
        System.exit(status); // the FX thread would keep a failed run alive
    }

    private static void run(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        UUID draftId = UUID.fromString(args[1]);
        int runs = Integer.parseInt(args[2]);
        int warmUp = Integer.parseInt(args[3]);
        Method checklist;
        Method home;
        try {
            checklist = MainWindow.class.getMethod("checklist", UUID.class, UUID.class);
            home = MainWindow.class.getMethod("home");
        } catch (NoSuchMethodException e) {
            ChildJvm.report("missing", "MainWindow has no checklist(UUID, UUID) navigation yet");
            return;
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        double[] ui = new double[runs];
        double[] data = new double[runs];
        int expectedRows;
        try (AppContext context = AppContext.open(dir)) {
            InspectionService service = context.inspection().service();
            expectedRows = service.template(service.inspection(draftId)).itemCount();
            Messages messages = Messages.forLanguage(null);
            UiServices services = ScreenParts.services(context, messages, context.clock(), new FxDialogs(messages));
            SignedSheetServices sheets = ScreenParts.sheets(context, file -> { });
            // the window without log-in, backups, sync, desk or settings, as the app's parts but none offered
            WindowParts parts = new WindowParts(ScreenParts.accounts(context, context.clock()),
                    new BackupScreens(context.backup().service(), backup -> { }, messages, Platform::runLater,
                            services.dialogs()),
                    ScreenParts.sync(context), ScreenParts.desk(context), context.settings().organisation(),
                    EnumSet.noneOf(WindowParts.Feature.class));
            Stage[] stage = new Stage[1];
            MainWindow window = onFx(() -> {
                UiFonts.load();
                MainWindow w = new MainWindow(services, sheets, parts,
                        new BackgroundTaskExecutor(Platform::runLater));
                stage[0] = new Stage();
                w.show(stage[0]);
                return w;
            });
            Scene scene = stage[0].getScene();
            await(scene, awaitLaidOut(scene, ChecklistProbe::homeFilled), "the home lists");
            for (int i = -warmUp; i < runs; i++) {
                CompletableFuture<Long> shown = onFx(() -> {
                    long t0 = System.nanoTime();
                    CompletableFuture<Void> laidOut = awaitLaidOut(scene, s -> checklistLaidOut(s, expectedRows));
                    checklist.invoke(window, draftId, null);
                    return laidOut.thenApply(v -> System.nanoTime() - t0);
                });
                long uiNanos = await(scene, shown, "the checklist");
                long d0 = System.nanoTime();
                Inspection sheet = service.inspection(draftId);
                service.template(sheet);
                service.results(sheet.id());
                service.score(sheet);
                long dataNanos = System.nanoTime() - d0;
                CompletableFuture<Void> back = onFx(() -> {
                    CompletableFuture<Void> filled = awaitLaidOut(scene, ChecklistProbe::homeFilled);
                    home.invoke(window);
                    return filled;
                });
                await(scene, back, "the home lists again");
                if (i >= 0) {
                    ui[i] = uiNanos / 1e6;
                    data[i] = dataNanos / 1e6;
                }
            }
            onFx(() -> {
                try {
                    MainWindow.class.getMethod("close").invoke(window);
                } catch (NoSuchMethodException e) {
                    // the placeholder window has nothing to close
                }
                stage[0].hide();
                return null;
            });
        }
        ChildJvm.report("ui.median", Stats.median(ui));
        ChildJvm.report("data.median", Stats.median(data));
        ChildJvm.report("runs", runs);
        ChildJvm.report("rows", "≥ " + expectedRows);
    }

    /** Waits up to 2 minutes; on a timeout, says what the window showed. */
    private static <T> T await(Scene scene, CompletableFuture<T> future, String what) throws Exception {
        try {
            return future.get(2, TimeUnit.MINUTES);
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder shown = new StringBuilder();
            onFx(() -> {
                walk(scene.getRoot(), n -> {
                    if (n instanceof TableView<?> t) {
                        shown.append(" table ").append(t.getId()).append('=').append(t.getItems().size());
                    } else if (n instanceof ListView<?> l) {
                        shown.append(" list ").append(l.getId()).append('=').append(l.getItems().size())
                                .append(" skin=").append(l.getSkin() != null).append(" needsLayout=")
                                .append(l.needsLayoutProperty().get()).append(" cells=")
                                .append(l.lookupAll(".list-cell").size());
                    } else if (n instanceof javafx.scene.control.Label l && !l.getText().isBlank()) {
                        shown.append(" label '").append(l.getText()).append('\'');
                    }
                });
                return null;
            });
            throw new IllegalStateException("timed out waiting for " + what + "; the window showed:" + shown, e);
        }
    }

    /** Completes on the first layout pulse after which the condition holds. Call on the FX thread. */
    private static CompletableFuture<Void> awaitLaidOut(Scene scene, Predicate<Scene> condition) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!done.isDone() && condition.test(scene)) {
                scene.removePostLayoutPulseListener(listener[0]);
                done.complete(null);
            }
        };
        if (Platform.isFxApplicationThread()) {
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        } else {
            Platform.runLater(() -> {
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
        }
        return done;
    }

    private static boolean homeFilled(Scene scene) {
        int[] tables = {0, 0};
        walk(scene.getRoot(), n -> {
            if (n instanceof TableView<?> t) {
                tables[0]++;
                tables[1] += t.getItems().isEmpty() ? 1 : 0;
            }
        });
        return tables[0] > 0 && tables[1] == 0;
    }

    private static boolean checklistLaidOut(Scene scene, int expectedRows) {
        boolean[] ok = {false};
        walk(scene.getRoot(), n -> {
            if (n instanceof ListView<?> list && list.getItems().size() >= expectedRows && list.getSkin() != null) {
                ok[0] |= list.lookupAll(".list-cell").stream().anyMatch(c -> c instanceof ListCell<?> cell
                        && cell.getItem() != null && cell.isVisible());
            }
        });
        return ok[0];
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        if (node == null || !node.isVisible()) {
            return;
        }
        visit.accept(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(2, TimeUnit.MINUTES);
    }
}
