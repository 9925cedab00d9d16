package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
    final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void theEncodingCarriesSchemeIterationsSaltAndHash() {
        String encoded = hasher.hash("后勤巡检2026".toCharArray());
        assertThat(encoded).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("后勤巡检2026".toCharArray(), encoded)).isTrue();
        assertThat(hasher.verify("后勤巡检2025".toCharArray(), encoded)).isFalse();
    }

    @Test
    void theAppHashesWithAMillionIterations() {
        String encoded = new PasswordHasher().hash("后勤巡检2026".toCharArray());
        assertThat(encoded).startsWith("pbkdf2-sha256$1000000$");
        assertThat(new PasswordHasher().verify("后勤巡检2026".toCharArray(), encoded)).isTrue();
    }

    @Test
    void theSameHashTwiceDiffersBySalt() {
        assertThat(hasher.hash("password-1".toCharArray())).isNotEqualTo(hasher.hash("password-1".toCharArray()));
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifiesAndAsksForARehash() {
        String weak = new PasswordHasher(500).hash("zhangwei2026".toCharArray());
        assertThat(hasher.verify("zhangwei2026".toCharArray(), weak)).isTrue();
        assertThat(hasher.needsRehash(weak)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("zhangwei2026".toCharArray()))).isFalse();
        assertThat(new PasswordHasher(500).needsRehash(hasher.hash("x".toCharArray()))).isFalse();
    }

    @Test
    void aChinesePasswordMatchesWhateverUnicodeFormTheInputMethodSends() {
        String composed = "caf\u00e9密码1234";
        String decomposed = "cafe\u0301密码1234";
        assertThat(hasher.verify(decomposed.toCharArray(), hasher.hash(composed.toCharArray()))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain-text-password", "pbkdf2-sha256$abc$AAAA$BBBB", "pbkdf2-sha256$1000$!!$??",
        "md5$1$AAAAAAAAAAA$BBBBBBBBBBB", "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void aDamagedOrUnknownEncodingNeverVerifies(String encoded) {
        assertThat(hasher.verify("plain-text-password".toCharArray(), encoded)).isFalse();
        assertThat(hasher.needsRehash(encoded)).isTrue();
    }
}
