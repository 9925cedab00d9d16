package com.logicheck.service;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SettingsRepository;
import java.util.UUID;

/**
 * Who is using this laptop. Until accounts and log-in exist (installer/accounts issue), the user is the one
 * chosen last, or the first inspector; a fresh data folder gets an organisation and a default inspector.
 */
public final class CurrentUser {
    private final ReferenceRepository reference;
    private final SettingsRepository settings;

    public CurrentUser(ReferenceRepository reference, SettingsRepository settings) {
        this.reference = reference;
        this.settings = settings;
    }

    public Person get() {
        return settings.get(SettingsRepository.CURRENT_USER).map(UUID::fromString).flatMap(reference::person)
                .or(() -> reference.people().stream().filter(p -> p.role() == Role.INSPECTOR).findFirst())
                .orElseGet(this::createDefault);
    }

    public void switchTo(Person person) {
        settings.put(SettingsRepository.CURRENT_USER, person.id().toString());
    }

    private Person createDefault() {
        var org = reference.organisation().orElseGet(() -> reference.createOrganisation("我的单位"));
        Person p = reference.addPerson(org.id(), "检查员", Role.INSPECTOR, null);
        switchTo(p);
        return p;
    }
}
