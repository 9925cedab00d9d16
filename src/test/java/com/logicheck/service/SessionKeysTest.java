package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.Clocks;
import com.logicheck.domain.DomainException;
import com.logicheck.pdf.UserKeyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing keys of a log-in session (ADR 0043): unlocked once, a wrong password still refused while one is held,
 * forgotten on 锁定, 退出登录 and a switch of user, so that the next signing unlocks the key store again.
 */
class SessionKeysTest {
    private static final char[] PASSWORD = "检查员的密码2026".toCharArray();
    @TempDir
    Path dir;
    private final SessionKeys keys = new SessionKeys();
    private final CurrentUser user = new CurrentUser(null, null, keys);

    private Path file;

    @BeforeEach
    void createKey() {
        file = dir.resolve("keys/inspector.p12");
        UserKeyStore.openOrCreate(file, PASSWORD, "张伟", "示例县人民医院", Clocks.system());
    }

    private UserKeyStore.SigningKey unlock(char[] password) {
        return keys.unlock(file, password, "张伟", "示例县人民医院", Clocks.system());
    }

    private static String problem(Throwable e) {
        return ((DomainException) e).first().key();
    }

    @Test
    void theKeyIsUnlockedOnceAndTakenFromTheSessionAfterwards() {
        UserKeyStore.SigningKey first = unlock(PASSWORD);
        assertThat(keys.holds(file)).isTrue();
        assertThat(unlock(PASSWORD.clone())).isSameAs(first);
    }

    @Test
    void aWrongPasswordIsRefusedWhileTheKeyIsHeldAndTheHeldKeyIsNotHandedOut() {
        UserKeyStore.SigningKey first = unlock(PASSWORD);
        assertThatThrownBy(() -> unlock("wrong-password-1".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(problem(e)).isEqualTo("problem.key.wrongPassword"));
        assertThatThrownBy(() -> unlock(new char[0]))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(problem(e)).isEqualTo("problem.key.noPassword"));
        assertThatThrownBy(() -> unlock(null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(problem(e)).isEqualTo("problem.key.noPassword"));
        // the right password again opens the key store afresh: the held key was dropped with the wrong try
        assertThat(keys.holds(file)).isFalse();
        assertThat(unlock(PASSWORD)).isNotSameAs(first);
    }

    @Test
    void lockForgetsTheKeySoTheNextSigningUnlocksTheKeyStoreAgain() {
        UserKeyStore.SigningKey first = unlock(PASSWORD);
        user.lock();
        assertThat(keys.holds(file)).isFalse();
        assertThatThrownBy(() -> unlock("wrong-password-1".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(problem(e)).isEqualTo("problem.key.wrongPassword"));
        UserKeyStore.SigningKey again = unlock(PASSWORD);
        assertThat(again).isNotSameAs(first);
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void logOutForgetsTheKey() {
        UserKeyStore.SigningKey first = unlock(PASSWORD);
        user.logOut();
        assertThat(keys.holds(file)).isFalse();
        assertThat(unlock(PASSWORD)).isNotSameAs(first);
    }

    @Test
    void aKeyStoreChangedOnDiskIsOpenedAgain() throws Exception {
        UserKeyStore.SigningKey first = unlock(PASSWORD);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 60_000));
        assertThat(unlock(PASSWORD)).isNotSameAs(first);
        Files.writeString(file, "not a keystore");
        assertThatThrownBy(() -> unlock(PASSWORD))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(problem(e)).isEqualTo("problem.key.corrupt"));
    }
}
