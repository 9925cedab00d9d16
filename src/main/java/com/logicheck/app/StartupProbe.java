package com.logicheck.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Benchmark hook (启动探针), off unless {@code -Dlogicheck.startupProbe=true|exit}: once the stage is showing and
 * every visible table and list in it has rows, prints one line
 * {@code STARTUP_READY <ms since JVM start> rss=<kB> tables=<n> rows=<n>} to stdout; with {@code exit} the app
 * then quits normally. Used by the start-up row of the benchmark (src/docs/benchmark.md).
 */
public final class StartupProbe {
    public static final String PROPERTY = "logicheck.startupProbe";

    private StartupProbe() {
    }

    /** Call right after the stage is shown; does nothing unless the property is set. */
    public static void watch(Stage stage) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null || mode.isBlank() || "false".equals(mode)) {
            return;
        }
        Scene scene = stage.getScene();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            int[] counts = populated(stage.getScene());
            if (!stage.isShowing() || counts == null) {
                return;
            }
            scene.removePostLayoutPulseListener(check[0]);
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("STARTUP_READY " + ms + " rss=" + residentKb() + " tables=" + counts[0]
                    + " rows=" + counts[1]);
            System.out.flush();
            if ("exit".equals(mode)) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    /** Tables and lists and their rows, or null while a visible one is still empty. */
    private static int[] populated(Scene scene) {
        if (scene == null || scene.getRoot() == null) {
            return null;
        }
        int[] counts = new int[2];
        return count(scene.getRoot(), counts) ? counts : null;
    }

    private static boolean count(Node node, int[] counts) {
        if (!node.isVisible()) {
            return true;
        }
        int size = -1;
        if (node instanceof TableView<?> t) {
            size = t.getItems() == null ? 0 : t.getItems().size();
        } else if (node instanceof ListView<?> l) {
            size = l.getItems() == null ? 0 : l.getItems().size();
        }
        if (size == 0) {
            return false;
        }
        if (size > 0) {
            counts[0]++;
            counts[1] += size;
            return true;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (!count(child, counts)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** VmRSS of this process in kB from /proc (Linux), or -1 elsewhere. */
    static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
