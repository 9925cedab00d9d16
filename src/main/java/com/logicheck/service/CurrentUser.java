package com.logicheck.service;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SettingsRepository;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is using this laptop. Once someone has logged in (the app's 登录 screen, or a CLI command that checked the
 * password), it is that person until 退出登录. Without a log-in — a data folder where nobody has a password yet
 * (the demo, folders from before accounts) — it is the person chosen last, or the first inspector; a fresh data
 * folder then gets an organisation and a default inspector.
 * <p>
 * {@link #resolve()} does that database work once (the app calls it when it opens the data folder, off the JavaFX
 * thread; a log-in does it by itself); the screens then read the {@link Session}, which touches no database.
 */
public final class CurrentUser {
    private final ReferenceRepository reference;
    private final SettingsRepository settings;
    private final SessionKeys keys;
    private volatile Person loggedIn;
    private volatile Session session;

    public CurrentUser(ReferenceRepository reference, SettingsRepository settings) {
        this(reference, settings, new SessionKeys());
    }

    /** {@code keys}: the signing keys unlocked in this session, forgotten on 锁定, 退出登录 and a switch of user. */
    public CurrentUser(ReferenceRepository reference, SettingsRepository settings, SessionKeys keys) {
        this.reference = reference;
        this.settings = settings;
        this.keys = keys;
    }

    /** The user, read from the database when nobody has logged in (and remembered as the {@link #session()}). */
    public Person get() {
        return resolve().person();
    }

    /**
     * Finds the user — the person logged in, else the one chosen last, else the first inspector, else a new default
     * inspector — and keeps them as the session. Reads (and for a fresh folder writes) the database.
     */
    public Session resolve() {
        Person p = loggedIn;
        if (p == null) {
            p = settings.get(SettingsRepository.CURRENT_USER).map(UUID::fromString).flatMap(reference::person)
                    .or(() -> reference.people().stream().filter(x -> x.role() == Role.INSPECTOR).findFirst())
                    .orElseGet(this::createDefault);
        }
        Session s = Session.of(p);
        session = s;
        return s;
    }

    /**
     * The session resolved at start-up or at the last log-in; touches no database.
     *
     * @throws IllegalStateException before {@link #resolve()} or a log-in
     */
    public Session session() {
        Session s = session;
        if (s == null) {
            throw new IllegalStateException("no session yet: resolve() when the data folder opens, or log in");
        }
        return s;
    }

    /** The person who logged in, if anyone has. */
    public Optional<Person> loggedIn() {
        return Optional.ofNullable(loggedIn);
    }

    /** After a checked password: this person is the user, and is remembered as the last one (the log-in screen offers them). */
    public void logIn(Person person) {
        keys.clear();
        loggedIn = person;
        session = Session.of(person);
        settings.put(SettingsRepository.CURRENT_USER, person.id().toString());
    }

    /** 退出登录: nobody is logged in any more; the app shows the log-in screen. */
    public void logOut() {
        loggedIn = null;
        keys.clear();
    }

    /** 锁定: the session stays, but every signing key it unlocked is forgotten (the next signing unlocks it again). */
    public void lock() {
        keys.clear();
    }

    /** Makes {@code person} the one chosen last; without a log-in they are the user from now on. */
    public void switchTo(Person person) {
        keys.clear();
        settings.put(SettingsRepository.CURRENT_USER, person.id().toString());
        if (loggedIn == null) {
            session = Session.of(person);
        }
    }

    /** The id of the person who used this laptop last, if any. */
    public Optional<UUID> lastUserId() {
        return settings.get(SettingsRepository.CURRENT_USER).map(UUID::fromString);
    }

    private Person createDefault() {
        var org = reference.organisation().orElseGet(() -> reference.createOrganisation("我的单位"));
        Person p = reference.addPerson(org.id(), "检查员", Role.INSPECTOR, null);
        switchTo(p);
        return p;
    }
}
