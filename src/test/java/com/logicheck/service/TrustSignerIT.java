package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.service.AccountService.NewAccount;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 信任此签名人 asks the permission policy like every use case: supervisors and administrators only, and no one whose
 * account is deactivated — the same refusal from the 验证 and 同步 screens and from {@code logicheck trust}.
 */
@DatabaseTest
class TrustSignerIT {
    @TempDir
    Path dir;

    @Test
    void onlyAnActiveSupervisorOrAdministratorPutsASignerOnTheTrustList() {
        try (AppContext c = TestContexts.open(MigratedTemplate.into(dir.resolve("data")))) {
            SignedSheetFixture f = SignedSheetFixture.finished(c, dir.resolve("scratch"));
            Path pdf = f.sign().pdf();
            VerifyService verify = c.inspection().verify();
            UUID org = c.core().reference().organisation().orElseThrow().id();
            Person supervisor = c.core().reference().addPerson(org, "王主管", Role.SUPERVISOR, null);

            assertThatThrownBy(() -> verify.trustSigner(pdf, f.inspector.id())).isInstanceOfSatisfying(
                    DomainException.class, e -> assertThat(e.first())
                            .isEqualTo(Problem.of("problem.sync.trustNotAllowed", f.inspector.name())));
            // signing put the inspector's own certificate on the list already
            assertThat(verify.trustSigner(pdf, supervisor.id())).isFalse();

            Person admin = c.accounts().service().create(null, new NewAccount("王主任", "wang", "hq-2026-admin".toCharArray(),
                    Role.ADMIN));
            c.accounts().service().deactivate(admin.id(), supervisor.id());
            assertThatThrownBy(() -> verify.trustSigner(pdf, supervisor.id())).isInstanceOfSatisfying(
                    DomainException.class, e -> assertThat(e.first())
                            .isEqualTo(Problem.of("problem.account.inactive", "王主管")));
            assertThat(verify.trustSigner(pdf, admin.id())).isFalse();
        }
    }
}
