package com.logicheck.bench;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/** Measures the rows of the table, each in its own child JVMs; a row that cannot be measured says why. */
final class Rows {
    private static final String EDIT = "one edit → durably committed";
    private static final String MEMORY = "resident memory, dataset open, home lists + one sheet loaded (no UI)";
    private static final String STARTUP = "start-up to interactive main window (median ms since JVM start)";
    private static final String WINDOW_MEMORY = "resident memory, app window at start-up vs bare JavaFX window";
    static final String CHECKLIST = "open a 100-item sheet in the checklist screen (median)";

    private final BenchOptions options;
    private final DatasetInfo dataset;
    private final ChildJvm jvm;
    private final PrintStream out;
    private final ResultTable table = new ResultTable();

    Rows(BenchOptions options, DatasetInfo dataset, ChildJvm jvm, PrintStream out) {
        this.options = options;
        this.dataset = dataset;
        this.jvm = jvm;
        this.out = out;
    }

    ResultTable measure() throws InterruptedException {
        edits();
        memory();
        signedSheets();
        syncImport();
        assessment();
        Optional<Display> display = Display.open();
        try {
            if (display.isEmpty()) {
                table.notMeasured(STARTUP, "≤ 1.3×", "no DISPLAY and no Xvfb (apt-get install xvfb libgtk-3-0)");
                table.notMeasured(CHECKLIST, "≤ 200 ms", "no DISPLAY and no Xvfb");
            } else {
                jvm.environment("DISPLAY", display.get().name());
                table.note("window rows on " + display.get().describe());
                startup();
                new ChecklistRow(jvm, dataset, options).measure(table, out);
            }
        } finally {
            if (display.isPresent()) {
                display.get().close();
            }
        }
        return table;
    }

    private void edits() {
        out.printf("row: %s (%d edits after %d warm-up) …%n", EDIT, options.edits(), options.warmUp());
        try {
            Map<String, String> r = jvm.results("edit", EditLatencyProbe.class.getName(), dataset.dir().toString(),
                    dataset.editDraft().toString(), dataset.inspector().toString(), String.valueOf(options.edits()),
                    String.valueOf(options.warmUp()));
            table.absolute(EDIT + ", median", d(r, "edit.median"), d(r, "bare.median"), "ms", 5);
            table.absolute(EDIT + ", p99", d(r, "edit.p99"), d(r, "bare.p99"), "ms", 25);
            table.note("edit rows: InspectionService.answer on a draft, " + r.get("edits") + " edits; baseline: bare "
                    + "H2 UPDATE of one row + commit on the same open database, interleaved with the edits");
        } catch (Exception e) {
            table.notMeasured(EDIT, "≤ 5 ms / ≤ 25 ms", e.getMessage());
        }
    }

    private void memory() {
        out.println("row: " + MEMORY + " …");
        try {
            Map<String, String> r = jvm.results("memory", MemoryProbe.class.getName(), dataset.dir().toString(),
                    dataset.checklistDraft().toString());
            table.absolute(MEMORY, d(r, "rss.after.kb") / 1024, d(r, "rss.before.kb") / 1024, "MB", 400);
            table.note(String.format(java.util.Locale.ROOT, "memory row: heap in use after GC %.0f MB (before opening: "
                    + "%.0f MB); baseline = RSS of the same JVM before opening the dataset; loaded %s",
                    d(r, "heap.after") / 1048576, d(r, "heap.before") / 1048576, r.get("loaded")));
        } catch (Exception e) {
            table.notMeasured(MEMORY, "≤ 400 MB", e.getMessage());
        }
    }

    private static final String ASSESS_ONE = "月度考核, one provider-month (warm)";
    private static final String ASSESS_ALL = "月度考核, every provider of a month (warm)";

    /** ADR 0020: the month recomputed after every entry must stay quick on years of data. */
    private void assessment() {
        int runs = options.quick() ? 10 : 30;
        int warmUp = options.quick() ? 5 : 20;
        out.printf("row: %s (%d runs after %d warm-up) …%n", ASSESS_ONE, runs, warmUp);
        try {
            Map<String, String> r = jvm.results("assessment", AssessmentProbe.class.getName(), dataset.dir().toString(),
                    String.valueOf(runs), String.valueOf(warmUp));
            table.absolute(ASSESS_ONE, d(r, "one.median"), d(r, "one.base"), "ms", 100);
            table.absolute(ASSESS_ALL, d(r, "all.median"), d(r, "all.base"), "ms", 500);
            table.note("assessment rows: AssessmentService.compute of " + r.get("month") + " under the hospital 千分制 "
                    + "(attached to every contract first): the largest provider-month has " + r.get("one.sheets")
                    + " counted sheets, all " + r.get("providers") + " providers " + r.get("all.sheets") + "; medians of "
                    + runs + " runs; baseline = reading the same sheets and answers without computing");
        } catch (Exception e) {
            table.notMeasured(ASSESS_ONE, "≤ 100 ms / ≤ 500 ms", e.getMessage());
        }
    }

    private void startup() {
        out.printf("row: %s (%d runs each after one warm-up) …%n", STARTUP, options.startupRuns());
        try {
            StartupRow.Result r = new StartupRow(jvm).measure(dataset.dir(), options.startupRuns());
            table.relative(STARTUP, r.appMs(), r.bareMs(), "ms", 1.3);
            table.absolute(WINDOW_MEMORY, r.appRssKb() / 1024, r.bareRssKb() / 1024, "MB", 400);
            table.note("start-up row: medians of " + r.runs() + " runs, app and bare window alternated; the app's "
                    + "window had " + r.appWindow() + " when it reported"
                    + (r.appWindow().startsWith("tables=0") ? " (no home lists in the main window yet)" : ""));
        } catch (Exception e) {
            table.notMeasured(STARTUP, "≤ 1.3×", e.getMessage());
        }
    }

    /** Issue 3's rows, in a child JVM with a fresh data folder of its own (see {@link SignedSheetProbe}). */
    private void signedSheets() {
        int batch = options.quick() ? 100 : 1_000;
        String sign = "one-page signed sheet, warm (median), ÷ raw PDFBox floor";
        out.printf("row: %s; %d sheets signed, exported, verified …%n", sign, batch);
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("logicheck-bench-sign");
            try {
                Map<String, String> r = jvm.results("signed-sheets", SignedSheetProbe.class.getName(), dir.toString(),
                        options.quick() ? "10" : "30", options.quick() ? "10" : "50", String.valueOf(batch));
                table.relative(sign, d(r, "sign.median"), d(r, "floor.median"), "ms", 1.5);
                table.absolute("one-page signed sheet, warm (median)", d(r, "sign.median"), d(r, "floor.median"), "ms",
                        100);
                table.absolute("signed sheet file size, no photos (" + r.get("pages") + " page)",
                        d(r, "size.bytes") / 1024, 0, "KB", 150);
                table.absolute(batch + " sheets signed one after another", d(r, "batch.sign.s"), 0, "s",
                        60.0 * batch / 1_000);
                table.absolute(batch + " signed sheets exported by month", d(r, "batch.export.s"), 0, "s",
                        60.0 * batch / 1_000);
                table.absolute(batch + " exported sheets verified (" + r.get("batch.verified") + " of "
                        + r.get("batch.files") + " valid)", d(r, "batch.verify.s"), 0, "s", 60.0 * batch / 1_000);
                table.note("signed-sheet rows: a 10-item sheet with two deductions and notes, signed by the inspector "
                        + "(stored signature) and the 受检方 (a different drawing each time) through SigningService: "
                        + "record, layout, PDF/A-3b, PAdES signature, file and database; floor: raw PDFBox writing the "
                        + "signed sheet's own text lines in the same font file (loaded per document, as PDFBox's "
                        + "examples do), no layout, no signing, interleaved with the signings; the export and verify "
                        + "rows also include the warm-up and timed sheets of the same month; their goal is the 60 s of "
                        + "the signing row, which the issue sets for 1,000");
            } finally {
                BenchMain.deleteTree(dir);
            }
        } catch (Exception e) {
            table.notMeasured(sign, "≤ 1.5× and ≤ 100 ms", e.getMessage());
        }
    }

    /**
     * Issue 6's rows (ADR 0023): N signed files imported into a fresh laptop and imported again, in a child JVM
     * ({@link SyncImportBench}); the files are made once and kept under the dataset folder ({@code sync-files/}).
     */
    private void syncImport() {
        int n = options.syncFiles();
        String importRow = String.format(java.util.Locale.ROOT, "import %,d signed sheet files (verify + merge)", n);
        String againRow = String.format(java.util.Locale.ROOT, "re-import the same %,d files (all skipped)", n);
        double scale = n / 10_000.0;
        out.printf("row: %s; %s (the files are signed once and kept) …%n", importRow, againRow);
        try {
            java.nio.file.Path cache = dataset.dir().resolve("sync-files");
            Map<String, String> r = jvm.results("sync-import", java.time.Duration.ofMinutes(120),
                    SyncImportBench.class.getName(), String.valueOf(n), cache.toString());
            double base = d(r, "baseline.wall.s");
            table.absolute(importRow, d(r, "import.wall.s"), base, "s", 120 * scale);
            table.absolute(againRow, d(r, "reimport.wall.s"), base, "s", 20 * scale);
            table.note(String.format(java.util.Locale.ROOT, "sync rows: %s files, %s MB, into a fresh laptop, %s "
                    + "reader threads + the merging thread (ADR 0023); CPU time: import %s s (merging thread %s s), "
                    + "re-import %s s (%s s), baseline %s s; baseline = reading every file and the bare "
                    + "PdfVerifier.verify on one thread, run first (so the files are in the page cache for all three); "
                    + "load average %s before, %s after; goals 120 s and 20 s for 10,000 files%s%s",
                    r.get("files"), r.get("mb"), r.get("workers"), r.get("import.cpu.s"), r.get("import.thread.s"),
                    r.get("reimport.cpu.s"), r.get("reimport.thread.s"), r.get("baseline.cpu.s"), r.get("load.before"),
                    r.get("load.after"), n == 10_000 ? "" : ", scaled to " + n + " files",
                    r.containsKey("generated.s") ? "; signing the files took " + r.get("generated.s") + " s this run"
                            : "; files reused from an earlier run"));
            if (!String.valueOf(n).equals(r.get("import.new")) || !String.valueOf(n).equals(r.get("reimport.skipped"))) {
                table.note("sync rows: NOT all files were new and then skipped: new " + r.get("import.new")
                        + ", refused/held " + r.get("import.refused") + ", skipped again " + r.get("reimport.skipped"));
            }
        } catch (Exception e) {
            table.notMeasured(importRow, "≤ " + Math.round(120 * scale) + " s", e.getMessage());
        }
    }

    private static double d(Map<String, String> results, String key) {
        String v = results.get(key);
        if (v == null) {
            throw new IllegalStateException("the child did not report " + key);
        }
        return Double.parseDouble(v);
    }
}
