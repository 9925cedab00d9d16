package com.logicheck.domain.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The account rules without a database: what AccountService asks before the repository writes. */
class AccountRulesTest {

    @Test
    void theFirstAccountMustBeAnAdministrator() {
        refused(() -> AccountRules.requireFirstIsAdmin(true, Role.SUPERVISOR), "problem.account.firstMustBeAdmin");
        assertThatCode(() -> AccountRules.requireFirstIsAdmin(true, Role.ADMIN)).doesNotThrowAnyException();
        assertThatCode(() -> AccountRules.requireFirstIsAdmin(false, Role.INSPECTOR)).doesNotThrowAnyException();
    }

    @Test
    void aLoginHeldBySomeoneElseIsRefusedNamingThem() {
        assertThatThrownBy(() -> AccountRules.requireFreeLogin("lina", Optional.of("李娜")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().args()).containsExactly("lina", "李娜"));
        assertThatCode(() -> AccountRules.requireFreeLogin("lina", Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void aLoginIsGrantedOnlyToSomeoneWithoutOneWhoIsNoProviderContact() {
        refused(() -> AccountRules.requireGrantable("李娜", "lina", Role.INSPECTOR), "problem.account.hasLogin");
        refused(() -> AccountRules.requireGrantable("赵强", null, Role.PROVIDER_CONTACT), "problem.account.providerContact");
        assertThatCode(() -> AccountRules.requireGrantable("李娜", null, Role.INSPECTOR)).doesNotThrowAnyException();
    }

    @Test
    void theLastActiveAdministratorIsNeitherDemotedNorDeactivated() {
        refused(() -> AccountRules.roleChanges(Role.ADMIN, true, Role.SUPERVISOR, false), "problem.account.lastAdmin");
        assertThat(AccountRules.roleChanges(Role.ADMIN, true, Role.SUPERVISOR, true)).isTrue();
        assertThat(AccountRules.roleChanges(Role.ADMIN, false, Role.SUPERVISOR, false)).as("an inactive one").isTrue();
        assertThat(AccountRules.roleChanges(Role.ADMIN, true, Role.ADMIN, false)).as("no change").isFalse();
        refused(() -> AccountRules.roleChanges(Role.INSPECTOR, true, Role.PROVIDER_CONTACT, true),
                "problem.account.providerContact");

        refused(() -> AccountRules.activeChanges(false, Role.ADMIN, true, false, false), "problem.account.lastAdmin");
        refused(() -> AccountRules.activeChanges(true, Role.ADMIN, true, false, true), "problem.account.deactivateSelf");
        assertThat(AccountRules.activeChanges(false, Role.ADMIN, true, false, true)).isTrue();
        assertThat(AccountRules.activeChanges(true, Role.ADMIN, true, true, false)).as("no change").isFalse();
        assertThat(AccountRules.activeChanges(false, Role.ADMIN, false, true, false)).as("启用").isTrue();
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo(key));
    }
}
