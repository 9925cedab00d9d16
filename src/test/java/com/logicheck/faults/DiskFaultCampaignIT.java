package com.logicheck.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.pdf.UserKeyStore;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.service.ExportService;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.DependsOnMachine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign's full-disk and read-only cases (issue 19, item 8), with DiskFullIT's technique: a small tmpfs mounted
 * for the test (skipped where mounting is not allowed, e.g. without root), filled to the last byte, or remounted
 * read-only. Signing, export and backup each meet both; each case counts, as the kill trials do, acknowledged data
 * lost, half states (a sheet SIGNED without its PDF, a partial or temporary file where the user sees it, a backup
 * listed that does not verify) and exceptions that are not a user message (anything but a DomainException), on the
 * failing call, on reopen, and in the next operation once space is back. Table: target/faults/disk-results.md.
 */
@DatabaseTest
class DiskFaultCampaignIT {
    @TempDir
    Path tmp;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (int i = mounts.size() - 1; i >= 0; i--) {
            new ProcessBuilder("umount", "-l", mounts.get(i).toString()).start().waitFor();
        }
    }

    @Test
    @DependsOnMachine
    void fullAndReadOnlyDisksLoseNothingAndLeaveNoHalfState() throws Exception {
        assumeThat(mount(Files.createDirectories(tmp.resolve("probe")), "1m")).as("mount a tmpfs (needs root)").isTrue();
        long start = System.nanoTime();
        List<FaultCampaign.Tally> rows = new ArrayList<>();
        for (boolean full : new boolean[] {true, false}) {
            rows.add(signing(full));
            rows.add(export(full));
            rows.add(backup(full));
        }
        StringBuilder table = new StringBuilder("full-disk and read-only cases\n\n"
                + "| case | the failing call | lost | half states | uncaught | temp files left |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        for (FaultCampaign.Tally t : rows) {
            table.append(String.format("| %s | %s | %d | %d | %d | %d |%n", t.name, t.finishedBeforeKill > 0 ? "succeeded"
                    : t.acknowledged > 0 ? "refused: " + t.refusal : "exception", t.lost, t.halfStates, t.uncaught,
                    t.tempFilesLeft));
        }
        table.append(String.format("%nwall time %.1f s%n", (System.nanoTime() - start) / 1e9));
        t0(rows).forEach(f -> table.append("- ").append(f).append('\n'));
        FaultCampaignIT.report("disk-results.md", table.toString());
        for (FaultCampaign.Tally t : rows) {
            assertThat(t.clean()).as(table.toString()).isTrue();
        }
    }

    /** Signing a second sheet whose PDF does not fit (full) or whose signed folder is read-only. */
    private FaultCampaign.Tally signing(boolean full) throws Exception {
        FaultCampaign.Tally t = tally(full, "signing");
        Path disk = disk(full, "signing");
        Path data = full ? disk.resolve("data") : tmp.resolve("data-ro-signing");
        Path signedFolder = data.resolve("signed");
        Path firstPdf;
        byte[] firstBytes;
        SignedSheetFixture second;
        try (AppContext c = TestContexts.open(data)) {
            SignedSheetFixture first = SignedSheetFixture.finished(c, tmp.resolve("scratch-a" + full));
            firstPdf = first.sign().pdf();
            firstBytes = Files.readAllBytes(firstPdf);
            second = SignedSheetFixture.create(c, tmp.resolve("scratch-b" + full), true, 0);
            UserKeyStore.openOrCreate(data.resolve("keys").resolve(second.inspector.id() + ".p12"),
                    SignedSheetFixture.PASSWORD, second.inspector.name(), "示例县人民医院", c.clock());
        }
        if (!full) {
            // the signed folder becomes a read-only mount holding a copy of what it held
            Path copy = tmp.resolve("signed-copy");
            FaultCampaign.copy(signedFolder, copy);
            mount(signedFolder, "16m");
            FaultCampaign.copy(copy, signedFolder);
            remountReadOnly(signedFolder);
        }
        try (AppContext c = TestContexts.open(data)) {
            Path filler = full ? fill(disk) : null;
            attempt(t, () -> c.inspection().signing().sign(second.sheet.id(), second.request(), SignedSheetFixture.PASSWORD,
                    second.inspector.id()));
            if (filler != null) {
                Files.delete(filler);
            }
            signedState(t, c, second.sheet.id());
            t.tempFilesLeft += temps(t, signedFolder);
            if (!Arrays.equals(Files.readAllBytes(firstPdf), firstBytes)) {
                lost(t, "the first sheet's signed PDF changed");
            }
        } catch (RuntimeException e) {
            uncaught(t, "on reopen: " + e);
        }
        if (!full) {
            new ProcessBuilder("umount", "-l", signedFolder.toString()).start().waitFor();
        }
        try (AppContext c = TestContexts.open(data)) {
            if (c.core().signedSheets().state(second.sheet.id()).orElseThrow().status() != InspectionStatus.SIGNED) {
                c.inspection().signing().sign(second.sheet.id(), second.request(), SignedSheetFixture.PASSWORD, second.inspector.id());
            }
            signedState(t, c, second.sheet.id());
        } catch (RuntimeException e) {
            uncaught(t, "in the next operation: " + e);
        }
        return t;
    }

    /** Exporting three signed sheets into a folder that fills up after about one file (full) or is read-only. */
    private FaultCampaign.Tally export(boolean full) throws Exception {
        FaultCampaign.Tally t = tally(full, "export");
        Path disk = disk(full, "export");
        Path out = disk.resolve("out");
        try (AppContext c = TestContexts.open(tmp.resolve("export-data-" + full))) {
            Set<String> hashes = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                hashes.add(SignedSheetFixture.finished(c, tmp.resolve("scratch-e" + i + full)).sign().sha256());
            }
            Path filler = null;
            if (full) {
                Files.createDirectories(out);
                filler = fill(disk, 150 * 1024);
            } else {
                remountReadOnly(disk);
            }
            attempt(t, () -> c.inspection().export().export(new ExportService.Filter(null, null, null), out));
            userVisibleFiles(t, out, hashes);
            if (filler != null) {
                Files.delete(filler);
            } else {
                new ProcessBuilder("mount", "-o", "remount,rw", disk.toString()).start().waitFor();
            }
            try {
                List<Path> written = c.inspection().export().export(new ExportService.Filter(null, null, null), out);
                if (written.size() != 3) {
                    lost(t, "the export after the fault wrote " + written.size() + " of 3 files");
                }
                userVisibleFiles(t, out, hashes);
            } catch (RuntimeException e) {
                uncaught(t, "in the next operation: " + e);
            }
        }
        return t;
    }

    /** A backup into the data folder's backups (full disk) or into a read-only folder. */
    private FaultCampaign.Tally backup(boolean full) throws Exception {
        FaultCampaign.Tally t = tally(full, "backup");
        Path disk = disk(full, "backup");
        Path data = full ? disk.resolve("data") : tmp.resolve("data-ro-backup");
        try (AppContext c = TestContexts.open(data)) {
            SignedSheetFixture.create(c, tmp.resolve("scratch-k" + full), true, 3);
            Path first = c.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE).file();
            Path target = full ? c.backup().backups().folder() : disk;
            Path filler = null;
            if (full) {
                filler = fill(disk);
            } else {
                remountReadOnly(disk);
            }
            attempt(t, () -> {
                if (full) {
                    c.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE);
                } else {
                    c.backup().backups().createIn(disk, BackupReason.MANUAL, BackupMonitor.NONE);
                }
            });
            if (filler != null) {
                Files.delete(filler);
            }
            try (Stream<Path> files = Files.list(target)) {
                for (Path f : files.toList()) {
                    if (f.equals(first)) {
                        continue;
                    }
                    try {
                        c.backup().backups().verify(f, BackupMonitor.NONE);
                    } catch (DomainException e) {
                        half(t, "a file left in the backup folder that is no whole backup: " + f.getFileName());
                    }
                }
            }
            try {
                c.backup().backups().verify(first, BackupMonitor.NONE);
                for (var b : c.backup().backups().list()) {
                    c.backup().backups().verify(b.file(), BackupMonitor.NONE);
                }
                Backups backups = c.backup().backups();
                backups.verify(backups.create(BackupReason.MANUAL, BackupMonitor.NONE).file(), BackupMonitor.NONE);
            } catch (RuntimeException e) {
                uncaught(t, "in the next operation: " + e);
            }
        }
        return t;
    }

    private static List<String> t0(List<FaultCampaign.Tally> rows) {
        return rows.stream().flatMap(t -> t.findings.stream()).toList();
    }

    private static FaultCampaign.Tally tally(boolean full, String work) {
        FaultCampaign.Tally t = new FaultCampaign.Tally((full ? "full disk: " : "read-only: ") + work);
        t.trials = 1;
        return t;
    }

    /** The failing call: a DomainException is the user's message; anything else escaped. Success is fine too. */
    private static void attempt(FaultCampaign.Tally t, Runnable call) {
        try {
            call.run();
            t.finishedBeforeKill++; // it fitted after all: counted, so a case that no longer fails is visible
        } catch (DomainException refused) {
            t.acknowledged++; // the refusal the user sees
            t.refusal = refused.first().key();
        } catch (RuntimeException e) {
            uncaught(t, "on the failing call: " + e);
        }
    }

    private static void signedState(FaultCampaign.Tally t, AppContext c, UUID id) {
        var state = c.core().signedSheets().state(id).orElseThrow();
        var pdf = c.inspection().signing().signedPdf(id);
        boolean signed = state.status() == InspectionStatus.SIGNED;
        if (signed && pdf.isEmpty()) {
            half(t, "the sheet is SIGNED without its PDF");
        } else if (!signed && pdf.isPresent()) {
            half(t, "a signed PDF without the SIGNED state");
        } else if (signed && !state.contentHash().equals(TrialCheck.sha256(pdf.get()))) {
            half(t, "the signed PDF is not the file the database names");
        }
    }

    /** Every file in a folder the user sees must be one whole signed sheet. */
    private static void userVisibleFiles(FaultCampaign.Tally t, Path folder, Set<String> hashes) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (!hashes.contains(PdfVerifier.sha256(Files.readAllBytes(f)))) {
                    half(t, "a partial or temporary file in the export folder: " + f.getFileName() + " ("
                            + Files.size(f) + " bytes)");
                }
            }
        }
    }

    private static int temps(FaultCampaign.Tally t, Path folder) throws IOException {
        int n = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().startsWith(".")) {
                    t.findings.add(t.name + ": temporary file left: " + folder.relativize(f));
                    n++;
                }
            }
        }
        return n;
    }

    private static void lost(FaultCampaign.Tally t, String what) {
        t.lost++;
        t.findings.add(t.name + ": LOST " + what);
    }

    private static void half(FaultCampaign.Tally t, String what) {
        t.halfStates++;
        t.findings.add(t.name + ": HALF STATE " + what);
    }

    private static void uncaught(FaultCampaign.Tally t, String what) {
        t.uncaught++;
        t.findings.add(t.name + ": UNCAUGHT " + what);
    }

    private Path disk(boolean full, String name) throws Exception {
        Path d = Files.createDirectories(tmp.resolve((full ? "full-" : "ro-") + name));
        assertThat(mount(d, "96m")).isTrue();
        return d;
    }

    private boolean mount(Path at, String size) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        boolean ok = p.waitFor() == 0;
        if (ok) {
            mounts.add(at);
        }
        return ok;
    }

    private static void remountReadOnly(Path at) throws Exception {
        Process p = new ProcessBuilder("mount", "-o", "remount,ro", at.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as("remount %s read-only", at).isZero();
    }

    private static Path fill(Path disk) throws IOException {
        return fill(disk, 0);
    }

    /** Fills the disk but {@code leave} bytes (roughly: whole 4 KiB pages) and returns the filler file. */
    private static Path fill(Path disk, long leave) throws IOException {
        Path filler = disk.resolve("filler.bin");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(disk).getUsableSpace() > leave + block.length) {
                out.write(block);
                out.flush();
            }
            if (leave == 0) {
                while (true) {
                    out.write(block);
                }
            }
        } catch (IOException full) {
            // the disk is full
        }
        return filler;
    }
}
