package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CONTRACT;
import static com.logicheck.persistence.jooq.Tables.CONTRACT_SCHEME;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PROVIDER;
import static com.logicheck.persistence.jooq.Tables.REFERENCE_BASE;

import com.logicheck.persistence.ReferenceSnapshot.ContractRow;
import com.logicheck.persistence.ReferenceSnapshot.PersonRow;
import com.logicheck.persistence.ReferenceSnapshot.PlaceRow;
import com.logicheck.persistence.ReferenceSnapshot.ProviderRow;
import com.logicheck.persistence.ReferenceSnapshot.Row;
import com.logicheck.persistence.ReferenceSnapshot.SchemeLinkRow;
import com.logicheck.persistence.jooq.tables.records.ContractRecord;
import com.logicheck.persistence.jooq.tables.records.ContractSchemeRecord;
import com.logicheck.persistence.jooq.tables.records.PersonRecord;
import com.logicheck.persistence.jooq.tables.records.PlaceRecord;
import com.logicheck.persistence.jooq.tables.records.ProviderRecord;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * The mutable reference rows as {@link ReferenceSnapshot} rows: read all, read one, write one (insert or update by
 * id), and their merge bases ({@code reference_base}). Only package-private callers inside a transaction.
 */
final class ReferenceRows {
    private ReferenceRows() {
    }

    static List<PlaceRow> places(DSLContext dsl) {
        return dsl.selectFrom(PLACE).orderBy(PLACE.PATH, PLACE.ID).fetch(ReferenceRows::place);
    }

    static List<ProviderRow> providers(DSLContext dsl) {
        return dsl.selectFrom(PROVIDER).orderBy(PROVIDER.NAME, PROVIDER.ID).fetch(ReferenceRows::provider);
    }

    static List<PersonRow> people(DSLContext dsl) {
        return dsl.selectFrom(PERSON).orderBy(PERSON.NAME, PERSON.ID).fetch(ReferenceRows::person);
    }

    static List<ContractRow> contracts(DSLContext dsl) {
        return dsl.selectFrom(CONTRACT).orderBy(CONTRACT.STARTS_ON, CONTRACT.ID).fetch(ReferenceRows::contract);
    }

    static List<SchemeLinkRow> schemeLinks(DSLContext dsl) {
        return dsl.selectFrom(CONTRACT_SCHEME).orderBy(CONTRACT_SCHEME.FROM_MONTH, CONTRACT_SCHEME.ID)
                .fetch(ReferenceRows::link);
    }

    /** The local row with the same id and kind, if any. */
    static Optional<Row> local(DSLContext tx, Row row) {
        Optional<? extends Row> found;
        if (row instanceof PlaceRow p) {
            found = tx.selectFrom(PLACE).where(PLACE.ID.eq(p.id())).fetchOptional(ReferenceRows::place);
        } else if (row instanceof ProviderRow p) {
            found = tx.selectFrom(PROVIDER).where(PROVIDER.ID.eq(p.id())).fetchOptional(ReferenceRows::provider);
        } else if (row instanceof PersonRow p) {
            found = tx.selectFrom(PERSON).where(PERSON.ID.eq(p.id())).fetchOptional(ReferenceRows::person);
        } else if (row instanceof ContractRow c) {
            found = tx.selectFrom(CONTRACT).where(CONTRACT.ID.eq(c.id())).fetchOptional(ReferenceRows::contract);
        } else {
            found = tx.selectFrom(CONTRACT_SCHEME).where(CONTRACT_SCHEME.ID.eq(row.id())).fetchOptional(ReferenceRows::link);
        }
        return found.map(Row.class::cast);
    }

    /** Inserts the row, or updates the row with its id (login and password of a person are never touched). */
    static void write(DSLContext tx, Row row, UUID organisationId, boolean exists, OffsetDateTime now, UUID actorId) {
        if (row instanceof PlaceRow p) {
            PlaceRecord r = owned(tx, PLACE, PLACE.ID, PLACE.ORGANISATION_ID, p.id(), exists, organisationId);
            r.setParentId(p.parentId());
            r.setKind(p.kind());
            r.setName(p.name());
            r.setPath(p.path());
            r.setSortOrder(p.sortOrder());
            r.setActive(p.active());
            r.setLabelGeneration(p.generation());
            r.store();
        } else if (row instanceof ProviderRow p) {
            ProviderRecord r = owned(tx, PROVIDER, PROVIDER.ID, PROVIDER.ORGANISATION_ID, p.id(), exists, organisationId);
            r.setName(p.name());
            r.setShortName(p.shortName());
            r.setActive(p.active());
            r.store();
        } else if (row instanceof PersonRow p) {
            PersonRecord r = owned(tx, PERSON, PERSON.ID, PERSON.ORGANISATION_ID, p.id(), exists, organisationId);
            r.setName(p.name());
            r.setRole(p.role());
            r.setProviderId(p.providerId());
            r.setPhone(p.phone());
            r.setActive(p.active());
            r.store();
        } else if (row instanceof ContractRow c) {
            ContractRecord r = stored(tx, CONTRACT, CONTRACT.ID, c.id(), exists);
            r.setProviderId(c.providerId());
            r.setTitle(c.title());
            r.setServiceLines(c.serviceLines());
            r.setMonthlyFee(new BigDecimal(c.monthlyFee()));
            r.setPerformanceBond(new BigDecimal(c.performanceBond()));
            r.setStartsOn(c.startsOn());
            r.setEndsOn(c.endsOn());
            r.store();
        } else if (row instanceof SchemeLinkRow l) {
            ContractSchemeRecord r = stored(tx, CONTRACT_SCHEME, CONTRACT_SCHEME.ID, l.id(), exists);
            r.setContractId(l.contractId());
            r.setSchemeVersionId(l.schemeVersionId());
            r.setFromMonth(l.fromMonth());
            if (!exists) {
                r.setAttachedBy(null);
                r.setAttachedAt(now);
            }
            r.store();
        }
    }

    /** The stored row to overwrite, or a new one carrying {@code id}. */
    private static <R extends UpdatableRecord<R>> R stored(DSLContext tx, Table<R> table, TableField<R, UUID> idField,
                                                           UUID id, boolean exists) {
        if (exists) {
            return tx.fetchSingle(table, idField.eq(id));
        }
        R r = tx.newRecord(table);
        r.set(idField, id);
        return r;
    }

    /** {@link #stored} for a table of the organisation's own rows: a new row belongs to {@code organisationId}. */
    private static <R extends UpdatableRecord<R>> R owned(DSLContext tx, Table<R> table, TableField<R, UUID> idField,
                                                          TableField<R, UUID> organisation, UUID id, boolean exists,
                                                          UUID organisationId) {
        R r = stored(tx, table, idField, id, exists);
        if (!exists) {
            r.set(organisation, organisationId);
        }
        return r;
    }

    static Optional<String> base(DSLContext tx, String entity, UUID id) {
        return tx.select(REFERENCE_BASE.CONTENT_HASH).from(REFERENCE_BASE).where(REFERENCE_BASE.ENTITY.eq(entity))
                .and(REFERENCE_BASE.ENTITY_ID.eq(id)).fetchOptional(REFERENCE_BASE.CONTENT_HASH);
    }

    /** Records {@code hash} as the row's merge base: what the other laptops hold of it now. */
    static void setBase(DSLContext tx, String entity, UUID id, String hash) {
        tx.mergeInto(REFERENCE_BASE).using(tx.selectOne())
                .on(REFERENCE_BASE.ENTITY.eq(entity).and(REFERENCE_BASE.ENTITY_ID.eq(id)))
                .whenMatchedThenUpdate().set(REFERENCE_BASE.CONTENT_HASH, hash)
                .whenNotMatchedThenInsert(REFERENCE_BASE.ENTITY, REFERENCE_BASE.ENTITY_ID, REFERENCE_BASE.CONTENT_HASH)
                .values(entity, id, hash).execute();
    }

    static PlaceRow place(PlaceRecord r) {
        return new PlaceRow(r.getId(), r.getParentId(), r.getKind(), r.getName(), r.getPath(), r.getSortOrder(),
                r.getActive(), r.getLabelGeneration());
    }

    static ProviderRow provider(ProviderRecord r) {
        return new ProviderRow(r.getId(), r.getName(), r.getShortName(), r.getActive());
    }

    static PersonRow person(PersonRecord r) {
        return new PersonRow(r.getId(), r.getName(), r.getRole(), r.getProviderId(), r.getPhone(), r.getActive());
    }

    static ContractRow contract(ContractRecord r) {
        return new ContractRow(r.getId(), r.getProviderId(), r.getTitle(), r.getServiceLines(),
                ReferenceSnapshot.decimal(r.getMonthlyFee()), ReferenceSnapshot.decimal(r.getPerformanceBond()),
                r.getStartsOn(), r.getEndsOn());
    }

    static SchemeLinkRow link(ContractSchemeRecord r) {
        return new SchemeLinkRow(r.getId(), r.getContractId(), r.getSchemeVersionId(), r.getFromMonth());
    }
}
