package com.logicheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Entry point of the benchmark harness: {@code mvn -Pbench verify} (see src/docs/benchmark.md). */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchOptions options = BenchOptions.fromSystemProperties();
        out.println("LogiCheck benchmark: " + options.describe());
        Path temp = null;
        Path dir = options.dataset();
        if (dir == null) {
            temp = Files.createTempDirectory("logicheck-bench");
            dir = temp;
        }
        try {
            DatasetInfo dataset = prepare(options, dir, out);
            out.printf("dataset %s in %s: %,d sheets, %,d answers, %,d history rows; build %.0f s%n",
                    dataset.reused() ? "reused" : "built", dataset.dir(), dataset.sheets(), dataset.itemResults(),
                    dataset.historyRows(), dataset.buildSeconds());
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
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
