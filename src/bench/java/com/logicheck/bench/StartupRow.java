package com.logicheck.bench;

import com.logicheck.app.StartupProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Start-up to an interactive main window: the app ({@code com.logicheck.app.Main --data-dir DATASET}) against
 * {@link BareWindow}, in child JVMs with the same flags and class path, alternated run by run after one
 * untimed warm-up run of each. Each child reports {@code STARTUP_READY <ms since JVM start> rss=…} through
 * {@link StartupProbe} and quits.
 */
final class StartupRow {
    /** Medians of the runs; rows are the table rows the app's window showed when it reported. */
    record Result(double appMs, double bareMs, double appRssKb, double bareRssKb, String appWindow, int runs) {
    }

    private final ChildJvm jvm;

    StartupRow(ChildJvm jvm) {
        this.jvm = jvm;
    }

    Result measure(Path dataset, int runs) throws IOException, InterruptedException {
        List<String> probe = List.of("-D" + StartupProbe.PROPERTY + "=exit");
        List<String> app = jvm.command(probe, "com.logicheck.app.Main", "--data-dir", dataset.toString());
        List<String> bare = jvm.command(probe, BareWindow.class.getName());
        double[] appMs = new double[runs];
        double[] bareMs = new double[runs];
        double[] appRss = new double[runs];
        double[] bareRss = new double[runs];
        String window = "";
        for (int i = -1; i < runs; i++) {
            String[] a = ready(jvm.run("startup-app", app, Duration.ofMinutes(3)));
            String[] b = ready(jvm.run("startup-bare", bare, Duration.ofMinutes(3)));
            if (i >= 0) {
                appMs[i] = Double.parseDouble(a[1]);
                bareMs[i] = Double.parseDouble(b[1]);
                appRss[i] = Double.parseDouble(a[2].substring("rss=".length()));
                bareRss[i] = Double.parseDouble(b[2].substring("rss=".length()));
                window = a[3] + " " + a[4];
            }
        }
        return new Result(Stats.median(appMs), Stats.median(bareMs), Stats.median(appRss), Stats.median(bareRss),
                window, runs);
    }

    private static String[] ready(List<String> lines) throws IOException {
        for (String line : lines) {
            if (line.startsWith("STARTUP_READY ")) {
                return line.split(" ");
            }
        }
        throw new IOException("the child quit without reporting STARTUP_READY: " + lines);
    }
}
