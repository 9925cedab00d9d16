package com.logicheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The benchmark's options, from system properties (forwarded by the {@code bench} Maven profile).
 * The measured JVMs get {@code bench.jvmArgs}, by default the {@code --java-options} the installer gives the app
 * (installer/jpackage-common.txt). {@code bench.mode=quick} is a smoke run on a small dataset with few repetitions; its figures are not the ones
 * the goals are about.
 */
record BenchOptions(boolean quick, int sheets, Path dataset, int edits, int warmUp, int startupRuns,
                    int checklistRuns, int checklistWarmUp, List<String> jvmArgs, Path buildDir, Path appJar,
                    int syncFiles) {

    static BenchOptions fromSystemProperties() {
        boolean quick = "quick".equalsIgnoreCase(System.getProperty("bench.mode", "full"));
        int sheets = intProperty("bench.sheets", quick ? 2_000 : 100_000);
        String dataset = System.getProperty("bench.dataset", "").strip();
        int edits = intProperty("bench.edits", quick ? 200 : 1_000);
        int runs = intProperty("bench.runs", quick ? 2 : 5);
        String jvm = System.getProperty("bench.jvmArgs", "").strip();
        if (jvm.isEmpty()) {
            jvm = installerJavaOptions(Path.of(System.getProperty("bench.installerOptions", "installer/jpackage-common.txt")));
        }
        Path buildDir = Path.of(System.getProperty("bench.buildDir", "target")).toAbsolutePath();
        String jar = System.getProperty("bench.appJar", "").strip();
        return new BenchOptions(quick, sheets, dataset.isEmpty() ? null : Path.of(dataset).toAbsolutePath(), edits,
                quick ? 50 : 300, runs, quick ? 5 : 20, quick ? 2 : 5,
                jvm.isEmpty() ? List.of() : Arrays.asList(jvm.split("\\s+")), buildDir,
                jar.isEmpty() ? buildDir.resolve("logicheck.jar") : Path.of(jar),
                intProperty("bench.syncFiles", quick ? 500 : 10_000));
    }

    /** The {@code --java-options} of the jpackage argument file: the flags the installed app runs with. */
    private static String installerJavaOptions(Path argFile) {
        try {
            return Files.readAllLines(argFile).stream().map(String::strip)
                    .filter(l -> l.startsWith("--java-options "))
                    .map(l -> l.substring("--java-options ".length()).strip().replace("\"", ""))
                    .collect(Collectors.joining(" "));
        } catch (IOException e) {
            return "";
        }
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name, "").strip();
        return value.isEmpty() ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    String describe() {
        return (quick ? "quick" : "full") + " mode, " + sheets + " sheets, " + edits + " edits, " + startupRuns
                + " start-up runs each, " + syncFiles + " sync files, JVM flags for the measured JVMs: "
                + (jvmArgs.isEmpty() ? "(none, the JVM's defaults)" : String.join(" ", jvmArgs));
    }
}
