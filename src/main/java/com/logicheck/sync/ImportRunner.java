package com.logicheck.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 同步导入的运行: the one loop that imports a folder's files for the CLI and the 同步 screen alike — one file per
 * {@link #next()} call (the screen runs each on a background task, the CLI in a loop), progress as files done of
 * all, cancel between two files (every file is then fully imported or not touched), and retry passes: a file that
 * waits for another (a revision's original, a template in a package, what a signed record follows) is put back and
 * tried again in another pass while a pass helps; then it is reported as it is. Files are read and verified ahead
 * on the other cores ({@link ImportPipeline}); merging stays on the calling thread, in the files' order.
 */
public final class ImportRunner implements AutoCloseable {
    private final SheetImporter importer;
    private final UUID actorId;
    private final int workers;
    private final int total;
    private final ImportReport report = new ImportReport();
    private List<Path> pass;
    private int index;
    private List<ImportReport.FileResult> waiting = new ArrayList<>();
    private ImportPipeline pipeline;

    ImportRunner(SheetImporter importer, List<Path> files, UUID actorId, int workers) {
        this.importer = importer;
        this.actorId = actorId;
        this.workers = workers;
        this.total = files.size();
        this.pass = List.copyOf(files);
    }

    /** Whether a file is left to import (in this pass or a retry pass). */
    public boolean hasNext() {
        return index < pass.size();
    }

    /** The file the next {@link #next()} imports. */
    public Path nextFile() {
        return pass.get(index);
    }

    /**
     * Imports the next file and returns the verdicts that became final with it: none while the file waits for
     * others, one as a rule, and after a pass that helped no more, every file still waiting. If the merge throws
     * (this laptop's database failed), the file is passed over; {@link #refuseUnreadable} may report it.
     */
    public List<ImportReport.FileResult> next() {
        if (pipeline == null) {
            pipeline = new ImportPipeline(importer, pass, workers);
        }
        List<ImportReport.FileResult> done = new ArrayList<>();
        try {
            ImportReport.FileResult r = pipeline.importNext(actorId);
            if (SheetImporter.waitsForOthers(r)) {
                waiting.add(r);
            } else {
                done.add(r);
            }
        } finally {
            index++;
            if (index == pass.size()) {
                endOfPass(done);
            }
            done.forEach(report::add);
        }
        return done;
    }

    /** Reports {@code file}, whose import failed with an exception, as refused unreadable (the screen goes on). */
    public ImportReport.FileResult refuseUnreadable(Path file) {
        ImportReport.FileResult r = ImportReport.FileResult.refused(file, "sync.refused.unreadable");
        report.add(r);
        return r;
    }

    private void endOfPass(List<ImportReport.FileResult> done) {
        closePipeline();
        if (waiting.isEmpty() || waiting.size() == pass.size()) {
            done.addAll(waiting);
            waiting = new ArrayList<>();
            pass = List.of();
        } else {
            pass = waiting.stream().map(ImportReport.FileResult::file).toList();
            waiting = new ArrayList<>();
        }
        index = 0;
    }

    /** How many files this run imports in all. */
    public int total() {
        return total;
    }

    /** The verdicts so far (all of them once {@link #hasNext()} is false). */
    public ImportReport report() {
        return report;
    }

    /** Drops what the readers read ahead (after the last file, or on cancel). */
    @Override
    public void close() {
        closePipeline();
    }

    private void closePipeline() {
        if (pipeline != null) {
            pipeline.close();
            pipeline = null;
        }
    }
}
