package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PLACE_CHECKIN;
import static com.logicheck.persistence.jooq.Tables.PLACE_CODE_KEY;

import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.domain.org.PlaceCode.PlaceState;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The organisation's place-code key, each place's label generation, and the check-ins of sheets (issue 16). */
public final class PlaceCodeRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public PlaceCodeRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Optional<byte[]> key(UUID organisationId) {
        return dsl.select(PLACE_CODE_KEY.SECRET).from(PLACE_CODE_KEY).where(PLACE_CODE_KEY.ORGANISATION_ID.eq(organisationId))
                .fetchOptional(r -> Base64.getDecoder().decode(r.value1()));
    }

    /**
     * The organisation id the key's codes name: the organisation of the laptop that made the key (a key received in a
     * reference package names the sender's), else this organisation's own id.
     */
    public UUID codeOrganisation(UUID organisationId) {
        UUID named = dsl.select(PLACE_CODE_KEY.CODE_ORGANISATION_ID).from(PLACE_CODE_KEY)
                .where(PLACE_CODE_KEY.ORGANISATION_ID.eq(organisationId)).fetchOne(PLACE_CODE_KEY.CODE_ORGANISATION_ID);
        return named == null ? organisationId : named;
    }

    /** Stores the organisation's key unless it already has one; returns the key that holds. */
    public byte[] keepKey(UUID organisationId, byte[] secret) {
        dsl.insertInto(PLACE_CODE_KEY).set(PLACE_CODE_KEY.ORGANISATION_ID, organisationId)
                .set(PLACE_CODE_KEY.SECRET, Base64.getEncoder().encodeToString(secret))
                .set(PLACE_CODE_KEY.CREATED_AT, OffsetDateTime.now(clock)).onDuplicateKeyIgnore().execute();
        return key(organisationId).orElseThrow();
    }

    /** Every place of the organisation, deactivated ones too (a code of one is refused as such, not as unknown). */
    public List<PlaceState> places(UUID organisationId) {
        return dsl.selectFrom(PLACE).where(PLACE.ORGANISATION_ID.eq(organisationId)).orderBy(PLACE.PATH)
                .fetch(r -> new PlaceState(r.getId(), r.getOrganisationId(), r.getLabelGeneration(), r.getActive(), r.getPath()));
    }

    public Optional<PlaceState> place(UUID placeId) {
        return dsl.selectFrom(PLACE).where(PLACE.ID.eq(placeId))
                .fetchOptional(r -> new PlaceState(r.getId(), r.getOrganisationId(), r.getLabelGeneration(), r.getActive(),
                        r.getPath()));
    }

    /** Reprinting a lost label: the place's label generation goes up by one; returns the new one. */
    public int nextGeneration(UUID placeId) {
        dsl.update(PLACE).set(PLACE.LABEL_GENERATION, PLACE.LABEL_GENERATION.plus(1)).where(PLACE.ID.eq(placeId)).execute();
        return dsl.select(PLACE.LABEL_GENERATION).from(PLACE).where(PLACE.ID.eq(placeId)).fetchSingle().value1();
    }

    public void addCheckIn(UUID inspectionId, CheckIn c) {
        dsl.insertInto(PLACE_CHECKIN).set(PLACE_CHECKIN.ID, c.id()).set(PLACE_CHECKIN.INSPECTION_ID, inspectionId)
                .set(PLACE_CHECKIN.PLACE_ID, c.placeId()).set(PLACE_CHECKIN.PERSON_ID, c.personId())
                .set(PLACE_CHECKIN.CHECKED_AT, c.at()).set(PLACE_CHECKIN.HOW, c.how().name())
                .set(PLACE_CHECKIN.CODE, c.code()).set(PLACE_CHECKIN.LABEL_GENERATION, c.generation()).execute();
    }

    /** A sheet's check-ins, oldest first. */
    public List<CheckIn> checkIns(UUID inspectionId) {
        return dsl.selectFrom(PLACE_CHECKIN).where(PLACE_CHECKIN.INSPECTION_ID.eq(inspectionId))
                .orderBy(PLACE_CHECKIN.CHECKED_AT, PLACE_CHECKIN.ID).fetch(PlaceCodeRepository::checkIn);
    }

    /** The sheets among {@code inspectionIds} with a check-in at their own place (for the 未到点确认 mark in lists). */
    public List<UUID> present(List<UUID> inspectionIds) {
        return dsl.selectDistinct(PLACE_CHECKIN.INSPECTION_ID).from(PLACE_CHECKIN)
                .join(INSPECTION).on(INSPECTION.ID
                        .eq(PLACE_CHECKIN.INSPECTION_ID).and(INSPECTION.PLACE_ID
                                .eq(PLACE_CHECKIN.PLACE_ID)))
                .where(PLACE_CHECKIN.INSPECTION_ID.in(inspectionIds)).fetch(r -> r.value1());
    }

    /** The user's newest draft sheet at {@code placeId}, if any (a scan on 首页 resumes it). */
    public Optional<UUID> draftAt(UUID inspectorId, UUID placeId) {
        return dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.INSPECTOR_ID.eq(inspectorId))
                .and(INSPECTION.PLACE_ID.eq(placeId)).and(INSPECTION.STATUS.eq("DRAFT"))
                .orderBy(INSPECTION.STARTED_AT.desc()).limit(1).fetchOptional(r -> r.value1());
    }

    /** The place a sheet is about. */
    public Optional<UUID> placeOf(UUID inspectionId) {
        return dsl.select(INSPECTION.PLACE_ID).from(INSPECTION).where(INSPECTION.ID.eq(inspectionId))
                .fetchOptional(r -> r.value1());
    }

    private static CheckIn checkIn(Record r) {
        return new CheckIn(r.get(PLACE_CHECKIN.ID), r.get(PLACE_CHECKIN.PLACE_ID), r.get(PLACE_CHECKIN.PERSON_ID),
                r.get(PLACE_CHECKIN.CHECKED_AT), How.valueOf(r.get(PLACE_CHECKIN.HOW)), r.get(PLACE_CHECKIN.CODE),
                r.get(PLACE_CHECKIN.LABEL_GENERATION));
    }
}
