package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when journey of issue 7 item 1: back up a folder with a signed sheet and photos, damage the database
 * file, see the start refused with a clear message, restore, and find every record and file back.
 */
@DatabaseTest
class BackupRestoreIT {
    @TempDir
    Path tmp;
    Path data;
    UUID sheetId;
    String signedSha;
    List<PhotoStore.PhotoDetail> photos;
    long inspections;
    Backups.BackupFile backup;

    @BeforeEach
    void aFolderWithASignedSheetAndABackup() {
        data = tmp.resolve("data");
        try (AppContext context = AppContext.open(data)) {
            SignedSheetFixture fixture = SignedSheetFixture.finished(context, tmp.resolve("scratch"));
            sheetId = fixture.sheet.id();
            signedSha = fixture.sign().sha256();
            photos = context.core().photos().details(sheetId);
            inspections = context.inspection().inspections().recent(1000).size();
            backup = context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE);
        }
        assertThat(photos).isNotEmpty();
    }

    @Test
    void overwrittenDatabaseIsRefusedThenRestoredWithEveryRecord() throws Exception {
        Path db = data.resolve("db/logicheck.mv.db");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < bytes.length; i += 97) {
            bytes[i] = 0x5a;
        }
        Files.write(db, bytes);
        refusedAsDamaged();

        CliRun run = CliRun.of("restore", backup.file().toString(), "--data-dir", data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("已从").contains("恢复前的数据已备份为");

        everythingIsBack();
        assertThat(Files.readAllBytes(data.resolve("db/logicheck.mv.db"))).as("the damaged file is not kept in place")
                .isNotEqualTo(bytes);
    }

    @Test
    void truncatedDatabaseIsRefusedThenRestoredInProcess() throws Exception {
        Path db = data.resolve("db/logicheck.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        refusedAsDamaged();
        Backups.BackupFile before = RestoreCommand.restore(data, backup.file(), BackupMonitor.NONE);
        assertThat(before.reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
        assertThat(before.manifest().consistent()).as("a closed folder is copied as it lies").isFalse();
        everythingIsBack();
        try (AppContext context = AppContext.open(data)) {
            assertThat(context.backup().backups().list()).extracting(Backups.BackupFile::reason)
                    .contains(BackupReason.MANUAL, BackupReason.BEFORE_RESTORE);
        }
    }

    @Test
    void restoringIntoAnOpenFolderIsRefusedByItsLock() {
        try (AppContext open = AppContext.open(data)) {
            assertThatThrownBy(() -> RestoreCommand.restore(data, backup.file(), BackupMonitor.NONE))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.dataDir.inUse"));
        }
    }

    @Test
    void newRecordsAfterTheBackupAreKeptInTheBeforeRestoreCopy() {
        UUID later;
        try (AppContext context = AppContext.open(data)) {
            later = SignedSheetFixture.create(context, tmp.resolve("scratch2"), false, 0).sheet.id();
        }
        Backups.BackupFile before = RestoreCommand.restore(data, backup.file(), BackupMonitor.NONE);
        try (AppContext context = AppContext.open(data)) {
            assertThat(context.inspection().inspections().find(later)).as("the backup predates it").isEmpty();
        }
        RestoreCommand.restore(data, before.file(), BackupMonitor.NONE);
        try (AppContext context = AppContext.open(data)) {
            assertThat(context.inspection().inspections().find(later)).as("undoing the restore brings it back").isPresent();
            assertThat(context.inspection().inspections().find(sheetId)).isPresent();
        }
    }

    private void refusedAsDamaged() {
        assertThatThrownBy(() -> AppContext.open(data)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key())
                        .isIn("problem.database.damaged", "problem.database.wentBack"));   // ADR 0029
        CliRun run = CliRun.of("templates", "--data-dir", data.toString());
        assertThat(run.exit()).as("a local fault, ADR 0028").isEqualTo(3);
        assertThat(run.err()).containsAnyOf("数据库文件已损坏", "少了内容").contains("从备份恢复");
    }

    private void everythingIsBack() throws Exception {
        try (AppContext context = AppContext.open(data)) {
            assertThat(context.inspection().inspections().recent(1000)).hasSize((int) inspections);
            assertThat(context.inspection().inspections().find(sheetId)).get()
                    .satisfies(i -> assertThat(i.status()).isEqualTo(InspectionStatus.SIGNED));
            assertThat(context.core().photos().details(sheetId)).hasSameSizeAs(photos);
            for (PhotoStore.PhotoDetail p : context.core().photos().details(sheetId)) {
                assertThat(p.file()).exists();
            }
            Path pdf = data.resolve("signed").resolve(sheetId + ".pdf");
            assertThat(PdfVerifier.sha256(Files.readAllBytes(pdf))).isEqualTo(signedSha);
            assertThat(context.inspection().verify().verify(pdf).ok()).isTrue();
        }
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore"));
        }
    }
}
