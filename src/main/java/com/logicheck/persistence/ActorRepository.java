package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.PERSON;

import com.logicheck.domain.access.Actor;
import com.logicheck.domain.org.Role;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Reads the person who acts (操作人) for the permission policy; read inside the use case's transaction, so a decision
 * cannot outrun a change of role or a deactivation. Decides nothing itself (ADR 0032).
 */
public final class ActorRepository {
    private final DSLContext dsl;

    public ActorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The person with {@code personId}, or empty when there is none (or the id is null). */
    public Optional<Actor> actor(UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return dsl.select(PERSON.ID, PERSON.NAME, PERSON.ROLE, PERSON.ACTIVE, PERSON.PROVIDER_ID).from(PERSON)
                .where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new Actor(r.value1(), r.value2(), Role.valueOf(r.value3()),
                        Boolean.TRUE.equals(r.value4()), r.value5()));
    }
}
