package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.PasswordPolicy;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.AccountRules;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.AccountRepository;
import com.logicheck.persistence.AccountRepository.Account;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 账号管理 and 登录: create accounts, check a log-in, change or reset a password, change a role, deactivate.
 * Input is checked here with clear messages before anything is written; then each change is one use case: in one
 * transaction the actor is read and the permission policy asked (ADR 0013, 0032) before the repository writes.
 */
public final class AccountService {
    private static final Pattern LOGIN = Pattern.compile("[\\p{L}\\p{N}._@-]{2,50}");
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final UseCases useCases;

    public AccountService(AccountRepository accounts, PasswordHasher hasher, LoginThrottle throttle,
                          CurrentUser currentUser, UseCases useCases) {
        this.accounts = accounts;
        this.useCases = useCases;
        this.hasher = hasher;
        this.throttle = throttle;
        this.currentUser = currentUser;
    }

    /** What a new account needs. */
    public record NewAccount(String name, String login, char[] password, Role role) {
    }

    public List<Account> accounts() {
        return accounts.accounts();
    }

    public Optional<Account> account(UUID id) {
        return accounts.account(id);
    }

    /** A person's account as 用户管理 and 登录 show it. */
    public record UserAccount(UUID id, String name, String login, Role role, boolean active, boolean hasPassword,
                              boolean passwordChangeRequired) {
        static UserAccount of(Account a) {
            return new UserAccount(a.id(), a.name(), a.login(), a.role(), a.active(), a.hasPassword(),
                    a.passwordChangeRequired());
        }
    }

    /** {@link #accounts()} as the screens read them. */
    public List<UserAccount> userAccounts() {
        return accounts().stream().map(UserAccount::of).toList();
    }

    /** {@link #account(UUID)} as the screens read it. */
    public Optional<UserAccount> userAccount(UUID id) {
        return account(id).map(UserAccount::of);
    }

    /** True once a log-in is needed: someone active has a password. */
    public boolean logInRequired() {
        return accounts.anyPassword();
    }

    public Person create(UUID actorId, NewAccount a) {
        String name = name(a.name());
        String login = login(a.login());
        if (a.role() == null || a.role() == Role.PROVIDER_CONTACT) {
            throw new DomainException(Problem.of("problem.account.role"));
        }
        check(a.password(), login);
        String hash = hasher.hash(a.password());
        return useCases.inTransaction(() -> {
            boolean first = accounts.firstAccount();
            if (!first) {
                useCases.require(actorId, Permission.MANAGE_ACCOUNTS, AccessContext.NONE);
            }
            AccountRules.requireFirstIsAdmin(first, a.role());
            AccountRules.requireFreeLogin(login, accounts.loginHolder(login, null));
            return accounts.create(actorId, name, login, hash, a.role());
        });
    }

    /** Gives an existing person (e.g. from the demo or a synced sheet) a login. */
    public void grantLogin(UUID actorId, UUID personId, String login, char[] password) {
        String l = login(login);
        check(password, l);
        String hash = hasher.hash(password);
        useCases.run(actorId, Permission.MANAGE_ACCOUNTS, () -> {
            Account target = accounts.lock(personId);
            AccountRules.requireGrantable(target.name(), target.login(), target.role());
            AccountRules.requireFreeLogin(l, accounts.loginHolder(l, personId));
            accounts.grantLogin(actorId, personId, l, hash);
        });
    }

    /**
     * A right password: who it is, and whether they must first replace a password an administrator set
     * ({@link #completeLogIn}); until then they are not the {@link CurrentUser}.
     */
    public record LogIn(Person person, boolean passwordChangeRequired) {
    }

    /**
     * The person behind {@code login} when the password is right; refuses a wrong login or password with one and the
     * same message (it does not tell which was wrong), a deactivated account, and any try during the pause after
     * {@value LoginThrottle#MAX_FAILURES} failures. A correct log-in makes the person the {@link CurrentUser} — unless
     * an administrator set their password (reset, new account): then nobody is logged in until
     * {@link #completeLogIn} has replaced it.
     */
    public LogIn logIn(String login, char[] password) {
        Duration wait = throttle.remainingWait();
        if (!wait.isZero()) {
            throw new DomainException(Problem.of("problem.login.wait", Math.max(1, (wait.toMillis() + 999) / 1000)));
        }
        Person p = authenticate(normalLogin(login), password);
        boolean change = passwordChangeRequired(p.id());
        if (!change) {
            currentUser.logIn(p);
        }
        return new LogIn(p, change);
    }

    /** True while the person still has a password an administrator set (reset, or a new account's initial one). */
    public boolean passwordChangeRequired(UUID personId) {
        return accounts.account(personId).map(Account::passwordChangeRequired).orElse(false);
    }

    /**
     * 首次登录修改密码: replaces the password an administrator set with the person's own — same rules as any new
     * password, and not the one the administrator gave — and only then makes them the {@link CurrentUser}.
     */
    public Person completeLogIn(UUID personId, char[] givenPassword, char[] newPassword, char[] repeated) {
        requireSame(newPassword, repeated);
        if (Arrays.equals(givenPassword, newPassword)) {
            throw new DomainException(Problem.of("problem.account.sameAsGiven"));
        }
        changePassword(personId, givenPassword, newPassword, repeated);
        Person p = accounts.account(personId).map(Account::person).orElseThrow();
        currentUser.logIn(p);
        return p;
    }

    /** Checks {@code person}'s password without changing who is logged in (CLI, unlocking the idle lock). */
    public void confirm(UUID personId, char[] password) {
        Duration wait = throttle.remainingWait();
        if (!wait.isZero()) {
            throw new DomainException(Problem.of("problem.login.wait", Math.max(1, (wait.toMillis() + 999) / 1000)));
        }
        Account a = accounts.account(personId).orElseThrow(
                () -> new DomainException(Problem.of("problem.person.unknown", String.valueOf(personId))));
        if (a.login() == null) {
            throw new DomainException(Problem.of("problem.account.noLogin", a.name()));
        }
        authenticate(a.login(), password);
    }

    private Person authenticate(String login, char[] password) {
        Optional<AccountRepository.Credentials> c = accounts.credentials(login);
        if (c.isEmpty() || c.get().passwordHash() == null) {
            hasher.verifyNothing(password == null ? new char[0] : password);
            throw failed();
        }
        if (password == null || !hasher.verify(password, c.get().passwordHash())) {
            throw failed();
        }
        Account a = c.get().account();
        if (!a.active()) {
            throw new DomainException(Problem.of("problem.account.inactive", a.name()));
        }
        throttle.succeeded();
        if (hasher.needsRehash(c.get().passwordHash())) {
            accounts.rehash(a.id(), c.get().passwordHash(), hasher.hash(password));
        }
        return a.person();
    }

    private DomainException failed() {
        return throttle.failed()
                ? new DomainException(Problem.of("problem.login.tooMany", LoginThrottle.MAX_FAILURES,
                        LoginThrottle.PAUSE.toSeconds()))
                : new DomainException(Problem.of("problem.login.failed"));
    }

    /** 修改密码: the person themself, knowing the old password. */
    public void changePassword(UUID personId, char[] oldPassword, char[] newPassword, char[] repeated) {
        Account a = accounts.account(personId).orElseThrow(
                () -> new DomainException(Problem.of("problem.person.unknown", String.valueOf(personId))));
        if (a.login() == null) {
            throw new DomainException(Problem.of("problem.account.noLogin", a.name()));
        }
        requireSame(newPassword, repeated);
        check(newPassword, a.login());
        if (!hasher.verify(oldPassword == null ? new char[0] : oldPassword, accounts.credentials(a.login())
                .map(AccountRepository.Credentials::passwordHash).orElse(null))) {
            throw new DomainException(Problem.of("problem.account.oldPassword"));
        }
        setPassword(personId, personId, hasher.hash(newPassword));
    }

    /** 重置密码 by a 管理员 (the person forgot theirs). */
    public void resetPassword(UUID actorId, UUID personId, char[] newPassword) {
        Account a = accounts.account(personId).orElseThrow(
                () -> new DomainException(Problem.of("problem.person.unknown", String.valueOf(personId))));
        check(newPassword, a.login());
        setPassword(actorId, personId, hasher.hash(newPassword));
    }

    private void setPassword(UUID actorId, UUID personId, String hash) {
        useCases.call(actorId, Permission.CHANGE_PASSWORD, AccessContext.account(personId), actor -> {
            accounts.setPassword(actorId, personId, hash);
            return personId;
        });
    }

    public void changeRole(UUID actorId, UUID personId, Role role) {
        if (role == null || role == Role.PROVIDER_CONTACT) {
            throw new DomainException(Problem.of("problem.account.role"));
        }
        useCases.run(actorId, Permission.MANAGE_ACCOUNTS, () -> {
            Account target = accounts.lock(personId);
            if (AccountRules.roleChanges(target.role(), target.active(), role, accounts.anotherActiveAdmin(personId))) {
                accounts.setRole(actorId, personId, role);
            }
        });
        refreshCurrent(personId);
    }

    public void deactivate(UUID actorId, UUID personId) {
        setActive(actorId, personId, false);
    }

    public void reactivate(UUID actorId, UUID personId) {
        setActive(actorId, personId, true);
    }

    private void setActive(UUID actorId, UUID personId, boolean active) {
        useCases.run(actorId, Permission.MANAGE_ACCOUNTS, () -> {
            Account target = accounts.lock(personId);
            if (AccountRules.activeChanges(personId.equals(actorId), target.role(), target.active(), active,
                    accounts.anotherActiveAdmin(personId))) {
                accounts.setActive(actorId, personId, active);
            }
        });
    }

    /** Refuses two different passwords typed into 密码 and 确认密码. */
    public static void requireSame(char[] password, char[] repeated) {
        if (!Arrays.equals(password, repeated)) {
            throw new DomainException(Problem.of("problem.account.passwordMismatch"));
        }
    }

    /** The rules a new password must meet ({@link PasswordPolicy}; ADR 0013, 0030). */
    public static void check(char[] password, String login) {
        PasswordPolicy.check(password, login);
    }

    /** A login name as stored: NFKC, trimmed, lower case; refused when empty or with characters other than letters, digits and . _ @ -. */
    public static String login(String text) {
        String l = normalLogin(text);
        if (l.isEmpty()) {
            throw new DomainException(Problem.of("problem.account.loginEmpty"));
        }
        if (!LOGIN.matcher(l).matches()) {
            throw new DomainException(Problem.of("problem.account.loginInvalid", l));
        }
        return l;
    }

    static String normalLogin(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static String name(String text) {
        String n = text == null ? "" : text.strip();
        if (n.isEmpty()) {
            throw new DomainException(Problem.of("problem.account.nameEmpty"));
        }
        if (n.length() > 100) {
            throw new DomainException(Problem.of("problem.account.nameLong", 100));
        }
        return n;
    }

    private void refreshCurrent(UUID personId) {
        currentUser.loggedIn().filter(p -> p.id().equals(personId))
                .flatMap(p -> accounts.account(personId)).ifPresent(a -> currentUser.logIn(a.person()));
    }
}
