package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CONTRACT;
import static com.logicheck.persistence.jooq.Tables.ORGANISATION;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PROVIDER;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.PlacePath;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Organisation, places, providers with contracts, and people. */
public final class ReferenceRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public ReferenceRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public record Organisation(UUID id, String name) {
    }

    public Optional<Organisation> organisation() {
        return dsl.selectFrom(ORGANISATION).orderBy(ORGANISATION.CREATED_AT).limit(1)
                .fetchOptional(r -> new Organisation(r.getId(), r.getName()));
    }

    public Organisation createOrganisation(String name) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(ORGANISATION).set(ORGANISATION.ID, id).set(ORGANISATION.NAME, name)
                .set(ORGANISATION.CREATED_AT, OffsetDateTime.now(clock)).execute();
        return new Organisation(id, name);
    }

    public Place addPlace(UUID organisationId, Place parent, PlaceKind kind, String name) {
        UUID id = UUID.randomUUID();
        String path = PlacePath.child(parent == null ? null : parent.path(), name);
        dsl.insertInto(PLACE).set(PLACE.ID, id).set(PLACE.ORGANISATION_ID, organisationId)
                .set(PLACE.PARENT_ID, parent == null ? null : parent.id()).set(PLACE.KIND, kind.name())
                .set(PLACE.NAME, name).set(PLACE.PATH, path).execute();
        return new Place(id, parent == null ? null : parent.id(), kind, name, path);
    }

    public List<Place> places() {
        return dsl.selectFrom(PLACE).where(PLACE.ACTIVE.isTrue()).orderBy(PLACE.PATH)
                .fetch(r -> new Place(r.getId(), r.getParentId(), PlaceKind.valueOf(r.getKind()), r.getName(), r.getPath()));
    }

    public Provider addProvider(UUID organisationId, String name, String shortName) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(PROVIDER).set(PROVIDER.ID, id).set(PROVIDER.ORGANISATION_ID, organisationId)
                .set(PROVIDER.NAME, name).set(PROVIDER.SHORT_NAME, shortName).execute();
        return new Provider(id, name, shortName);
    }

    public List<Provider> providers() {
        return dsl.selectFrom(PROVIDER).where(PROVIDER.ACTIVE.isTrue()).orderBy(PROVIDER.NAME)
                .fetch(r -> new Provider(r.getId(), r.getName(), r.getShortName()));
    }

    public void addContract(Contract c) {
        dsl.insertInto(CONTRACT).set(CONTRACT.ID, c.id()).set(CONTRACT.PROVIDER_ID, c.providerId())
                .set(CONTRACT.TITLE, c.title())
                .set(CONTRACT.SERVICE_LINES, c.serviceLines().stream().map(ServiceLine::name).sorted()
                        .collect(Collectors.joining(",")))
                .set(CONTRACT.MONTHLY_FEE, c.monthlyFee()).set(CONTRACT.PERFORMANCE_BOND, c.performanceBond())
                .set(CONTRACT.STARTS_ON, c.startsOn()).set(CONTRACT.ENDS_ON, c.endsOn()).execute();
    }

    public Person addPerson(UUID organisationId, String name, Role role, UUID providerId) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(PERSON).set(PERSON.ID, id).set(PERSON.ORGANISATION_ID, organisationId)
                .set(PERSON.NAME, name).set(PERSON.ROLE, role.name()).set(PERSON.PROVIDER_ID, providerId).execute();
        return new Person(id, name, role, providerId);
    }

    public List<Person> people() {
        return dsl.selectFrom(PERSON).where(PERSON.ACTIVE.isTrue()).orderBy(PERSON.NAME)
                .fetch(r -> new Person(r.getId(), r.getName(), Role.valueOf(r.getRole()), r.getProviderId()));
    }

    /** A provider by id, also when no longer active (old sheets still name it). */
    public Optional<Provider> provider(UUID id) {
        return dsl.selectFrom(PROVIDER).where(PROVIDER.ID.eq(id))
                .fetchOptional(r -> new Provider(r.getId(), r.getName(), r.getShortName()));
    }

    /** A place by id, also when no longer active. */
    public Optional<Place> place(UUID id) {
        return dsl.selectFrom(PLACE).where(PLACE.ID.eq(id))
                .fetchOptional(r -> new Place(r.getId(), r.getParentId(), PlaceKind.valueOf(r.getKind()), r.getName(), r.getPath()));
    }

    public Optional<Person> person(UUID id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id))
                .fetchOptional(r -> new Person(r.getId(), r.getName(), Role.valueOf(r.getRole()), r.getProviderId()));
    }
}
