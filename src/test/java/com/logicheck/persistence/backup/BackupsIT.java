package com.logicheck.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.BackupRestoreAccess;
import com.logicheck.app.Clocks;
import com.logicheck.domain.DomainException;
import com.logicheck.files.Sha256;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.Database;
import com.logicheck.persistence.DatabaseKey;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real data folder: manifest, checks before restore, full disk, cancel, daily once, rotation on disk. */
@DatabaseTest
class BackupsIT {
    @TempDir
    Path tmp;
    Path data;
    Path good;

    @BeforeEach
    void aFolderWithPhotosAndABackup() {
        data = tmp.resolve("data");
        try (AppContext context = AppContext.open(data)) {
            SignedSheetFixture.create(context, tmp.resolve("scratch"), true, 2);
            good = context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE).file();
        }
    }

    @Test
    void theManifestListsEveryEntryWithItsHashAndTheSchema() throws Exception {
        BackupManifest m = new BackupReader(good).verify(BackupMonitor.NONE);
        assertThat(m.appVersion()).isNotBlank();
        assertThat(m.schemaVersion()).isEqualTo(Database.latestSchemaVersion());
        assertThat(m.consistent()).isTrue();
        assertThat(m.encrypted()).isFalse();
        assertThat(m.inspections()).isEqualTo(1);
        assertThat(m.photos()).isEqualTo(2);
        assertThat(m.entries()).extracting(BackupManifest.Entry::path).contains("db/logicheck.mv.db")
                .anyMatch(p -> p.startsWith("photos/"));
        assertThat(m.entries()).allSatisfy(e -> assertThat(e.sha256()).hasSize(64));
        assertThat(good.getFileName().toString()).matches("logicheck-\\d{8}-\\d{6}-manual\\.zip");
        try (Stream<Path> files = Files.list(good.getParent())) {
            assertThat(files).as("no temporary file is left").hasSize(1);
        }
    }

    @Test
    void aChangedByteInAPhotoIsFoundAndNothingIsRestored() throws Exception {
        Path bad = rewrite(good, "bad.zip", (name, bytes) -> {
            if (name.startsWith("photos/") && name.endsWith(".jpg")) {
                bytes[bytes.length / 2] ^= 1;
            }
            return bytes;
        }, Map.of());
        refusedWithoutChange(bad, "problem.backup.damaged");
    }

    @Test
    void anEntryOutsideTheDataFolderIsRefused() throws Exception {
        Path evil = rewrite(good, "evil.zip", (name, bytes) -> bytes, Map.of("../outside.txt", "x".getBytes()));
        refusedWithoutChange(evil, "problem.backup.damaged");
        assertThat(BackupReader.safe("../outside.txt")).isFalse();
        assertThat(BackupReader.safe("photos/../../x")).isFalse();
        assertThat(BackupReader.safe("/etc/passwd")).isFalse();
        assertThat(BackupReader.safe("photos/ab/cd.jpg")).isTrue();
    }

    @Test
    void aZipThatIsNoBackupIsRefused() throws Exception {
        Path other = tmp.resolve("other.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(other))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        refusedWithoutChange(other, "problem.backup.notBackup");
        Path garbage = Files.write(tmp.resolve("garbage.zip"), new byte[] {1, 2, 3});
        refusedWithoutChange(garbage, "problem.backup.damaged");
    }

    @Test
    void aFullDiskDuringABackupLeavesNoFileAndKeepsTheEarlierBackups() throws Exception {
        try (DataDirectory dir = new DataDirectory(data).prepare().lock()) {
            Backups backups = new Backups(dir, null, "test", Clocks.system(), Retention.DEFAULT,
                    file -> new FullAfter(Files.newOutputStream(file), 4096));
            assertThatThrownBy(() -> backups.create(BackupReason.MANUAL, BackupMonitor.NONE))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.backup.diskFull"));
        }
        try (Stream<Path> files = Files.list(good.getParent())) {
            assertThat(files).containsExactly(good);
        }
        new BackupReader(good).verify(BackupMonitor.NONE);
    }

    @Test
    void aCancelledBackupLeavesNoFile() throws Exception {
        try (AppContext context = AppContext.open(data)) {
            BackupMonitor cancelSoon = new BackupMonitor() {
                long seen;

                @Override
                public void progress(long done, long total) {
                    seen = done;
                }

                @Override
                public boolean cancelled() {
                    return seen > 0;
                }
            };
            assertThatThrownBy(() -> context.backup().backups().create(BackupReason.MANUAL, cancelSoon))
                    .isInstanceOf(CancellationException.class);
            assertThat(context.backup().backups().list()).extracting(Backups.BackupFile::file).containsExactly(good);
        }
        try (Stream<Path> files = Files.list(good.getParent())) {
            assertThat(files).containsExactly(good);
        }
    }

    @Test
    void theExitBackupIsSkippedWhenNothingChangedSinceTheNewestBackup() throws Exception {
        Instant later = Clocks.system().instant().plusSeconds(86_400);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (AppContext context = AppContext.open(data, Clock.fixed(later, zone),
                Messages.forLanguage("zh"), () -> DatabaseKey.NONE)) {
            context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE);
            int before = context.backup().backups().list().size();
            assertThat(context.backup().backups().exitIfChanged()).as("no history since the backup").isEmpty();
            assertThat(context.backup().backups().list()).hasSize(before);
        }
        try (AppContext context = AppContext.open(data, Clock.fixed(later.plusSeconds(120), zone),
                Messages.forLanguage("zh"), () -> DatabaseKey.NONE)) {
            SignedSheetFixture.create(context, tmp.resolve("scratch2"), false, 0);
        }
        try (AppContext context = AppContext.open(data, Clock.fixed(later.plusSeconds(180), zone),
                Messages.forLanguage("zh"), () -> DatabaseKey.NONE)) {
            assertThat(context.backup().backups().exitIfChanged()).as("a sheet was started since").isPresent();
        }
        try (AppContext context = AppContext.open(data, Clock.fixed(later.plusSeconds(240), zone),
                Messages.forLanguage("zh"), () -> DatabaseKey.NONE)) {
            assertThat(context.backup().backups().exitIfChanged()).as("nothing since that exit backup").isEmpty();
        }
    }

    @Test
    void theBackupAtStartIsMadeOnlyWhenSomethingChangedSinceTheNewest() throws Exception {
        Instant later = Clocks.system().instant().plusSeconds(86_400);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (AppContext context = AppContext.open(data, Clock.fixed(later, zone), Messages.forLanguage("zh"),
                () -> DatabaseKey.NONE)) {
            context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE);
            assertThat(context.backup().backups().dueAtStart()).as("nothing since the backup, whatever the day").isFalse();
            assertThat(context.backup().backups().atStartIfDue(BackupMonitor.NONE)).isEmpty();
        }
        try (AppContext context = AppContext.open(data, Clock.fixed(later.plusSeconds(120), zone),
                Messages.forLanguage("zh"), () -> DatabaseKey.NONE)) {
            SignedSheetFixture.create(context, tmp.resolve("scratch2"), false, 0);
        }
        try (AppContext context = AppContext.open(data, Clock.fixed(later.plusSeconds(180), zone),
                Messages.forLanguage("zh"), () -> DatabaseKey.NONE)) {
            assertThat(context.backup().backups().dueAtStart()).as("a sheet was started since").isTrue();
            Backups.BackupFile made = context.backup().backups().atStartIfDue(BackupMonitor.NONE).orElseThrow();
            assertThat(made.reason()).isEqualTo(BackupReason.DAILY);
            assertThat(context.backup().backups().dueAtStart()).isFalse();
            // a photo written after the newest backup (a file, not a history row) makes one due as well
            Path photo;
            try (Stream<Path> photos = Files.walk(data.resolve("photos"))) {
                photo = photos.filter(Files::isRegularFile).findFirst().orElseThrow();
            }
            Files.setLastModifiedTime(photo, FileTime.from(later.plusSeconds(240)));
            assertThat(context.backup().backups().dueAtStart()).isTrue();
        }
    }

    @Test
    void aBackupThatDoesNotReadBackIsNotPublished() throws Exception {
        try (AppContext context = AppContext.open(data)) {
            Backups backups = new Backups(context.core().dataDirectory(), context.core().database(), "test",
                    Clocks.system(), Retention.DEFAULT, file -> new FlipsAByte(Files.newOutputStream(file), 2_000));
            assertThatThrownBy(() -> backups.create(BackupReason.MANUAL, BackupMonitor.NONE))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.backup.failed"));
        }
        try (Stream<Path> files = Files.list(good.getParent())) {
            assertThat(files).as("no backup under a real name, no temporary file").containsExactly(good);
        }
    }

    @Test
    void whatUnfinishedBackupsOfThisAndEarlierVersionsLeftIsRemoved() throws Exception {
        Path folder = good.getParent();
        List<Path> leftovers = List.of(folder.resolve(".logicheck-20261101-080000-daily.zip.part"),
                folder.resolve(".logicheck-20261101-080000-daily.zip.db.zip"),
                folder.resolve(".logicheck-20261102-080000-exit.zip.12345.part"));
        for (Path p : leftovers) {
            Files.write(p, new byte[4096]);
        }
        Path other = Files.writeString(folder.resolve("readme.txt"), "not a backup");
        try (AppContext context = AppContext.open(data)) {
            assertThat(context.backup().service().removeLeftovers()).isEqualTo(3);
            assertThat(context.backup().service().removeLeftovers()).isZero();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(good, other);
        }
        assertThat(Backups.leftover(good.getFileName().toString())).isFalse();
    }

    @Test
    void theDailyBackupIsMadeOnceADayAndOldOnesRotate() throws Exception {
        Files.delete(good);
        Instant start = Instant.parse("2026-11-01T08:00:00Z");
        for (int day = 0; day < 12; day++) {
            Clock clock = Clock.fixed(start.plusSeconds(day * 86_400L), ZoneId.of("Asia/Shanghai"));
            try (AppContext context = AppContext.open(data, clock, Messages.forLanguage("zh"),
                    () -> DatabaseKey.NONE)) {
                assertThat(context.backup().backups().dailyIfDue()).isPresent();
                assertThat(context.backup().backups().dailyIfDue()).as("once a day").isEmpty();
                context.backup().backups().create(BackupReason.EXIT, BackupMonitor.NONE);
            }
        }
        try (AppContext context = AppContext.open(data)) {
            List<Backups.BackupFile> kept = context.backup().backups().list();
            // 11-06 … 11-12 (each day's newest: the exit backup); 11-02 … 11-05 share ISO week 45 with 11-06, which
            // the daily window covers, so they go; 11-01 is week 44's newest and stays
            assertThat(kept).hasSize(8);
            assertThat(kept.get(7).time().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(kept).allSatisfy(b -> assertThat(b.reason()).isEqualTo(BackupReason.EXIT));
            assertThat(kept.get(0).time().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 12));
        }
    }

    @Test
    void backupsMadeWithinOneSecondRotateByTheirNumberSoTheNewestStays() throws Exception {
        Files.delete(good);
        Clock oneSecond = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (AppContext context = AppContext.open(data, oneSecond, Messages.forLanguage("zh"), () -> DatabaseKey.NONE)) {
            List<Path> made = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                made.add(context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE).file());
            }
            // four manual backups in one second: "…-100000-manual", then -2, -3, -4; three manual ones are kept
            assertThat(made.get(3).getFileName().toString()).contains("-4-manual");
            List<Path> kept = context.backup().backups().list().stream().map(Backups.BackupFile::file)
                    .filter(f -> f.getFileName().toString().contains("-manual")).toList();
            assertThat(kept).as("the newest first, the first of the second rotated away")
                    .containsExactly(made.get(3), made.get(2), made.get(1));
        }
    }

    private void refusedWithoutChange(Path zip, String key) throws IOException {
        byte[] before = Files.readAllBytes(data.resolve("db/logicheck.mv.db"));
        assertThatThrownBy(() -> BackupRestoreAccess.restore(data, zip))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo(key));
        assertThat(Files.readAllBytes(data.resolve("db/logicheck.mv.db"))).isEqualTo(before);
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files).as("refused before even the pre-restore copy").containsExactly(good);
        }
        try (AppContext context = AppContext.open(data)) {
            assertThat(context.inspection().inspections().recent(10)).hasSize(1);
        }
    }

    interface Edit {
        byte[] apply(String name, byte[] bytes);
    }

    /** The same zip with entries changed and extra ones (listed in the manifest as if genuine when added). */
    private Path rewrite(Path source, String name, Edit edit, Map<String, byte[]> extra) throws IOException {
        Path out = tmp.resolve(name);
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> all = in.entries();
            BackupManifest manifest = null;
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (e.getName().equals(BackupManifest.FILE)) {
                    manifest = BackupManifest.fromJson(bytes);
                    continue;
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(edit.apply(e.getName(), bytes));
            }
            List<BackupManifest.Entry> entries = new ArrayList<>(manifest.entries());
            for (var x : extra.entrySet()) {
                z.putNextEntry(new ZipEntry(x.getKey()));
                z.write(x.getValue());
                entries.add(new BackupManifest.Entry(x.getKey(), x.getValue().length, Sha256.hex(x.getValue())));
            }
            BackupManifest m = manifest;
            UnaryOperator<BackupManifest> withEntries = b -> new BackupManifest(m.format(), m.app(), m.appVersion(),
                    m.schemaVersion(), m.createdAt(), m.reason(), m.encrypted(), m.consistent(), m.inspections(),
                    m.signedSheets(), m.photos(), entries);
            z.putNextEntry(new ZipEntry(BackupManifest.FILE));
            z.write(withEntries.apply(m).toJson());
        }
        return out;
    }

    /** A disk that returns other bytes than were written: one byte at {@code at} is changed on its way. */
    static final class FlipsAByte extends OutputStream {
        private final OutputStream out;
        private long position;
        private final long at;

        FlipsAByte(OutputStream out, long at) {
            this.out = out;
            this.at = at;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            byte[] copy = Arrays.copyOfRange(b, off, off + len);
            if (at >= position && at < position + len) {
                copy[(int) (at - position)] ^= 0x55;
            }
            position += len;
            out.write(copy);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** A disk with {@code room} bytes left: then every write fails as Linux reports ENOSPC. */
    static final class FullAfter extends OutputStream {
        private final OutputStream out;
        private long room;

        FullAfter(OutputStream out, long room) {
            this.out = out;
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
