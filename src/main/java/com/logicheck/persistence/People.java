package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.PERSON;

import java.util.UUID;
import org.jooq.DSLContext;

/** Names of people for histories and messages; who may do what is decided by the permission policy (ADR 0032). */
final class People {

    private People() {
    }

    static String name(DSLContext dsl, UUID personId) {
        return personId == null ? null
                : dsl.select(PERSON.NAME).from(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(PERSON.NAME).orElse("");
    }
}
