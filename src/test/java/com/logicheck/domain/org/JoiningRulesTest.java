package com.logicheck.domain.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.JoiningRules.Candidate;
import com.logicheck.domain.org.JoiningRules.Found;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 加入已有单位, decided without a database: which package, whether its signer was confirmed, who may log in. */
class JoiningRulesTest {
    static final OffsetDateTime NOV = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final String PRINT = "ab12cd34".repeat(8);

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.first().key();
        }
        return "accepted";
    }

    @Test
    void theNewestIntactPackageOfTheFolderIsTaken() {
        Candidate older = new Candidate("a.pdf", Found.PACKAGE, NOV.minusDays(20));
        Candidate newer = new Candidate("b.pdf", Found.PACKAGE, NOV);
        Candidate tampered = new Candidate("c.pdf", Found.TAMPERED_PACKAGE, null);
        Candidate sheet = new Candidate("d.pdf", Found.OTHER, null);

        assertThat(JoiningRules.newestPackage("sync", List.of(older, sheet, newer, tampered))).isEqualTo(newer);
    }

    @Test
    void anEmptyFolderAFolderWithoutAPackageAndAChangedPackageAreRefusedEachWithItsReason() {
        assertThat(key(() -> JoiningRules.newestPackage("sync", List.of()))).isEqualTo("problem.join.emptyFolder");
        assertThat(key(() -> JoiningRules.newestPackage("sync", List.of(new Candidate("d.pdf", Found.OTHER, null)))))
                .isEqualTo("problem.join.noPackage");
        assertThat(key(() -> JoiningRules.newestPackage("sync", List.of(new Candidate("d.pdf", Found.OTHER, null),
                new Candidate("c.pdf", Found.TAMPERED_PACKAGE, null))))).isEqualTo("problem.join.tampered");
        assertThatThrownBy(() -> JoiningRules.newestPackage("sync", List.of(
                new Candidate("c.pdf", Found.TAMPERED_PACKAGE, null)))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().args()).containsExactly("c.pdf"));
    }

    @Test
    void anUntrustedSignerMustBeConfirmedByItsOwnFingerprint() {
        assertThat(key(() -> JoiningRules.requireConfirmedSigner("王主任", PRINT, false, null)))
                .as("declined").isEqualTo("problem.join.signerNotConfirmed");
        assertThat(key(() -> JoiningRules.requireConfirmedSigner("王主任", PRINT, false, "ff".repeat(32))))
                .as("another fingerprint than the package's").isEqualTo("problem.join.signerNotConfirmed");
        assertThat(key(() -> JoiningRules.requireConfirmedSigner("王主任", PRINT, false, PRINT.toUpperCase())))
                .isEqualTo("accepted");
        assertThat(key(() -> JoiningRules.requireConfirmedSigner("王主任", PRINT, true, null)))
                .as("trusted here already").isEqualTo("accepted");
    }

    @Test
    void onlyAnActivePersonOfThePackageWithoutAnAccountMayJoin() {
        assertThat(key(() -> JoiningRules.requireNewcomer(true, "李明", null, Role.INSPECTOR, true))).isEqualTo("accepted");
        assertThat(key(() -> JoiningRules.requireNewcomer(true, "李明", "liming", Role.INSPECTOR, true)))
                .as("already holds an account").isEqualTo("problem.account.hasLogin");
        assertThat(key(() -> JoiningRules.requireNewcomer(false, "", null, null, false)))
                .isEqualTo("problem.join.notInPackage");
        assertThat(key(() -> JoiningRules.requireNewcomer(true, "李明", null, Role.INSPECTOR, false)))
                .isEqualTo("problem.account.inactive");
        assertThat(key(() -> JoiningRules.requireNewcomer(true, "赵经理", null, Role.PROVIDER_CONTACT, true)))
                .isEqualTo("problem.account.providerContact");
    }
}
