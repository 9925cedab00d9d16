package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two imports of the same folder at once (say, the nightly job and a person): every sheet once, nothing lost. */
@DatabaseTest
class SyncConcurrencyIT {
    @TempDir
    Path dir;

    @Test
    void twoImportsOfTheSameFolderAtOnceStoreEverySheetOnce() throws Exception {
        Path folder = dir.resolve("share");
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 5);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 6)) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(a.signSheet(0));
            }
            a.revise(ids.get(0));
            assertThat(a.context.sync().exporter().export(folder).written()).hasSize(5);
            b.trustEveryoneOf(a);

            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ImportReport>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return b.context.sync().importer().importFolder(folder, b.inspector.id(), r -> { });
                }));
            }
            start.countDown();
            long stored = 0;
            for (Future<ImportReport> run : runs) {
                ImportReport r = run.get();
                assertThat(r.needingAttention()).as("nothing refused or in conflict").isEmpty();
                assertThat(r.results()).hasSize(5);
                stored += r.count(ImportReport.Kind.NEW) + r.count(ImportReport.Kind.UPDATED);
            }
            pool.shutdown();
            assertThat(stored).as("each sheet stored by exactly one of the two").isEqualTo(5);
            assertThat(Laptop.sheets(b.context)).isEqualTo(a.sheets());
            assertThat(b.context.sync().repository().counts().get("INSPECTION")).isEqualTo(5);
        }
    }
}
