package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.ORGANISATION;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PROVIDER;

import com.logicheck.domain.inspection.Signature;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Creates, inside the import's transaction, the places, providers and people an imported sheet names but this
 * laptop does not know yet, under their own UUIDs (ADR 0010). Known ones are left exactly as they are.
 */
final class SyncReferences {
    private final Clock clock;

    SyncReferences(Clock clock) {
        this.clock = clock;
    }

    void ensure(DSLContext tx, SyncRepository.ImportedSheet s) {
        UUID org = organisation(tx, s.organisation());
        if (!tx.fetchExists(PROVIDER, PROVIDER.ID.eq(s.provider().id()))) {
            tx.insertInto(PROVIDER).set(PROVIDER.ID, s.provider().id()).set(PROVIDER.ORGANISATION_ID, org)
                    .set(PROVIDER.NAME, cut(s.provider().name(), 200))
                    .set(PROVIDER.SHORT_NAME, cut(s.provider().shortName(), 50)).execute();
            placeholder(tx, new ReferenceSnapshot.ProviderRow(s.provider().id(), cut(s.provider().name(), 200),
                    cut(s.provider().shortName(), 50), true));
        }
        place(tx, org, s.place().id(), s.place().name(), true);
        for (SyncRepository.Answer a : s.answers()) {
            place(tx, org, a.placeId(), null, false);
        }
        for (SyncRepository.Photo p : s.photos()) {
            place(tx, org, p.placeId(), null, false);
        }
        for (SyncRepository.CheckInRow c : s.checkIns()) {
            place(tx, org, c.placeId(), c.placePath(), false);
        }
        person(tx, org, s.inspector().id(), s.inspector().name(), Role.INSPECTOR);
        for (SyncRepository.CheckInRow c : s.checkIns()) {
            person(tx, org, c.personId(), c.personName(), Role.INSPECTOR);
        }
        for (Signature g : s.signatures()) {
            Role role = switch (g.role()) {
                case INSPECTOR -> Role.INSPECTOR;
                case INSPECTEE -> Role.PROVIDER_CONTACT;
                case REVIEWER -> Role.SUPERVISOR;
            };
            person(tx, org, g.personId(), g.signerName(), role);
        }
    }

    private UUID organisation(DSLContext tx, String name) {
        return tx.select(ORGANISATION.ID).from(ORGANISATION).orderBy(ORGANISATION.CREATED_AT).limit(1)
                .fetchOptional(ORGANISATION.ID).orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    tx.insertInto(ORGANISATION).set(ORGANISATION.ID, id)
                            .set(ORGANISATION.NAME, name == null || name.isBlank() ? "-" : cut(name, 200))
                            .set(ORGANISATION.CREATED_AT, OffsetDateTime.now(clock)).execute();
                    return id;
                });
    }

    /**
     * A place the sheet is about arrives with its path ("东院区 / 3号楼 / 心内科病区") and becomes an active area
     * named after the path's last part; a place only an answer or photo points to (id, no name) is kept as an
     * inactive placeholder so the id survives the trip without appearing in pickers.
     */
    private static void place(DSLContext tx, UUID org, UUID id, String path, boolean named) {
        if (id == null || tx.fetchExists(PLACE, PLACE.ID.eq(id))) {
            return;
        }
        String full = path == null || path.isBlank() ? "#" + id.toString().substring(0, 8) : cut(path, 1000);
        int slash = full.lastIndexOf(" / ");
        String name = slash < 0 ? full : full.substring(slash + 3);
        tx.insertInto(PLACE).set(PLACE.ID, id).set(PLACE.ORGANISATION_ID, org).set(PLACE.KIND, PlaceKind.AREA.name())
                .set(PLACE.NAME, cut(name, 200)).set(PLACE.PATH, full).set(PLACE.ACTIVE, named).execute();
        placeholder(tx, new ReferenceSnapshot.PlaceRow(id, null, PlaceKind.AREA.name(), cut(name, 200), full, 0, named));
    }

    private static void person(DSLContext tx, UUID org, UUID id, String name, Role role) {
        if (id == null || tx.fetchExists(PERSON, PERSON.ID.eq(id))) {
            return;
        }
        String stored = cut(name == null || name.isBlank() ? "-" : name, 100);
        tx.insertInto(PERSON).set(PERSON.ID, id).set(PERSON.ORGANISATION_ID, org)
                .set(PERSON.NAME, stored).set(PERSON.ROLE, role.name()).execute();
        placeholder(tx, new ReferenceSnapshot.PersonRow(id, stored, role.name(), null, null, true));
    }

    /**
     * A row made up from a sheet is its own merge base (ADR 0019): unchanged here, it gives way to the real row when
     * a signed reference-data package brings it.
     */
    private static void placeholder(DSLContext tx, ReferenceSnapshot.Row row) {
        ReferenceRows.setBase(tx, ReferenceSnapshot.entity(row), row.id(), ReferenceSnapshot.hash(row));
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() > max ? v.substring(0, max) : v;
    }
}
