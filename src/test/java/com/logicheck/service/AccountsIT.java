package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.AccountRepository.Account;
import com.logicheck.service.AccountService.NewAccount;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts on a real H2 file with the real migrations (the hash's iterations lowered by the build, see pom.xml). */
@DatabaseTest
class AccountsIT {
    static final int ITERATIONS = TestContexts.PASSWORD_ITERATIONS;
    @TempDir
    Path dir;
    AppContext c;
    AccountService accounts;

    @BeforeEach
    void open() {
        c = TestContexts.open(MigratedTemplate.into(dir));
        c.core().reference().createOrganisation("神木县医院");
        accounts = c.accounts().service();
    }

    @AfterEach
    void close() {
        c.close();
    }

    Person admin() {
        return accounts.create(null, new NewAccount("王主任", "wang", "hq-2026-admin".toCharArray(), Role.ADMIN));
    }

    static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo(key));
    }

    @Test
    void theFirstAccountMustBeAnAdminAndThenALogInIsRequired() {
        assertThat(accounts.logInRequired()).isFalse();
        refused(() -> accounts.create(null, new NewAccount("张伟", "zhangwei", "zw-password".toCharArray(), Role.INSPECTOR)),
                "problem.account.firstMustBeAdmin");
        assertThat(accounts.logInRequired()).isFalse();
        Person admin = admin();
        assertThat(accounts.logInRequired()).isTrue();
        assertThat(accounts.account(admin.id()).orElseThrow().login()).isEqualTo("wang");
    }

    @Test
    void theStoredHashIsTheSlowParameterEncodedOneNeverThePassword() throws Exception {
        admin();
        assertThat(column("password_hash", "wang")).startsWith("pbkdf2-sha256$" + ITERATIONS + "$")
                .doesNotContain("hq-2026-admin");
    }

    @Test
    void aLogInWithTheRightPasswordMakesThePersonTheCurrentUser() {
        Person admin = admin();
        assertThat(accounts.logIn(" WANG ", "hq-2026-admin".toCharArray()).person()).isEqualTo(admin);
        assertThat(c.core().currentUser().get()).isEqualTo(admin);
        assertThat(c.core().currentUser().loggedIn()).contains(admin);
        c.core().currentUser().logOut();
        assertThat(c.core().currentUser().loggedIn()).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameMessageAndFiveInARowCostAWait() {
        admin();
        refused(() -> accounts.logIn("wang", "wrong-password".toCharArray()), "problem.login.failed");
        refused(() -> accounts.logIn("nobody", "hq-2026-admin".toCharArray()), "problem.login.failed");
        refused(() -> accounts.logIn("wang", null), "problem.login.failed");
        refused(() -> accounts.logIn("wang", "x".toCharArray()), "problem.login.failed");
        refused(() -> accounts.logIn("wang", "y".toCharArray()), "problem.login.tooMany");
        refused(() -> accounts.logIn("wang", "hq-2026-admin".toCharArray()), "problem.login.wait");
        assertThat(c.core().currentUser().loggedIn()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithItsOwnMessageAndWritesNothing() {
        Person admin = admin();
        int before = accounts.accounts().size();
        refused(() -> accounts.create(admin.id(), new NewAccount("张伟", "zw", "short".toCharArray(), Role.INSPECTOR)),
                "problem.account.passwordShort");
        refused(() -> accounts.create(admin.id(), new NewAccount("张伟", "zhangwei.hq", "ZhangWei.HQ".toCharArray(),
                Role.INSPECTOR)), "problem.account.passwordIsLogin");
        refused(() -> accounts.create(admin.id(), new NewAccount("张伟", "zw", "kkkkkkkkkk".toCharArray(), Role.INSPECTOR)),
                "problem.account.passwordTrivial");
        refused(() -> accounts.create(admin.id(), new NewAccount("张伟", "zw", "8888888888".toCharArray(), Role.INSPECTOR)),
                "problem.account.passwordAllDigits");
        refused(() -> accounts.create(admin.id(), new NewAccount("张伟", "zw", "WoAiNi1314".toCharArray(), Role.INSPECTOR)),
                "problem.account.passwordCommon");
        refused(() -> accounts.create(admin.id(), new NewAccount("张伟", "Wang", "zw-password".toCharArray(), Role.INSPECTOR)),
                "problem.account.loginTaken");
        refused(() -> accounts.create(admin.id(), new NewAccount("张伟", "zhang wei", "zw-password".toCharArray(), Role.INSPECTOR)),
                "problem.account.loginInvalid");
        refused(() -> accounts.create(admin.id(), new NewAccount(" ", "zhangwei", "zw-password".toCharArray(), Role.INSPECTOR)),
                "problem.account.nameEmpty");
        refused(() -> accounts.create(admin.id(), new NewAccount("张伟", "zhangwei", "zw-password".toCharArray(),
                Role.PROVIDER_CONTACT)), "problem.account.role");
        assertThat(accounts.accounts()).hasSize(before);
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        Person admin = admin();
        Person inspector = accounts.create(admin.id(), new NewAccount("张伟", "zhangwei", "zw-password".toCharArray(),
                Role.INSPECTOR));
        refused(() -> accounts.create(inspector.id(), new NewAccount("李娜", "lina", "ln-password".toCharArray(),
                Role.INSPECTOR)), "problem.account.notAdmin");
        refused(() -> accounts.changeRole(inspector.id(), inspector.id(), Role.ADMIN), "problem.account.notAdmin");
        refused(() -> accounts.resetPassword(inspector.id(), admin.id(), "taken-over-1".toCharArray()),
                "problem.account.notAdmin");
        assertThat(accounts.account(inspector.id()).orElseThrow().role()).isEqualTo(Role.INSPECTOR);
        accounts.logIn("wang", "hq-2026-admin".toCharArray());
    }

    @Test
    void theLastActiveAdminCanBeNeitherDemotedNorDeactivated() {
        Person admin = admin();
        refused(() -> accounts.changeRole(admin.id(), admin.id(), Role.SUPERVISOR), "problem.account.lastAdmin");
        refused(() -> accounts.deactivate(admin.id(), admin.id()), "problem.account.deactivateSelf");
        Person second = accounts.create(admin.id(), new NewAccount("刘洋", "liuyang", "ly-password".toCharArray(), Role.ADMIN));
        accounts.changeRole(second.id(), admin.id(), Role.SUPERVISOR);
        assertThat(accounts.account(admin.id()).orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
        refused(() -> accounts.changeRole(second.id(), second.id(), Role.INSPECTOR), "problem.account.lastAdmin");
        refused(() -> accounts.deactivate(admin.id(), second.id()), "problem.account.notAdmin");
    }

    @Test
    void aDeactivatedPersonCanNeitherLogInNorActAndCanBeReactivated() {
        Person admin = admin();
        Person sup = accounts.create(admin.id(), new NewAccount("刘洋", "liuyang", "ly-password".toCharArray(), Role.SUPERVISOR));
        accounts.deactivate(admin.id(), sup.id());
        refused(() -> accounts.logIn("liuyang", "ly-password".toCharArray()), "problem.account.inactive");
        refused(() -> c.assessment().service().reopen(UUID.randomUUID(), YearMonth.of(2026, 11), "复核", sup.id()),
                "problem.account.inactive");
        accounts.reactivate(admin.id(), sup.id());
        assertThat(accounts.logIn("liuyang", "ly-password".toCharArray()).person()).isEqualTo(sup);
        Account a = accounts.account(sup.id()).orElseThrow();
        assertThat(a.active()).isTrue();
    }

    @Test
    void anAdminMayDoWhatASupervisorMayAndAnInspectorMayNot() {
        Person admin = admin();
        Person inspector = accounts.create(admin.id(), new NewAccount("张伟", "zhangwei", "zw-password".toCharArray(),
                Role.INSPECTOR));
        UUID provider = c.core().reference().addProvider(c.core().reference().organisation().orElseThrow().id(), "恒通物业", "恒通").id();
        refused(() -> c.assessment().service().reopen(provider, YearMonth.of(2026, 11), "复核", inspector.id()),
                "problem.month.notSupervisor");
        refused(() -> c.assessment().service().reopen(provider, YearMonth.of(2026, 11), "复核", admin.id()),
                "problem.month.notClosed");
    }

    @Test
    void passwordsChangeWithTheOldOneAndResetByAnAdmin() {
        Person admin = admin();
        Person inspector = accounts.create(admin.id(), new NewAccount("张伟", "zhangwei", "zw-password".toCharArray(),
                Role.INSPECTOR));
        refused(() -> accounts.changePassword(inspector.id(), "wrong-old-1".toCharArray(), "zw-password-2".toCharArray(),
                "zw-password-2".toCharArray()), "problem.account.oldPassword");
        refused(() -> accounts.changePassword(inspector.id(), "zw-password".toCharArray(), "zw-password-2".toCharArray(),
                "zw-password-3".toCharArray()), "problem.account.passwordMismatch");
        accounts.changePassword(inspector.id(), "zw-password".toCharArray(), "zw-password-2".toCharArray(),
                "zw-password-2".toCharArray());
        refused(() -> accounts.logIn("zhangwei", "zw-password".toCharArray()), "problem.login.failed");
        accounts.resetPassword(admin.id(), inspector.id(), "reset-by-admin".toCharArray());
        assertThat(accounts.logIn("zhangwei", "reset-by-admin".toCharArray()).person()).isEqualTo(inspector);
    }

    @Test
    void aPasswordAnAdminSetMustBeReplacedBeforeThePersonIsLoggedIn() {
        Person admin = admin();
        assertThat(accounts.passwordChangeRequired(admin.id())).as("the first admin chose their own").isFalse();
        assertThat(accounts.logIn("wang", "hq-2026-admin".toCharArray()).passwordChangeRequired()).isFalse();
        c.core().currentUser().logOut();

        Person inspector = accounts.create(admin.id(), new NewAccount("张伟", "zhangwei", "given-2026".toCharArray(),
                Role.INSPECTOR));
        assertThat(accounts.passwordChangeRequired(inspector.id())).as("a new account's initial password").isTrue();
        AccountService.LogIn first = accounts.logIn("zhangwei", "given-2026".toCharArray());
        assertThat(first.person()).isEqualTo(inspector);
        assertThat(first.passwordChangeRequired()).isTrue();
        assertThat(c.core().currentUser().loggedIn()).as("nobody until the change").isEmpty();

        // the same rules as any new password, plus: not the given one; nothing changes on a refusal
        refused(() -> accounts.completeLogIn(inspector.id(), "given-2026".toCharArray(), "short".toCharArray(),
                "short".toCharArray()), "problem.account.passwordShort");
        refused(() -> accounts.completeLogIn(inspector.id(), "given-2026".toCharArray(), "qwerty123456".toCharArray(),
                "qwerty123456".toCharArray()), "problem.account.passwordCommon");
        refused(() -> accounts.completeLogIn(inspector.id(), "given-2026".toCharArray(), "zw-own-2026".toCharArray(),
                "zw-own-2027".toCharArray()), "problem.account.passwordMismatch");
        refused(() -> accounts.completeLogIn(inspector.id(), "given-2026".toCharArray(), "given-2026".toCharArray(),
                "given-2026".toCharArray()), "problem.account.sameAsGiven");
        refused(() -> accounts.completeLogIn(inspector.id(), "not-given".toCharArray(), "zw-own-2026".toCharArray(),
                "zw-own-2026".toCharArray()), "problem.account.oldPassword");
        assertThat(accounts.passwordChangeRequired(inspector.id())).isTrue();
        assertThat(c.core().currentUser().loggedIn()).isEmpty();

        assertThat(accounts.completeLogIn(inspector.id(), "given-2026".toCharArray(), "zw-own-2026".toCharArray(),
                "zw-own-2026".toCharArray())).isEqualTo(inspector);
        assertThat(c.core().currentUser().loggedIn()).contains(inspector);
        assertThat(accounts.passwordChangeRequired(inspector.id())).isFalse();
        c.core().currentUser().logOut();
        assertThat(accounts.logIn("zhangwei", "zw-own-2026".toCharArray()).passwordChangeRequired()).isFalse();

        // a reset by the admin asks again; a login granted by the admin too
        accounts.resetPassword(admin.id(), inspector.id(), "reset-2026".toCharArray());
        assertThat(accounts.logIn("zhangwei", "reset-2026".toCharArray()).passwordChangeRequired()).isTrue();
        Person demo = c.core().reference().addPerson(c.core().reference().organisation().orElseThrow().id(), "李娜", Role.INSPECTOR, null);
        accounts.grantLogin(admin.id(), demo.id(), "lina", "lina-2026!".toCharArray());
        assertThat(accounts.passwordChangeRequired(demo.id())).isTrue();
        assertThat(history(inspector.id())).containsExactly("CREATED", "PASSWORD_CHANGED", "PASSWORD_RESET");
    }

    @Test
    void aPersonWithoutLoginGetsOneFromAnAdmin() {
        Person admin = admin();
        Person demo = c.core().reference().addPerson(c.core().reference().organisation().orElseThrow().id(), "李娜", Role.INSPECTOR, null);
        accounts.grantLogin(admin.id(), demo.id(), "lina", "lina-2026!".toCharArray());
        assertThat(accounts.logIn("lina", "lina-2026!".toCharArray()).person().id()).isEqualTo(demo.id());
        refused(() -> accounts.grantLogin(admin.id(), demo.id(), "lina2", "lina-2026!".toCharArray()),
                "problem.account.hasLogin");
    }

    @Test
    void aWeakerStoredHashIsReplacedAtTheNextLogIn() throws Exception {
        admin();
        String before = column("password_hash", "wang");
        exec("UPDATE person SET password_hash = '" + new PasswordHasher(ITERATIONS / 2).hash("hq-2026-admin".toCharArray())
                + "' WHERE login = 'wang'");
        accounts.logIn("wang", "hq-2026-admin".toCharArray());
        assertThat(column("password_hash", "wang")).startsWith("pbkdf2-sha256$" + ITERATIONS + "$").isNotEqualTo(before);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + c.dataDirectory().databaseFile()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    private String column(String column, String login) throws SQLException {
        try (var conn = connect(); var st = conn.prepareStatement("SELECT " + column + " FROM person WHERE login = ?")) {
            st.setString(1, login);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void exec(String sql) throws SQLException {
        try (var conn = connect(); var st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    private List<String> history(UUID personId) {
        try (var conn = connect(); var st = conn.prepareStatement(
                "SELECT action FROM change_log WHERE entity = 'account' AND entity_id = ? ORDER BY seq")) {
            st.setObject(1, personId);
            List<String> out = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
