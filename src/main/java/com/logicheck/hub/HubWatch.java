package com.logicheck.hub;

import com.logicheck.domain.LocalFault;
import com.logicheck.domain.Problem;
import com.logicheck.sync.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * 汇总库值守 ({@code hub watch}, ADR 0044): imports the sync folders now and then again every interval, until a stop
 * is asked. It polls rather than using a {@code WatchService}: the folders are often network shares or synced cloud
 * folders, where file events are unreliable, and a file still being copied is refused as incomplete and simply tried
 * again at the next round. A file already imported (or refused for good) is not read again while its size and time
 * stay the same; a file held back (signer not yet trusted) is tried every round. A server that went away is
 * reported and tried again at the next round.
 */
public final class HubWatch {
    private final HubImport hub;
    private final List<Path> folders;
    private final Duration every;
    private final Map<Path, String> done = new HashMap<>();

    public HubWatch(HubImport hub, List<Path> folders, Duration every) {
        this.hub = hub;
        this.folders = List.copyOf(folders);
        this.every = every;
    }

    /**
     * Rounds until {@code stop} says so: {@code file} sees each new verdict, {@code round} the summary of a round that
     * found something, {@code gone} why a round stopped early (the server went away).
     */
    public void run(BooleanSupplier stop, Consumer<ImportReport.FileResult> file, Consumer<HubImport.Result> round,
                    Consumer<Problem> gone) {
        while (!stop.getAsBoolean()) {
            try {
                HubImport.Result r = round(file);
                if (!r.files().isEmpty()) {
                    round.accept(r);
                }
            } catch (LocalFault e) {
                gone.accept(e.first());
            }
            sleep(stop);
        }
    }

    /** One round: the files that are new or changed since they were last seen. */
    HubImport.Result round(Consumer<ImportReport.FileResult> file) {
        List<Path> fresh = new ArrayList<>();
        for (Path f : hub.filesIn(folders)) {
            if (!stamp(f).equals(done.get(f))) {
                fresh.add(f);
            }
        }
        HubImport.Result r = hub.run(fresh, v -> {
            if (v.kind() != ImportReport.Kind.HELD) {
                done.put(v.file(), stamp(v.file()));
            }
            file.accept(v);
        });
        return r;
    }

    private static String stamp(Path f) {
        try {
            return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return "";
        }
    }

    private void sleep(BooleanSupplier stop) {
        long end = System.nanoTime() + every.toNanos();
        while (!stop.getAsBoolean() && System.nanoTime() < end) {
            try {
                Thread.sleep(Math.min(200, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
