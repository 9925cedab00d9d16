package com.logicheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 密码规则 (ADR 0030): each refusal with its own reason, and what passes. */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            abc              |          | problem.account.passwordShort
            ''               |          | problem.account.passwordShort
            NULL             |          | problem.account.passwordShort
            12345678         |          | problem.account.passwordShort
            后勤巡检2026        |          | problem.account.passwordShort
            1234567890       |          | problem.account.passwordAllDigits
            2026120719900101 |          | problem.account.passwordAllDigits
            １２３４５６７８９０       |          | problem.account.passwordAllDigits
            aaaaaaaaaaaa     |          | problem.account.passwordTrivial
            zhangwei-2026    | zhangwei-2026 | problem.account.passwordIsLogin
            ZhangWei-2026    | zhangwei-2026 | problem.account.passwordIsLogin
            woaini1314       |          | problem.account.passwordCommon
            WoAiNi1314       |          | problem.account.passwordCommon
            ｗｏａｉｎｉ１３１４       |          | problem.account.passwordCommon
            qwerty123456     |          | problem.account.passwordCommon
            a123456789       |          | problem.account.passwordCommon
            password123      |          | problem.account.passwordCommon
            1qaz2wsx3edc     |          | problem.account.passwordCommon
            Admin@123456     |          | problem.account.passwordCommon
            zhangwei123      |          | problem.account.passwordCommon
            qwertyuiop       |          | problem.account.passwordCommon
            iloveyou1314     |          | problem.account.passwordCommon
            """)
    void refusedWithItsReason(String password, String login, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(password == null ? null : password.toCharArray(), login))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.first().key()).isEqualTo(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hq-2026-admin", "zw-password", "given-2026", "后勤巡检-东院区-2026", "检查员的密码2026",
        "correct horse battery", "Ll7#kq2!vb", "王主任的钥匙2026"})
    void goodEnoughPasswordsPass(String password) {
        assertThatCode(() -> PasswordPolicy.check(password.toCharArray(), "wang")).doesNotThrowAnyException();
    }

    @Test
    void theListHoldsAFewThousandEntriesIncludingTheUsualChineseOnes() {
        assertThat(PasswordPolicy.listSize()).isBetween(2000, 20000);
        for (String p : new String[] {"12345678", "88888888", "woaini1314", "qwerty123", "5201314", "1qaz2wsx",
            "a123456789", "password123"}) {
            assertThat(PasswordPolicy.common(p)).as(p).isTrue();
        }
    }

    @Test
    void tooLongIsRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("ab".repeat(65).toCharArray(), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.first().key()).isEqualTo("problem.account.passwordLong"));
    }
}
