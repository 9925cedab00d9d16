package com.logicheck.sync;

import com.logicheck.persistence.DatabaseFault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 导入流水线: while the calling thread merges file n (one transaction, in the order of the list), a few worker
 * threads read, hash and verify the next files and check their photo originals — the work that needs no database
 * writes (ADR 0023). Workers look up whether a file's hash is known and then skip parsing it, like the merge does.
 * How far they read ahead is bounded twice: by a number of files and by the bytes they hold (a file may be up to
 * 64 MB, and its photo originals as much again). Closing the pipeline drops whatever was read ahead; nothing a
 * worker does writes anything, so a cancelled or failed import leaves exactly the files merged so far.
 */
public final class ImportPipeline implements AutoCloseable {
    /** Bytes read ahead at most: a quarter of the heap, at most 256 MB. */
    private static final long BUDGET_BYTES = Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4);
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final SheetImporter importer;
    private final List<Path> files;
    private final ExecutorService workers;
    private final int maxAhead;
    private final Deque<Ahead> ahead = new ArrayDeque<>();
    private long bytesAhead;
    private int submitted;
    private int taken;

    private record Ahead(Path file, long cost, Future<Object> read) {
    }

    /** One worker per core, at most 4 (the merge thread then has a core of its own on bigger machines). */
    static int defaultWorkers() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** {@code workers} ≤ 0, or a single file: everything on the calling thread, one file after another. */
    ImportPipeline(SheetImporter importer, List<Path> files, int workers) {
        this.importer = importer;
        this.files = List.copyOf(files);
        if (workers <= 0 || files.size() < 2) {
            this.workers = null;
            this.maxAhead = 0;
        } else {
            int pool = POOLS.incrementAndGet();
            AtomicInteger n = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "sync-read-" + pool + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.maxAhead = 4 * workers;
        }
    }

    /**
     * Imports the next file of the list (merging on this thread) and returns its verdict; never throws for anything
     * a file contains. Successive calls may come from different threads, one after another (a screen runs one file
     * per background task).
     */
    public ImportReport.FileResult importNext(UUID actorId) {
        if (taken >= files.size()) {
            throw new IllegalStateException("every file of the list was imported");
        }
        if (workers == null) {
            return importer.importFile(files.get(taken++), actorId);
        }
        fill();
        Ahead next = ahead.removeFirst();
        taken++;
        try {
            Object read = result(next);
            return read instanceof FileRead r ? importer.importBytes(r, actorId) : (ImportReport.FileResult) read;
        } finally {
            bytesAhead -= next.cost();
            fill();
        }
    }

    /** Hands workers the next files while the bounds allow; the first one waiting always goes. */
    private void fill() {
        while (submitted < files.size() && ahead.size() < maxAhead) {
            Path file = files.get(submitted);
            long cost = cost(file);
            if (!ahead.isEmpty() && bytesAhead + cost > BUDGET_BYTES) {
                return;
            }
            bytesAhead += cost;
            submitted++;
            ahead.addLast(new Ahead(file, cost, workers.submit(() -> readAhead(file))));
        }
    }

    /** What a file may hold in memory: its bytes and as much again for the photo originals inside. */
    private long cost(Path file) {
        try {
            return 2 * Math.min(Files.size(file), importer.maxFileBytes()) + 4096;
        } catch (IOException e) {
            return 4096;
        }
    }

    /** On a worker: read, hash, and unless the hash is known, verify and check everything before the merge. */
    private Object readAhead(Path file) {
        try {
            Object read = importer.read(file);
            if (read instanceof FileRead r && !importer.known(r.sha256())) {
                r.readAhead();
            }
            return read;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (DatabaseFault.isLocal(e)) {
                throw new DatabaseFault(e);   // handed to the merge thread by result()
            }
            return ImportReport.FileResult.refused(file, "sync.refused.invalid", e.getClass().getSimpleName());
        }
    }

    private static Object result(Ahead next) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return next.read().get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof DatabaseFault fault) {
                        throw fault;
                    }
                    return ImportReport.FileResult.refused(next.file(), "sync.refused.invalid",
                            e.getCause().getClass().getSimpleName());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The file the next {@link #importNext} imports, or null when every file is done. */
    public Path nextFile() {
        return taken < files.size() ? files.get(taken) : null;
    }

    /**
     * Drops what was read ahead and stops the workers. A worker busy with a file finishes it (a few milliseconds):
     * workers are never interrupted, because an interrupt during a database read closes H2's file channel.
     */
    @Override
    public void close() {
        if (workers != null) {
            ahead.forEach(a -> a.read().cancel(false));
            ahead.clear();
            workers.shutdown();
        }
    }
}
