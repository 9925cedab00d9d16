package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing key through the real signing (ADR 0043): held after the first signing of a session, forgotten on
 * 退出登录 and 锁定, and a wrong password refused at the next signing with nothing written.
 */
@DatabaseTest
class SigningSessionKeyIT {
    @TempDir
    Path dir;

    private static UUID finishedRevision(AppContext c, UUID signedId, UUID actorId) {
        Inspection draft = c.inspection().signing().revise(signedId, "更正扣分说明", actorId);
        c.inspection().service().finish(draft, actorId);
        return draft.id();
    }

    @Test
    void logOutAndLockForgetTheKeyAndAWrongPasswordIsStillRefused() {
        try (AppContext c = AppContext.open(MigratedTemplate.into(dir.resolve("data")))) {
            SignedSheetFixture f = SignedSheetFixture.finished(c, dir.resolve("scratch"));
            SessionKeys keys = c.core().signingFiles().sessionKeys();
            Path keystore = c.core().signingFiles().keystore(f.inspector.id());
            f.sign();
            assertThat(keys.holds(keystore)).isTrue();

            c.core().currentUser().logOut();
            assertThat(keys.holds(keystore)).isFalse();
            UUID second = finishedRevision(c, f.sheet.id(), f.inspector.id());
            assertThatThrownBy(() -> c.inspection().signing().sign(second, f.request(), "wrong-password-1".toCharArray(),
                    f.inspector.id())).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.first().key()).isEqualTo("problem.key.wrongPassword"));
            assertThat(c.core().signedSheets().state(second).orElseThrow().status()).isEqualTo(InspectionStatus.FINISHED);
            assertThat(Files.exists(c.core().signingFiles().signedPdf(second))).isFalse();

            c.inspection().signing().sign(second, f.request(), SignedSheetFixture.PASSWORD, f.inspector.id());
            assertThat(keys.holds(keystore)).isTrue();
            // a wrong password while the key is held is refused too, and drops the held key
            UUID third = finishedRevision(c, second, f.inspector.id());
            assertThatThrownBy(() -> c.inspection().signing().sign(third, f.request(), "wrong-password-1".toCharArray(),
                    f.inspector.id())).isInstanceOf(DomainException.class);
            assertThat(keys.holds(keystore)).isFalse();
            assertThat(c.core().signedSheets().state(third).orElseThrow().status()).isEqualTo(InspectionStatus.FINISHED);

            c.inspection().signing().sign(third, f.request(), SignedSheetFixture.PASSWORD, f.inspector.id());
            c.core().currentUser().lock();
            assertThat(keys.holds(keystore)).isFalse();
        }
    }
}
