package com.logicheck.service;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import java.util.UUID;

/**
 * Who is using the app (当前用户), resolved once — at log-in, or at start-up where no log-in is needed — and from
 * then on only read: a screen takes the user's id, name and role from here and never asks the database on the
 * JavaFX thread (ADR 0034). Immutable; {@link CurrentUser} replaces it when someone else logs in.
 */
public record Session(UUID personId, String name, Role role, UUID providerId) {

    public static Session of(Person person) {
        return new Session(person.id(), person.name(), person.role(), person.providerId());
    }

    /** The user as the domain's person. */
    public Person person() {
        return new Person(personId, name, role, providerId);
    }
}
