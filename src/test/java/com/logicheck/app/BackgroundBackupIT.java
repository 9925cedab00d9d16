package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.i18n.Messages;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReader;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.persistence.backup.Retention;
import com.logicheck.service.BackupService;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.backup.BackupStatus;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup at start in the background (ADR 0041), with its bad inputs: a process killed while writing a backup,
 * a full disk during one, an exit while one runs. Each leaves a normal next start, no partial file and the earlier
 * backups as they were.
 */
@DatabaseTest
class BackgroundBackupIT {
    private static final Messages ZH = Messages.forLanguage("zh");
    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void aFolderWithASheetAndPhotos() {
        data = tmp.resolve("data");
        try (AppContext context = AppContext.open(data)) {
            SignedSheetFixture.create(context, tmp.resolve("scratch"), true, 2);
        }
    }

    @Test
    @Timeout(120)
    void aBackupKilledWhileWritingLeavesANormalStartNoPartialFileAndIsMadeAgain() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BackupKillProcess.class.getName(), data.toString()).redirectErrorStream(true).start();
        boolean writing = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals("WRITING")) {
                    writing = true;
                    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close, no clean-up
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(writing).as("the child was killed in the middle of writing").isTrue();
        assertThat(hidden()).as("the kill left the unfinished zip and H2 copy").isNotEmpty();
        try (AppContext context = AppContext.open(data)) {
            assertThat(context.inspection().inspections().recent(10)).hasSize(1);
            BackupStatus status = new BackupStatus(ZH);
            new BackgroundBackup(context.backup().service(), () -> { }, Runnable::run, status, ZH).run();
            assertThat(status.text().get()).isEqualTo("备份完成");
        }
        assertThat(hidden()).as("no partial file").isEmpty();
        List<Path> backups = backups();
        assertThat(backups).hasSize(1);
        new BackupReader(backups.get(0)).verify(BackupMonitor.NONE);
    }

    @Test
    void aFullDiskDuringTheBackgroundBackupSaysSoAndKeepsTheEarlierBackups() throws Exception {
        Path earlier;
        try (AppContext context = AppContext.open(data)) {
            earlier = context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE).file();
        }
        byte[] before = Files.readAllBytes(earlier);
        try (AppContext context = AppContext.open(data)) {
            SignedSheetFixture.create(context, tmp.resolve("scratch2"), false, 0); // something to back up
            Backups full = new Backups(context.core().dataDirectory(), context.core().database(), "test",
                    Clocks.system(), Retention.DEFAULT, file -> new FullAfter(Files.newOutputStream(file), 8192));
            BackupStatus status = new BackupStatus(ZH);
            new BackgroundBackup(new BackupService(full), () -> { }, Runnable::run, status, ZH).run();
            assertThat(status.failed().get()).isTrue();
            assertThat(status.text().get()).startsWith("备份失败：磁盘空间不足");
        }
        assertThat(backups()).containsExactly(earlier);
        assertThat(hidden()).isEmpty();
        assertThat(Files.readAllBytes(earlier)).isEqualTo(before);
        new BackupReader(earlier).verify(BackupMonitor.NONE);
    }

    @Test
    @Timeout(60)
    void exitDoesNotWaitForABackupWhichIsDueAgainAtTheNextStart() throws Exception {
        try (AppContext context = AppContext.open(data)) {
            Backups slow = new Backups(context.core().dataDirectory(), context.core().database(), "test",
                    Clocks.system(), Retention.DEFAULT, file -> new Slow(Files.newOutputStream(file)));
            BackupStatus status = new BackupStatus(ZH);
            BackgroundBackup background = new BackgroundBackup(new BackupService(slow), () -> { }, Runnable::run,
                    status, ZH);
            background.start();
            while (!"正在备份…".equals(status.text().get()) || hidden().isEmpty()) {
                Thread.sleep(20);
            }
            long start = System.nanoTime();
            background.abandon(Duration.ofSeconds(5));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped within a buffer or two")
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(status.text().get()).as("nothing claimed").isEqualTo("正在备份…");
        }
        assertThat(hidden()).isEmpty();
        assertThat(backups()).isEmpty();
        try (AppContext context = AppContext.open(data)) {
            assertThat(context.backup().service().dueAtStart()).isTrue();
        }
    }

    private List<Path> hidden() throws IOException {
        return files().stream().filter(f -> f.getFileName().toString().startsWith(".")).toList();
    }

    private List<Path> backups() throws IOException {
        return files().stream().filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    }

    private List<Path> files() throws IOException {
        Path folder = data.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** A disk with {@code room} bytes left: then every write fails as Linux reports ENOSPC. */
    private static final class FullAfter extends FilterOutputStream {
        private long room;

        FullAfter(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
            out.write(b, off, len);
        }
    }

    /** A slow disk: 300 ms per write, so a backup of even a small folder takes a while. */
    private static final class Slow extends FilterOutputStream {
        Slow(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write(b, off, len);
        }
    }
}
