package com.logicheck.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.app.AppContext;
import com.logicheck.app.Clocks;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.LocalFault;
import com.logicheck.hub.HubImport;
import com.logicheck.hub.HubWatch;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.Database;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import com.logicheck.suites.PostgresDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 2: the hub imports laptops' sync folders into one PostgreSQL database through the laptops' own import
 * runner (ADR 0044) — untrusted signers held, trusted ones imported, a second run adds nothing, a tampered file
 * refused, two hub processes on one database and folder leave no duplicate, and a server that goes away mid-import
 * stops the run with its own message and the next run continues.
 */
@DatabaseTest
@DependsOnMachine
class HubImportPostgresIT {
    @TempDir
    Path dir;
    private String url;
    private Path folderA;
    private Path folderB;
    private Map<UUID, JsonNode> sheetsOfLaptops;

    @BeforeEach
    void twoLaptopsExport() {
        url = PostgresDatabases.freshUrl();
        folderA = dir.resolve("东院区/同步");
        folderB = dir.resolve("西院区/同步");
        try (Laptop a = new Laptop(dir.resolve("a"), "张伟", "心内科病区", 1);
             Laptop b = new Laptop(dir.resolve("b"), "李娜", "急诊科", 2)) {
            UUID a1 = a.signSheet(1);
            a.signSheet(0);
            a.revise(a1);
            b.signSheet(0);
            assertThat(a.context.sync().exporter().export(folderA).written()).hasSize(3);
            assertThat(b.context.sync().exporter().export(folderB).written()).hasSize(1);
            sheetsOfLaptops = new TreeMap<>(a.sheets());
            sheetsOfLaptops.putAll(b.sheets());
        }
    }

    private AppContext hub(String name) {
        return AppContext.open(dir.resolve(name), Clocks.system(), Messages.forLanguage(null), TestContexts.passwords(),
                d -> Database.openServer(url, null, null));
    }

    private static HubImport importer(AppContext hub, AtomicBoolean stop) {
        return new HubImport(hub.sync().importer(), hub.core().database()::answers, stop::get, "hub");
    }

    private HubImport.Result importBoth(AppContext hub) {
        HubImport i = importer(hub, new AtomicBoolean());
        return i.run(i.filesIn(List.of(folderA, folderB)), r -> { });
    }

    private static void trustSignerOf(AppContext hub, Path file) {
        var check = hub.inspection().verify().verify(file).check();
        hub.core().trust().add(check.certificateSha256(), check.subject(), check.signerName(), check.certificate(), null,
                null);
    }

    private static Path anyPdf(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void untrustedSignersAreHeldThenTrustedOnesImportOnceAndAgainAddsNothing() {
        try (AppContext hub = hub("hub")) {
            Map<String, Integer> empty = hub.sync().repository().counts();
            HubImport.Result untrusted = importBoth(hub);
            assertThat(untrusted.count(ImportReport.Kind.HELD)).isEqualTo(4);
            assertThat(untrusted.files()).allSatisfy(r -> assertThat(r.reason()).isEqualTo("sync.held.untrusted"));
            assertThat(hub.sync().repository().counts()).as("nothing written for a held file").isEqualTo(empty);

            trustSignerOf(hub, anyPdf(folderA));
            trustSignerOf(hub, anyPdf(folderB));
            HubImport.Result first = importBoth(hub);
            assertThat(first.count(ImportReport.Kind.NEW)).isEqualTo(3);
            assertThat(first.count(ImportReport.Kind.UPDATED)).as("the revision").isEqualTo(1);
            assertThat(Laptop.sheets(hub)).isEqualTo(sheetsOfLaptops);

            Map<String, Integer> counts = hub.sync().repository().counts();
            HubImport.Result again = importBoth(hub);
            assertThat(again.count(ImportReport.Kind.SKIPPED)).isEqualTo(4);
            assertThat(again.changedAnything()).isFalse();
            assertThat(hub.sync().repository().counts()).isEqualTo(counts);
        }
    }

    @Test
    void aTamperedFileIsRefusedWithItsReasonAndNothingIsWritten() throws IOException {
        Path original = anyPdf(folderB);
        byte[] pdf = Files.readAllBytes(original);
        pdf[pdf.length / 3] ^= 0x01;   // one bit inside the signed bytes
        Path tampered = dir.resolve("改过/tampered.pdf");
        Files.createDirectories(tampered.getParent());
        Files.write(tampered, pdf);
        try (AppContext hub = hub("hub")) {
            trustSignerOf(hub, original);
            Map<String, Integer> before = hub.sync().repository().counts();
            HubImport i = importer(hub, new AtomicBoolean());
            HubImport.Result r = i.run(i.filesIn(List.of(tampered.getParent())), v -> { });
            assertThat(r.files()).singleElement().satisfies(v -> {
                assertThat(v.kind()).isEqualTo(ImportReport.Kind.REFUSED);
                assertThat(v.reason()).startsWith("sync.refused.");
            });
            assertThat(hub.sync().repository().counts()).isEqualTo(before);
        }
    }

    @Test
    void twoHubProcessesOnOneDatabaseAndFolderBothFinishWithoutDuplicates() throws Exception {
        try (AppContext first = hub("hub-1"); AppContext second = hub("hub-2")) {
            trustSignerOf(first, anyPdf(folderA));
            trustSignerOf(first, anyPdf(folderB));
            CountDownLatch start = new CountDownLatch(1);
            List<HubImport.Result> results = Collections.synchronizedList(new ArrayList<>());
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (AppContext hub : List.of(first, second)) {
                runs.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    results.add(importBoth(hub));
                }));
            }
            // both processes get as far as writing the same first sheet before either may: then one commits, and the
            // other's insert fails on the key (a table lock holds both writers until both wait)
            try (Connection lock = DriverManager.getConnection(url)) {
                lock.setAutoCommit(false);
                try (Statement s = lock.createStatement()) {
                    s.execute("LOCK TABLE inspection IN EXCLUSIVE MODE");
                }
                start.countDown();
                assertThat(waitForWaiters(url, 2)).as("both hub processes wait to write").isTrue();
                lock.commit();
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            assertThat(results).hasSize(2).allSatisfy(r -> {
                assertThat(r.files()).hasSize(4);
                assertThat(r.count(ImportReport.Kind.REFUSED) + r.count(ImportReport.Kind.CONFLICT)
                        + r.count(ImportReport.Kind.HELD)).as("%s", r.files()).isZero();
            });
            assertThat(Laptop.sheets(first)).isEqualTo(sheetsOfLaptops);
            // what one hub process alone leaves: the same rows, none twice
            Map<String, Integer> both = first.sync().repository().counts();
            url = PostgresDatabases.freshUrl();
            try (AppContext alone = hub("hub-alone")) {
                trustSignerOf(alone, anyPdf(folderA));
                trustSignerOf(alone, anyPdf(folderB));
                importBoth(alone);
                assertThat(both).isEqualTo(alone.sync().repository().counts());
            }
        }
    }

    private static boolean waitForWaiters(String url, int waiters) throws SQLException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            while (System.nanoTime() < until) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND wait_event_type = 'Lock'")) {
                    rs.next();
                    if (rs.getInt(1) >= waiters) {
                        return true;
                    }
                }
                Thread.sleep(50);
            }
        }
        return false;
    }

    @Test
    void aServerThatGoesAwayStopsTheImportClearlyAndTheNextRunContinues() {
        try (AppContext hub = hub("hub")) {
            trustSignerOf(hub, anyPdf(folderA));
            trustSignerOf(hub, anyPdf(folderB));
        }
        List<ImportReport.FileResult> before = new ArrayList<>();
        try (AppContext hub = hub("hub")) {
            HubImport i = importer(hub, new AtomicBoolean());
            assertThatThrownBy(() -> i.run(i.filesIn(List.of(folderA, folderB)), r -> {
                before.add(r);
                PostgresDatabases.cutOff(url, true);
            })).isInstanceOfSatisfying(LocalFault.class, e -> {
                assertThat(e.first().key()).isEqualTo("problem.hub.serverGone");
                assertThat(e.first().args()).containsExactly("hub", 1, 4);
            });
        } finally {
            PostgresDatabases.cutOff(url, false);
        }
        assertThat(before).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(ImportReport.Kind.NEW));
        try (AppContext hub = hub("hub")) {
            HubImport.Result next = importBoth(hub);
            assertThat(next.count(ImportReport.Kind.SKIPPED)).as("the file imported before").isEqualTo(1);
            assertThat(next.count(ImportReport.Kind.NEW) + next.count(ImportReport.Kind.UPDATED)).isEqualTo(3);
            assertThat(Laptop.sheets(hub)).isEqualTo(sheetsOfLaptops);
        }
    }

    @Test
    void watchPicksUpANewFileAndStopsWhenAsked() throws Exception {
        Path watched = dir.resolve("watched");
        Files.createDirectories(watched);
        try (AppContext hub = hub("hub")) {
            trustSignerOf(hub, anyPdf(folderB));
            AtomicBoolean stop = new AtomicBoolean();
            List<ImportReport.FileResult> seen = Collections.synchronizedList(new ArrayList<>());
            HubWatch watch = new HubWatch(importer(hub, stop), List.of(watched), Duration.ofMillis(200));
            CompletableFuture<Void> running = CompletableFuture.runAsync(() -> watch.run(stop::get, seen::add, r -> { },
                    p -> { }));
            Path file = anyPdf(folderB);
            Files.copy(file, watched.resolve(file.getFileName()));
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (seen.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            stop.set(true);
            running.get(1, TimeUnit.MINUTES);
            assertThat(seen).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(ImportReport.Kind.NEW));
        }
    }
}
