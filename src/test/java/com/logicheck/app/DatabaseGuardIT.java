package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.DatabaseEncryption;
import com.logicheck.persistence.DatabaseKey;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DataFolders;
import com.logicheck.suites.DatabaseTest;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 case 1 and item 2 (ADR 0029): a database file that lost content or went back in time is refused before
 * anything writes to it, with 从备份恢复 offered, and the damaged file stays byte for byte as it was.
 */
@DatabaseTest
class DatabaseGuardIT {
    private static final Set<String> RESTORABLE_REFUSALS = Set.of("problem.database.wentBack",
            "problem.database.damaged");
    /** The folder with signed sheets, built once: each test damages its own copy of it. */
    @TempDir
    static Path once;
    static Path folder;
    static Path firstBackup;
    @TempDir
    Path tmp;
    Path data;
    Path file;
    Path guard;
    Path backup;

    @BeforeAll
    static void aFolderWithSignedSheets() {
        folder = once.resolve("data");
        Path guard = folder.resolve("db/logicheck.guard.json");
        long signed;
        try (AppContext context = AppContext.open(folder)) {
            firstBackup = folder.relativize(context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE).file());
            for (int i = 0; i < 3; i++) {
                SignedSheetFixture.finished(context, once.resolve("scratch" + i)).sign();
            }
            signed = signed(context);
            context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE);
            assertThat(guard).as("a backup brings the record up to date").content()
                    .contains("\"signedSheets\" : 3").contains("\"closedCleanly\" : false");
        }
        assertThat(signed).isEqualTo(3);
        assertThat(guard).exists();
    }

    @BeforeEach
    void aCopyOfThatFolder() {
        data = DataFolders.copy(folder, tmp.resolve("data"));
        file = data.resolve("db/logicheck.mv.db");
        guard = data.resolve("db/logicheck.guard.json");
        backup = data.resolve(firstBackup);
    }

    @Test
    void aFileCutTo100KIsRefusedAndLeftAsItIs() throws Exception {
        cut(100 * 1024);
        DomainException refusal = refusedWithRestoreOffered();
        assertThat(refusal.first().key()).isEqualTo("problem.database.wentBack");
        assertThat(new Messages(Messages.CHINESE).problems(refusal)).contains("已签名的检查表原有 3，现在 0")
                .contains("程序没有打开也没有改动它").contains("从备份恢复");
        assertThat(data.resolve("db/.check")).as("the copy H2 had to repair is gone").doesNotExist();
    }

    @Test
    void anEncryptedFileCutTo100KIsRefusedAsWell() throws Exception {
        char[] password = "加密-测试-口令-2026".toCharArray();
        try (DataDirectory dir = new DataDirectory(data).prepare().lock()) {
            new DatabaseEncryption(dir).encrypt(DatabaseKey.of(password));
        }
        cut(100 * 1024);
        String before = sha256(file);
        assertThatThrownBy(() -> AppContext.open(data, Clocks.system(), Messages.forLanguage("zh"),
                () -> DatabaseKey.of(password.clone()))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isIn(RESTORABLE_REFUSALS));
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aFileCutTo90PercentIsRefusedAsGoneBackAndLeftAsItIs() throws Exception {
        cut(Files.size(file) * 9 / 10);
        DomainException refusal = refusedWithRestoreOffered();
        if (refusal.first().key().equals("problem.database.wentBack")) {
            assertThat(new Messages(Messages.CHINESE).problems(refusal)).contains("已签名的检查表原有 3，现在");
        }
    }

    @Test
    void aMissingOrEmptyFileIsNotReplacedByAnEmptyDatabase() throws Exception {
        Files.write(file, new byte[0]);
        assertThat(refused().first().key()).isEqualTo("problem.database.missing");
        assertThat(file).isEmptyFile();
        Files.delete(file);
        assertThat(refused().first().key()).isEqualTo("problem.database.missing");
        assertThat(file).doesNotExist();
        CliRun run = CliRun.of("templates", "--data-dir", data.toString());
        assertThat(run.exit()).as("a local fault, ADR 0028").isEqualTo(3);
        assertThat(run.err()).contains("数据库文件不见了或是空的").contains("从备份恢复");
        assertThat(file).doesNotExist();
    }

    @Test
    void aRestoredOlderBackupOpensAndIsGuardedFromThenOn() throws Exception {
        cut(Files.size(file) * 9 / 10);
        RestoreCommand.restore(data, backup, BackupMonitor.NONE);
        try (AppContext context = AppContext.open(data)) {
            assertThat(signed(context)).as("the backup predates the signed sheets").isZero();
        }
        assertThat(guard).as("the restored folder gets its own record").exists();
    }

    @Test
    void aFolderWithoutARecordOpensAndGetsOne() throws Exception {
        Files.delete(guard);   // the first start after the upgrade that brought the guard
        try (AppContext context = AppContext.open(data)) {
            assertThat(signed(context)).isEqualTo(3);
        }
        assertThat(Files.readString(guard)).contains("\"signedSheets\" : 3").contains("\"closedCleanly\" : true");
    }

    private static long signed(AppContext context) {
        return context.inspection().inspections().recent(1000).stream().filter(r -> r.status() == InspectionStatus.SIGNED).count();
    }

    private void cut(long length) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    private DomainException refusedWithRestoreOffered() throws Exception {
        String before = sha256(file);
        String guardBefore = Files.readString(guard);
        DomainException refusal = refused();
        assertThat(refusal.first().key()).isIn(RESTORABLE_REFUSALS);
        CliRun run = CliRun.of("templates", "--data-dir", data.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("从备份恢复");
        assertThat(sha256(file)).as("nothing rewrote the file").isEqualTo(before);
        assertThat(Files.readString(guard)).as("the record is kept").isEqualTo(guardBefore);
        return refusal;
    }

    private DomainException refused() {
        try {
            AppContext.open(data).close();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("opened");
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
