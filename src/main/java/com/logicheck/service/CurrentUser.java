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
 */
public final class CurrentUser {
    private final ReferenceRepository reference;
    private final SettingsRepository settings;
    private volatile Person loggedIn;

    public CurrentUser(ReferenceRepository reference, SettingsRepository settings) {
        this.reference = reference;
        this.settings = settings;
    }

    public Person get() {
        Person p = loggedIn;
        if (p != null) {
            return p;
        }
        return settings.get(SettingsRepository.CURRENT_USER).map(UUID::fromString).flatMap(reference::person)
                .or(() -> reference.people().stream().filter(x -> x.role() == Role.INSPECTOR).findFirst())
                .orElseGet(this::createDefault);
    }

    /** The person who logged in, if anyone has. */
    public Optional<Person> loggedIn() {
        return Optional.ofNullable(loggedIn);
    }

    /** After a checked password: this person is the user, and is remembered as the last one (the log-in screen offers them). */
    public void logIn(Person person) {
        loggedIn = person;
        switchTo(person);
    }

    /** 退出登录: nobody is logged in any more; the app shows the log-in screen. */
    public void logOut() {
        loggedIn = null;
    }

    public void switchTo(Person person) {
        settings.put(SettingsRepository.CURRENT_USER, person.id().toString());
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
