package com.logicheck.sync;

import java.util.EnumMap;
import java.util.Map;

/**
 * 导入汇总: the counts an import's summary shows — files by verdict, and among them the signed records (ADR 0022) as
 * applied, skipped, conflicts and refused or waiting — counted the same way for the CLI and the 同步 screen.
 */
public final class ImportTally {
    private final Map<ImportReport.Kind, Long> files = new EnumMap<>(ImportReport.Kind.class);
    private long recordsApplied;
    private long recordsSkipped;
    private long recordConflicts;
    private long recordsRefused;

    /** The tally of a whole report. */
    public static ImportTally of(ImportReport report) {
        ImportTally t = new ImportTally();
        report.results().forEach(t::add);
        return t;
    }

    /** Counts one file's verdict. */
    public void add(ImportReport.FileResult r) {
        files.merge(r.kind(), 1L, Long::sum);
        if (!r.aboutRecord()) {
            return;
        }
        switch (r.kind()) {
            case NEW, UPDATED -> recordsApplied++;
            case SKIPPED -> recordsSkipped++;
            case CONFLICT -> recordConflicts++;
            default -> recordsRefused++;
        }
    }

    public long files(ImportReport.Kind kind) {
        return files.getOrDefault(kind, 0L);
    }

    /** The signed records: applied, skipped, conflicts, refused or waiting (the arguments of sync.record.summary). */
    public Records records() {
        return new Records(recordsApplied, recordsSkipped, recordConflicts, recordsRefused);
    }

    /** The signed records among an import's files. */
    public record Records(long applied, long skipped, long conflicts, long refused) {
        /** Whether the import met any signed record (the summary has a line for them then). */
        public boolean any() {
            return applied + skipped + conflicts + refused > 0;
        }

        public long[] asArray() {
            return new long[] {applied, skipped, conflicts, refused};
        }
    }
}
