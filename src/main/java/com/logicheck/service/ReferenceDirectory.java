package com.logicheck.service;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.ReferenceRepository.Organisation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reference data (基础资料) as the screens read it: the organisation's name and the active providers, places
 * and people to choose from. Screens ask this, not the repository, so they see only domain values (ADR 0034);
 * editing goes through {@link ReferenceData}.
 */
public final class ReferenceDirectory {
    private final ReferenceRepository reference;

    public ReferenceDirectory(ReferenceRepository reference) {
        this.reference = reference;
    }

    /** The organisation's name, or "" before the first-run setup gave it one. */
    public String organisationName() {
        return reference.organisation().map(Organisation::name).orElse("");
    }

    /** The active 服务企业, by name. */
    public List<Provider> providers() {
        return reference.providers();
    }

    /** The active places (地点), by path. */
    public List<Place> places() {
        return reference.places();
    }

    /** The active people, by name. */
    public List<Person> people() {
        return reference.people();
    }

    /** A person by id, also when no longer active. */
    public Optional<Person> person(UUID id) {
        return reference.person(id);
    }
}
