package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.DataDirectory;
import com.logicheck.persistence.DatabaseEncryption;
import com.logicheck.persistence.DatabaseKey;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.persistence.backup.Backups;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.suites.DatabaseTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest (ADR 0017): convert a folder, refuse wrong passwords harmlessly, keep backups encrypted. */
@DatabaseTest
class EncryptionIT {
    /** A template code: ASCII, so it shows in a plain database file as it is. */
    private static final String PROVIDER = "hospital-environment";
    private static final char[] RIGHT = "正确的数据库密码2026".toCharArray();
    @TempDir
    Path tmp;
    Path data;
    UUID sheet;

    @BeforeEach
    void anEncryptedFolder() throws Exception {
        data = tmp.resolve("data");
        try (AppContext context = TestContexts.open(data)) {
            sheet = SignedSheetFixture.create(context, tmp.resolve("scratch"), true, 0).sheet.id();
        }
        assertThat(contains(Files.readAllBytes(db()), PROVIDER)).as("plain before").isTrue();
        try (DataDirectory dir = new DataDirectory(data).prepare().lock()) {
            new DatabaseEncryption(dir).encrypt(DatabaseKey.of(RIGHT));
        }
    }

    @Test
    void theFileNoLongerShowsTheDataAndOnlyTheRightPasswordOpensIt() throws Exception {
        assertThat(contains(Files.readAllBytes(db()), PROVIDER)).isFalse();
        assertThat(data.resolve("db/ENCRYPTED")).exists();
        byte[] before = Files.readAllBytes(db());
        for (String wrong : new String[] {"wrong-password", "正确的数据库密码2025", "x", " "}) {
            assertThatThrownBy(() -> open(wrong.toCharArray())).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isIn("problem.database.wrongPassword",
                            "problem.database.passwordNeeded"));
        }
        assertThat(Files.readAllBytes(db())).as("wrong tries change nothing").isEqualTo(before);
        assertThatThrownBy(() -> TestContexts.open(data, Clocks.system(), Messages.forLanguage("zh"),
                () -> DatabaseKey.NONE)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.database.passwordNeeded"));
        try (AppContext context = open(RIGHT)) {
            assertThat(context.inspection().inspections().find(sheet)).isPresent();
        }
    }

    @Test
    void theCommandLineWithoutAPasswordSaysWhereToGiveIt() {
        CliRun run = CliRun.of("templates", "--data-dir", data.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("数据库已加密").contains("LOGICHECK_DB_PASSWORD");
    }

    @Test
    void backupsOfAnEncryptedFolderStayEncryptedAndRestoreEncrypted() throws Exception {
        Backups.BackupFile b;
        try (AppContext context = open(RIGHT)) {
            b = context.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE);
        }
        assertThat(b.manifest().encrypted()).isTrue();
        try (ZipFile zip = new ZipFile(b.file().toFile()); InputStream in = zip.getInputStream(zip.getEntry("db/logicheck.mv.db"))) {
            assertThat(contains(in.readAllBytes(), PROVIDER)).isFalse();
            assertThat(zip.getEntry("db/ENCRYPTED")).isNotNull();
        }
        Path other = tmp.resolve("other");
        RestoreCommand.restore(other, b.file(), BackupMonitor.NONE);
        assertThat(other.resolve("db/ENCRYPTED")).exists();
        assertThatThrownBy(() -> TestContexts.open(other, Clocks.system(), Messages.forLanguage("zh"),
                () -> DatabaseKey.of("wrong-password".toCharArray()))).isInstanceOf(DomainException.class);
        try (AppContext context = TestContexts.open(other, Clocks.system(), Messages.forLanguage("zh"),
                () -> DatabaseKey.of(RIGHT))) {
            assertThat(context.inspection().inspections().find(sheet)).isPresent();
        }
    }

    @Test
    void decryptNeedsTheRightPasswordAndThenOpensWithout() throws Exception {
        try (DataDirectory dir = new DataDirectory(data).prepare().lock()) {
            DatabaseEncryption enc = new DatabaseEncryption(dir);
            assertThatThrownBy(() -> enc.decrypt(DatabaseKey.of("wrong-password".toCharArray())))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.database.wrongPassword"));
            assertThat(dir.encrypted()).isTrue();
            assertThatThrownBy(() -> enc.encrypt(DatabaseKey.of(RIGHT))).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.encryption.already"));
            enc.decrypt(DatabaseKey.of(RIGHT));
            assertThat(dir.encrypted()).isFalse();
            assertThatThrownBy(() -> enc.encrypt(DatabaseKey.of("short".toCharArray())))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo("problem.encryption.weakPassword"));
        }
        try (AppContext context = TestContexts.open(data)) {
            assertThat(context.inspection().inspections().find(sheet)).isPresent();
        }
        try (var files = Files.list(data.resolve("db"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no marker, no work copy left")
                    .doesNotContain("ENCRYPTED", ".convert").contains("logicheck.mv.db");
        }
    }

    private AppContext open(char[] password) {
        return TestContexts.open(data, Clocks.system(), Messages.forLanguage("zh"), () -> DatabaseKey.of(password));
    }

    private Path db() {
        return data.resolve("db/logicheck.mv.db");
    }

    private static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
