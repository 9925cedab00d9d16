package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.PERSON;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Role;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record3;

/** Who may decide what: role checks read inside the deciding transaction, so a decision cannot outrun them. */
final class People {

    private People() {
    }

    /**
     * The person's name; refuses with {@code problemKey} (argument: the name) unless the person's role may act as one
     * of {@code roles} ({@link Role#mayActAs}: 管理员 ⊇ 主管 ⊇ 检查人, ADR 0013), and refuses a deactivated person.
     */
    static String require(DSLContext tx, UUID personId, Set<Role> roles, String problemKey) {
        Record3<String, String, Boolean> row = personId == null ? null
                : tx.select(PERSON.NAME, PERSON.ROLE, PERSON.ACTIVE).from(PERSON).where(PERSON.ID.eq(personId)).fetchOne();
        if (row == null) {
            throw new DomainException(Problem.of("problem.person.unknown", String.valueOf(personId)));
        }
        if (!Boolean.TRUE.equals(row.value3())) {
            throw new DomainException(Problem.of("problem.account.inactive", row.value1()));
        }
        if (!Role.valueOf(row.value2()).mayActAsAny(roles)) {
            throw new DomainException(Problem.of(problemKey, row.value1()));
        }
        return row.value1();
    }

    static String name(DSLContext dsl, UUID personId) {
        return personId == null ? null
                : dsl.select(PERSON.NAME).from(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(PERSON.NAME).orElse("");
    }
}
