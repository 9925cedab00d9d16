package com.logicheck.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** Entry point of the benchmark harness: {@code mvn -Pbench verify} (see src/docs/benchmark.md). */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchOptions options = BenchOptions.fromSystemProperties();
        out.println("LogiCheck benchmark: " + options.describe());
        Path benchDir = options.buildDir().resolve("bench");
        deleteTree(benchDir);
        Files.createDirectories(benchDir);
        Path temp = null;
        Path dir = options.dataset();
        if (dir == null) {
            temp = Files.createTempDirectory("logicheck-bench");
            dir = temp;
        }
        try {
            DatasetInfo dataset = prepare(options, dir, out);
            String datasetLine = String.format(Locale.ROOT, "dataset %s: %,d sheets over 5 years, %,d answers, %,d "
                    + "history rows, 12 template versions, 10 sites; %s in %.0f s", dataset.dir(), dataset.sheets(),
                    dataset.itemResults(), dataset.historyRows(), dataset.reused() ? "reused, built earlier" : "built",
                    dataset.buildSeconds());
            out.println(datasetLine);
            String classpath = options.appJar() + File.pathSeparator + copyBenchClasses(benchDir.resolve("classes"));
            ChildJvm jvm = new ChildJvm(options.jvmArgs(), classpath, benchDir);
            ResultTable table = new Rows(options, dataset, jvm, out).measure();
            double minutes = (System.nanoTime() - start) / 60e9;
            String report = "# LogiCheck benchmark\n\n"
                    + "- " + LocalDateTime.now().withNano(0) + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores, Java " + System.getProperty("java.version") + "\n"
                    + "- " + options.describe() + "\n"
                    + "- " + datasetLine + "\n"
                    + String.format(Locale.ROOT, "- whole run %.1f min%n%n", minutes)
                    + table.markdown();
            out.println();
            out.println(report);
            Files.writeString(benchDir.resolve("results.md"), report, StandardCharsets.UTF_8);
            out.println("written to " + benchDir.resolve("results.md"));
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    /** Copies this package's classes out of the test-classes folder, so children get them and nothing else. */
    private static Path copyBenchClasses(Path target) throws Exception {
        Path root = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pkg = root.resolve(BenchMain.class.getPackageName().replace('.', '/'));
        Path dest = target.resolve(root.relativize(pkg).toString());
        Files.createDirectories(dest);
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Files.copy(f, dest.resolve(f.getFileName().toString()));
            }
        }
        return target;
    }

    static DatasetInfo prepare(BenchOptions options, Path dir, PrintStream out) throws Exception {
        if (Files.isDirectory(dir)) {
            var cached = DatasetInfo.load(dir, options.sheets());
            if (cached.isPresent()) {
                return cached.get();
            }
            boolean empty;
            try (Stream<Path> s = Files.list(dir)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !DatasetInfo.isBenchDataset(dir)) {
                throw new IllegalStateException(dir + " is neither empty nor a benchmark dataset; refusing to use it");
            }
            if (!empty) {
                out.println("dataset in " + dir + " has another size or format; rebuilding it");
                deleteTree(dir);
            }
        }
        Files.createDirectories(dir);
        out.println("building the reference dataset in " + dir + " …");
        DatasetInfo info = new ReferenceDataset(out).build(dir, options.sheets());
        info.save();
        return info;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
