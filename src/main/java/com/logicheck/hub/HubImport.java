package com.logicheck.hub;

import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.persistence.DatabaseFault;
import com.logicheck.sync.ImportReport;
import com.logicheck.sync.ImportRunner;
import com.logicheck.sync.SheetImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * 汇总库导入 (issue 18, ADR 0044): the hub's import of one or more sync folders into its PostgreSQL database through
 * the laptop's own import runner ({@link SheetImporter#runner}) — the same verification, trust check and merge, one
 * transaction per file, a file merged before skipped by its SHA-256. What the hub adds:
 * <ul>
 *   <li>a second hub process may import the same file at the same moment: the database's keys let one transaction
 *   win, the other fails as "invalid"; such a file is tried again (twice at most), and is then skipped as known;</li>
 *   <li>a server that goes away: a failed file is checked against the server, and if it no longer answers the run
 *   stops with {@code problem.hub.serverGone} (no file was half-imported; the next run goes on where this one
 *   stopped, because what is in is skipped);</li>
 *   <li>a stop asked between two files (Ctrl+C, SIGTERM of {@code hub watch}) ends the run after the current file.</li>
 * </ul>
 */
public final class HubImport {
    static final String RETRIED = "sync.refused.invalid";
    private static final int ATTEMPTS = 3;
    private final SheetImporter importer;
    private final BooleanSupplier serverAnswers;
    private final BooleanSupplier stopAsked;
    private final String server;

    /**
     * {@code serverAnswers}: whether the database still answers (asked only after a file failed); {@code server}: its
     * address as it may be shown (no password).
     */
    public HubImport(SheetImporter importer, BooleanSupplier serverAnswers, BooleanSupplier stopAsked, String server) {
        this.importer = importer;
        this.serverAnswers = serverAnswers;
        this.stopAsked = stopAsked;
        this.server = server;
    }

    /** What one run did: each file's final verdict in the order they were found, and whether a stop cut it short. */
    public record Result(List<ImportReport.FileResult> files, boolean stopped) {
        public long count(ImportReport.Kind kind) {
            return files.stream().filter(f -> f.kind() == kind).count();
        }

        /** Whether anything was added or changed (a re-import of the same folders adds nothing). */
        public boolean changedAnything() {
            return count(ImportReport.Kind.NEW) + count(ImportReport.Kind.UPDATED) + count(ImportReport.Kind.CONFLICT) > 0;
        }
    }

    /** Every file under {@code folders} (each as {@code sync import} finds them), in the folders' order. */
    public List<Path> filesIn(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        folders.forEach(f -> files.addAll(importer.filesIn(f)));
        return files;
    }

    /**
     * Imports {@code files}; {@code progress} sees each final verdict. Throws {@code problem.hub.serverGone} when the
     * database stops answering (what was imported before stays, nothing is half-imported).
     */
    public Result run(List<Path> files, Consumer<ImportReport.FileResult> progress) {
        Map<Path, ImportReport.FileResult> verdicts = new LinkedHashMap<>();
        files.forEach(f -> verdicts.put(f, null));
        List<Path> pass = files;
        boolean stopped = false;
        for (int attempt = 1; attempt <= ATTEMPTS && !pass.isEmpty() && !stopped; attempt++) {
            if (attempt > 1) {
                pause(attempt);
            }
            List<Path> again = new ArrayList<>();
            stopped = pass(pass, verdicts, again, attempt == ATTEMPTS, progress);
            pass = again;
        }
        List<ImportReport.FileResult> done = verdicts.values().stream().filter(r -> r != null).toList();
        return new Result(done, stopped);
    }

    /** One runner over {@code files}; returns whether a stop was asked. Files to try again go to {@code again}. */
    private boolean pass(List<Path> files, Map<Path, ImportReport.FileResult> verdicts, List<Path> again, boolean last,
                         Consumer<ImportReport.FileResult> progress) {
        int imported = (int) verdicts.values().stream().filter(r -> r != null).count();
        try (ImportRunner runner = importer.runner(files, null)) {
            while (runner.hasNext()) {
                if (stopAsked.getAsBoolean()) {
                    return true;
                }
                List<ImportReport.FileResult> done;
                try {
                    done = runner.next();
                } catch (RuntimeException e) {
                    if (e instanceof DatabaseFault || !serverAnswers.getAsBoolean()) {
                        throw gone(imported, verdicts.size(), e);
                    }
                    throw e;
                }
                for (ImportReport.FileResult r : done) {
                    if (r.kind() == ImportReport.Kind.REFUSED && RETRIED.equals(r.reason())) {
                        if (!serverAnswers.getAsBoolean()) {
                            throw gone(imported, verdicts.size(), null);
                        }
                        if (!last) {
                            again.add(r.file());   // another hub process may have merged it meanwhile
                            continue;
                        }
                    }
                    verdicts.put(r.file(), r);
                    imported++;
                    progress.accept(r);
                }
            }
        }
        return false;
    }

    private LocalFault gone(int imported, int total, RuntimeException cause) {
        LocalFault fault = new LocalFault(Problem.of("problem.hub.serverGone", server, imported, total));
        if (cause != null) {
            fault.initCause(cause);
        }
        return fault;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
