package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.ORGANISATION;
import static com.logicheck.persistence.jooq.Tables.PERSON;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * 账号: the log-in side of the {@code person} table (login, password hash, role, active). Every change is one
 * transaction that keeps at least one active 管理员 and writes a {@code change_log} row (entity {@code account}; never
 * the hash). Who may ask is decided before, by {@code AccountService} and the permission policy (ADR 0032).
 */
public final class AccountRepository {
    private final DSLContext dsl;
    private final ChangeLog changeLog;

    public AccountRepository(DSLContext dsl, ChangeLog changeLog) {
        this.dsl = dsl;
        this.changeLog = changeLog;
    }

    /**
     * One person as the account list shows them; {@code login} is null for a person who cannot log in;
     * {@code passwordChangeRequired}: the password was set by an administrator and must be replaced at the next log-in.
     */
    public record Account(UUID id, String name, String login, Role role, boolean active, boolean hasPassword,
                          boolean passwordChangeRequired) {
        public Person person() {
            return new Person(id, name, role, null);
        }
    }

    /** What a log-in check needs. */
    public record Credentials(Account account, String passwordHash) {
    }

    /** The organisation's own people (not provider contacts), active first, then by name. */
    public List<Account> accounts() {
        return dsl.selectFrom(PERSON).where(PERSON.ROLE.ne(Role.PROVIDER_CONTACT.name()))
                .orderBy(PERSON.ACTIVE.desc(), PERSON.NAME).fetch(AccountRepository::account);
    }

    public Optional<Account> account(UUID id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(AccountRepository::account);
    }

    /** True once anyone can log in: an active person with a password. From then on the app asks who is there. */
    public boolean anyPassword() {
        return dsl.fetchExists(PERSON, PERSON.PASSWORD_HASH.isNotNull().and(PERSON.ACTIVE.isTrue()));
    }

    public Optional<Credentials> credentials(String login) {
        return dsl.selectFrom(PERSON).where(PERSON.LOGIN.eq(login))
                .fetchOptional(r -> new Credentials(account(r), r.getPasswordHash()));
    }

    /** True until anyone has a password: the very first account of a data folder is created by nobody. */
    public boolean firstAccount() {
        return !dsl.fetchExists(PERSON, PERSON.PASSWORD_HASH.isNotNull());
    }

    /**
     * A new account, created by {@code actorId} (the very first one by itself, {@link #firstAccount}); the rules
     * (first is a 管理员, login free: {@code AccountRules}) are asked before, by {@code AccountService}.
     */
    public Person create(UUID actorId, String name, String login, String passwordHash, Role role) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            boolean first = !tx.fetchExists(PERSON, PERSON.PASSWORD_HASH.isNotNull());
            UUID org = tx.select(ORGANISATION.ID).from(ORGANISATION).orderBy(ORGANISATION.CREATED_AT).limit(1)
                    .fetchOptional(ORGANISATION.ID)
                    .orElseThrow(() -> new DomainException(Problem.of("problem.account.noOrganisation")));
            UUID id = UUID.randomUUID();
            // an administrator hands out the initial password: its owner replaces it at the first log-in (V13)
            tx.insertInto(PERSON).set(PERSON.ID, id).set(PERSON.ORGANISATION_ID, org).set(PERSON.NAME, name)
                    .set(PERSON.ROLE, role.name()).set(PERSON.LOGIN, login).set(PERSON.PASSWORD_HASH, passwordHash)
                    .set(PERSON.PASSWORD_CHANGE_REQUIRED, !first).execute();
            changeLog.append(tx, "account", id, null, "CREATED", Map.of("login", login, "role", role.name()),
                    first ? id : actorId);
            return new Person(id, name, role, null);
        });
    }

    /**
     * Gives a person who has none yet (e.g. one from the demo or from a synced sheet) a login and password; whether
     * they may have one ({@code AccountRules}) is asked before, by {@code AccountService}.
     */
    public void grantLogin(UUID actorId, UUID personId, String login, String passwordHash) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            lock(tx, personId);
            tx.update(PERSON).set(PERSON.LOGIN, login).set(PERSON.PASSWORD_HASH, passwordHash)
                    .set(PERSON.PASSWORD_CHANGE_REQUIRED, true).where(PERSON.ID.eq(personId)).execute();
            changeLog.append(tx, "account", personId, null, "LOGIN_GRANTED", Map.of("login", login), actorId);
        });
    }

    /**
     * A new password: by the person themself ({@code actorId == personId}; any pending forced change is then done) or
     * by a 管理员 (reset: the person must choose their own at the next log-in).
     */
    public void setPassword(UUID actorId, UUID personId, String passwordHash) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            boolean own = personId.equals(actorId);
            if (!own) {
                }
            Account target = lock(tx, personId);
            if (target.login() == null) {
                throw new DomainException(Problem.of("problem.account.noLogin", target.name()));
            }
            tx.update(PERSON).set(PERSON.PASSWORD_HASH, passwordHash).set(PERSON.PASSWORD_CHANGE_REQUIRED, !own)
                    .where(PERSON.ID.eq(personId)).execute();
            changeLog.append(tx, "account", personId, null, own ? "PASSWORD_CHANGED" : "PASSWORD_RESET", Map.of(),
                    actorId);
        });
    }

    /** Stores a stronger hash of the same password after a successful log-in (no history row: nothing changed). */
    public void rehash(UUID personId, String oldHash, String newHash) {
        dsl.update(PERSON).set(PERSON.PASSWORD_HASH, newHash)
                .where(PERSON.ID.eq(personId).and(PERSON.PASSWORD_HASH.eq(oldHash))).execute();
    }

    /** Writes the new role ({@code AccountRules.roleChanges} said it changes, asked by {@code AccountService}). */
    public void setRole(UUID actorId, UUID personId, Role role) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Account target = lock(tx, personId);
            tx.update(PERSON).set(PERSON.ROLE, role.name()).where(PERSON.ID.eq(personId)).execute();
            changeLog.append(tx, "account", personId, null, "ROLE_CHANGED",
                    Map.of("from", target.role().name(), "to", role.name()), actorId);
        });
    }

    /**
     * 停用 / 启用. A deactivated person keeps their sheets and history but can no longer log in or act. Written as
     * {@code AccountRules.activeChanges} decided, asked by {@code AccountService}.
     */
    public void setActive(UUID actorId, UUID personId, boolean active) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            lock(tx, personId);
            tx.update(PERSON).set(PERSON.ACTIVE, active).where(PERSON.ID.eq(personId)).execute();
            changeLog.append(tx, "account", personId, null, active ? "ACTIVATED" : "DEACTIVATED", Map.of(), actorId);
        });
    }

    /** The account, locked for the rest of the caller's unit of work; refused when there is no such person. */
    public Account lock(UUID personId) {
        return lock(dsl, personId);
    }

    private static Account lock(DSLContext tx, UUID personId) {
        return tx.selectFrom(PERSON).where(PERSON.ID.eq(personId)).forUpdate().fetchOptional(AccountRepository::account)
                .orElseThrow(() -> new DomainException(Problem.of("problem.person.unknown", String.valueOf(personId))));
    }

    /** Whether an active 管理员 who can log in exists besides {@code personId}. */
    public boolean anotherActiveAdmin(UUID personId) {
        return dsl.fetchExists(PERSON, PERSON.ROLE.eq(Role.ADMIN.name()).and(PERSON.ACTIVE.isTrue())
                .and(PERSON.PASSWORD_HASH.isNotNull()).and(PERSON.ID.ne(personId)));
    }

    /** The name of whoever has {@code login}, other than {@code except} (null: anyone). */
    public Optional<String> loginHolder(String login, UUID except) {
        var taken = dsl.select(PERSON.NAME).from(PERSON).where(PERSON.LOGIN.eq(login));
        return (except == null ? taken : taken.and(PERSON.ID.ne(except))).fetchOptional(PERSON.NAME);
    }

    private static Account account(Record r) {
        return new Account(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(PERSON.LOGIN), Role.valueOf(r.get(PERSON.ROLE)),
                Boolean.TRUE.equals(r.get(PERSON.ACTIVE)), r.get(PERSON.PASSWORD_HASH) != null,
                Boolean.TRUE.equals(r.get(PERSON.PASSWORD_CHANGE_REQUIRED)));
    }
}
