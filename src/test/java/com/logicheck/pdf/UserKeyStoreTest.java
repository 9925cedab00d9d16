package com.logicheck.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.Clocks;
import com.logicheck.domain.DomainException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user signing key: created on first use, reopened with its password, refused clearly otherwise. */
class UserKeyStoreTest {
    private static final char[] CHINESE_PASSWORD = "检查员的密码2026".toCharArray();
    @TempDir
    Path dir;

    private static String key(DomainException e) {
        return e.first().key();
    }

    @Test
    void aKeyIsCreatedOnFirstUseWithACertificateNamingThePersonAndReopenedLater() {
        Path file = dir.resolve("keys/inspector.p12");
        UserKeyStore.SigningKey created = UserKeyStore.openOrCreate(file, CHINESE_PASSWORD, "张伟", "示例县人民医院", Clocks.system());
        UserKeyStore.SigningKey reopened = UserKeyStore.openOrCreate(file, CHINESE_PASSWORD, "别的名字", "别的单位", Clocks.system());
        assertThat(Files.exists(file)).isTrue();
        assertThat(reopened.fingerprint()).isEqualTo(created.fingerprint());
        assertThat(reopened.privateKey().getEncoded()).isEqualTo(created.privateKey().getEncoded());
        String subject = created.certificate().getSubjectX500Principal().getName();
        assertThat(subject).contains("CN=张伟", "O=示例县人民医院");
        assertThat(created.certificate().getIssuerX500Principal()).isEqualTo(created.certificate().getSubjectX500Principal());
    }

    @Test
    void aWrongPasswordIsRefusedClearly() {
        Path file = dir.resolve("k.p12");
        UserKeyStore.openOrCreate(file, CHINESE_PASSWORD, "张伟", "示例县人民医院", Clocks.system());
        assertThatThrownBy(() -> UserKeyStore.openOrCreate(file, "wrong".toCharArray(), "张伟", "", Clocks.system()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(key(e)).isEqualTo("problem.key.wrongPassword"));
    }

    @Test
    void aDamagedOrForeignFileIsRefusedClearly() throws Exception {
        Path file = dir.resolve("k.p12");
        UserKeyStore.openOrCreate(file, CHINESE_PASSWORD, "张伟", "示例县人民医院", Clocks.system());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        assertThatThrownBy(() -> UserKeyStore.openOrCreate(file, CHINESE_PASSWORD, "张伟", "", Clocks.system()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(key(e))
                        .isIn("problem.key.corrupt", "problem.key.wrongPassword"));
        Files.writeString(file, "not a keystore");
        assertThatThrownBy(() -> UserKeyStore.openOrCreate(file, CHINESE_PASSWORD, "张伟", "", Clocks.system()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(key(e)).isEqualTo("problem.key.corrupt"));
    }

    @Test
    void noPasswordIsRefusedBeforeAnythingIsCreated() {
        Path file = dir.resolve("k.p12");
        assertThatThrownBy(() -> UserKeyStore.openOrCreate(file, new char[0], "张伟", "", Clocks.system()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(key(e)).isEqualTo("problem.key.noPassword"));
        assertThat(Files.exists(file)).isFalse();
    }
}
