package com.logicheck.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/** What the rows need to know about a built dataset; kept beside it so a later run can reuse it. */
record DatasetInfo(Path dir, int sheets, long itemResults, long historyRows, UUID checklistDraft, UUID editDraft,
                   UUID inspector, double buildSeconds, boolean reused) {
    /** Bumped whenever the dataset's shape changes, so an old cached dataset is rebuilt. */
    static final int FORMAT = 1;
    static final String FILE = "bench-dataset.properties";

    void save() throws IOException {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        p.setProperty("sheets", String.valueOf(sheets));
        p.setProperty("itemResults", String.valueOf(itemResults));
        p.setProperty("historyRows", String.valueOf(historyRows));
        p.setProperty("checklistDraft", checklistDraft.toString());
        p.setProperty("editDraft", editDraft.toString());
        p.setProperty("inspector", inspector.toString());
        p.setProperty("buildSeconds", String.format(java.util.Locale.ROOT, "%.1f", buildSeconds));
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "LogiCheck benchmark reference dataset (src/docs/benchmark.md)");
        }
    }

    /** The dataset in {@code dir}, when it was built by this harness with the same shape and size. */
    static Optional<DatasetInfo> load(Path dir, int sheets) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        if (!String.valueOf(FORMAT).equals(p.getProperty("format"))
                || !String.valueOf(sheets).equals(p.getProperty("sheets"))) {
            return Optional.empty();
        }
        return Optional.of(new DatasetInfo(dir, sheets, Long.parseLong(p.getProperty("itemResults")),
                Long.parseLong(p.getProperty("historyRows")), UUID.fromString(p.getProperty("checklistDraft")),
                UUID.fromString(p.getProperty("editDraft")), UUID.fromString(p.getProperty("inspector")),
                Double.parseDouble(p.getProperty("buildSeconds")), true));
    }

    static boolean isBenchDataset(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }
}
