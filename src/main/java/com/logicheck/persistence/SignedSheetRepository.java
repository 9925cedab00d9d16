package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHECKLIST_TEMPLATE;
import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.ITEM_RESULT;
import static com.logicheck.persistence.jooq.Tables.PERSON;
import static com.logicheck.persistence.jooq.Tables.PHOTO;
import static com.logicheck.persistence.jooq.Tables.PLACE;
import static com.logicheck.persistence.jooq.Tables.PROVIDER;
import static com.logicheck.persistence.jooq.Tables.SIGNATURE;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_VERSION;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.inspection.InspectionLifecycle;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.SheetNumber;
import com.logicheck.domain.inspection.Signature;
import com.logicheck.domain.inspection.SignatureRole;
import com.logicheck.persistence.jooq.tables.records.InspectionRecord;
import com.logicheck.persistence.jooq.tables.records.ItemResultRecord;
import com.logicheck.persistence.jooq.tables.records.PhotoRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Signing and revising sheets (签字 / 修订), written as {@link InspectionLifecycle} decided. Signing moves a finished
 * sheet to SIGNED with its signatures and the SHA-256 of its signed PDF, in one transaction; from then on every write
 * path refuses it. A correction is a new revision: a draft copy of the answers and photos that supersedes the signed
 * sheet, which stays as it was.
 */
public final class SignedSheetRepository {
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;

    public SignedSheetRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /**
     * The lifecycle columns of a sheet that signing and export need; {@code number} is its 检查表编号 to show (the short
     * id for a sheet from before numbers, ADR 0039).
     */
    public record SheetState(UUID id, InspectionStatus status, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                             OffsetDateTime signedAt, BigDecimal score, String grade, int revision, UUID supersedesId,
                             String contentHash, UUID originDevice, String revisionReason, String number) {
        /** The lifecycle part of the state, for the {@link InspectionLifecycle} to decide on. */
        public InspectionLifecycle lifecycle() {
            return new InspectionLifecycle(id, status, revision, supersedesId, finishedAt, score, grade, signedAt,
                    contentHash);
        }
    }

    /**
     * A signed sheet in a list to export, with the names its file name is made of; {@code number} is its 检查表编号
     * (the short id for a sheet from before numbers).
     */
    public record SignedSheetRow(UUID id, OffsetDateTime startedAt, OffsetDateTime signedAt, ServiceLine serviceLine,
                                 String templateCode, String providerName, String placeName, String inspectorName,
                                 InspectionStatus status, int revision, String number) {
    }

    public Optional<SheetState> state(UUID inspectionId) {
        return dsl.selectFrom(INSPECTION).where(INSPECTION.ID.eq(inspectionId)).fetchOptional(SignedSheetRepository::toState);
    }

    private static SheetState toState(InspectionRecord r) {
        return new SheetState(r.getId(), InspectionStatus.valueOf(r.getStatus()), r.getStartedAt(), r.getFinishedAt(),
                r.getSignedAt(), r.getScore(), r.getGrade(), r.getRevision(), r.getSupersedesId(), r.getContentHash(),
                r.getOriginDevice(), r.getRevisionReason(), SheetNumber.orShortId(r.getSheetNumber(), r.getId()));
    }

    /** The signatures of a sheet: inspector, inspected side, reviewer. */
    public List<Signature> signatures(UUID inspectionId) {
        return dsl.selectFrom(SIGNATURE).where(SIGNATURE.INSPECTION_ID.eq(inspectionId)).fetch(r -> new Signature(
                        SignatureRole.valueOf(r.getRole()), r.getPersonId(), r.getSignerName(), r.getImagePng(),
                        r.getRefusedReason(), r.getSignedAt(), r.getCertificateSha256(), r.getWitness()))
                .stream().sorted(Comparator.comparing(Signature::role)).toList();
    }

    /**
     * Writes a sheet as signed ({@link InspectionLifecycle#sign} decided it): its signatures, the signing time and the
     * signed PDF's hash, in one transaction. Guarded by the status it was decided from, so a sheet is signed once;
     * nothing is written when refused.
     */
    public void sign(InspectionLifecycle before, InspectionLifecycle signed, List<Signature> signatures, UUID actorId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID inspectionId = signed.id();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            InspectionLifecycleRows.write(tx, before, signed, now, s -> s.sign(signed.signedAt(), signed.contentHash()));
            for (Signature s : signatures) {
                tx.insertInto(SIGNATURE).set(SIGNATURE.ID, UUID.randomUUID()).set(SIGNATURE.INSPECTION_ID, inspectionId)
                        .set(SIGNATURE.ROLE, s.role().name()).set(SIGNATURE.PERSON_ID, s.personId())
                        .set(SIGNATURE.SIGNER_NAME, s.signerName()).set(SIGNATURE.IMAGE_PNG, s.imagePng())
                        .set(SIGNATURE.REFUSED_REASON, s.refusedReason()).set(SIGNATURE.SIGNED_AT, s.signedAt())
                        .set(SIGNATURE.CERTIFICATE_SHA256, s.certificateSha256()).set(SIGNATURE.WITNESS, s.witness())
                        .execute();
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("pdfSha256", signed.contentHash());
            detail.put("signers", signatures.stream().map(s -> s.role() + ":" + s.signerName()
                    + (s.refused() ? " (refused)" : "")).toList());
            changeLog.append(tx, "inspection", inspectionId, inspectionId, "SIGNED", detail, actorId);
        });
    }

    /**
     * Writes a correction as {@link InspectionLifecycle#revise} decided it: the new draft revision with a copy of the
     * answers and photos, and the signed sheet as SUPERSEDED, keeping its answers, signatures and PDF.
     */
    public void revise(InspectionLifecycle before, InspectionLifecycle.Revision revision, UUID actorId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID inspectionId = before.id();
        InspectionLifecycle draft = revision.draft();
        UUID newId = draft.id();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            InspectionLifecycleRows.write(tx, before, revision.superseded(), now, s -> s.revise(newId, revision.reason()).superseded());
            InspectionRecord old = tx.selectFrom(INSPECTION).where(INSPECTION.ID.eq(inspectionId)).fetchSingle();
            InspectionRecord copy = tx.newRecord(INSPECTION);
            copy.setId(newId);
            copy.setTemplateVersionId(old.getTemplateVersionId());
            copy.setProviderId(old.getProviderId());
            copy.setPlaceId(old.getPlaceId());
            copy.setInspectorId(old.getInspectorId());
            copy.setKind(old.getKind());
            copy.setStatus(draft.status().name());
            copy.setStartedAt(old.getStartedAt());
            copy.setRevision(draft.revision());
            copy.setSheetNumber(old.getSheetNumber());
            copy.setSupersedesId(draft.supersedesId());
            copy.setRevisionReason(revision.reason());
            copy.setOriginDevice(changeLog.deviceId());
            copy.setUpdatedAt(now);
            copy.store();
            List<ItemResultRecord> results = new ArrayList<>();
            for (ItemResultRecord r : tx.selectFrom(ITEM_RESULT).where(ITEM_RESULT.INSPECTION_ID.eq(inspectionId)).fetch()) {
                ItemResultRecord c = r.copy();
                c.setId(UUID.randomUUID());
                c.setInspectionId(newId);
                c.setUpdatedAt(now);
                results.add(c);
            }
            List<PhotoRecord> photos = new ArrayList<>();
            for (PhotoRecord p : tx.selectFrom(PHOTO).where(PHOTO.INSPECTION_ID.eq(inspectionId)).fetch()) {
                PhotoRecord c = p.copy();
                c.setId(UUID.randomUUID());
                c.setInspectionId(newId);
                photos.add(c);
            }
            tx.batchInsert(results).execute();
            tx.batchInsert(photos).execute();
            changeLog.append(tx, "inspection", inspectionId, inspectionId, "SUPERSEDED",
                    Map.of("by", newId.toString()), actorId);
            changeLog.append(tx, "inspection", newId, newId, "REVISION_CREATED",
                    Map.of("supersedes", inspectionId.toString(), "revision", draft.revision(), "reason", revision.reason()),
                    actorId);
        });
    }

    /** The newer revision that superseded a sheet, if any. */
    public Optional<UUID> supersededBy(UUID inspectionId) {
        return dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.SUPERSEDES_ID.eq(inspectionId))
                .fetchOptional(INSPECTION.ID);
    }

    /** Sheets whose id starts with {@code prefix} (the short numbers printed on sheets and in file names). */
    public List<UUID> idsStartingWith(String prefix) {
        return dsl.select(INSPECTION.ID).from(INSPECTION)
                .where(INSPECTION.ID.cast(String.class).likeIgnoreCase(prefix.toLowerCase(Locale.ROOT) + "%"))
                .limit(2).fetch(INSPECTION.ID);
    }

    /** One sheet as an export row (any status). */
    public Optional<SignedSheetRow> row(UUID inspectionId) {
        return rows(INSPECTION.ID.eq(inspectionId)).stream().findFirst();
    }

    /**
     * SIGNED sheets (current revisions) started in {@code month} (in {@code zone}), optionally of one provider
     * (full or short name) and one template code; oldest first.
     */
    public List<SignedSheetRow> signedSheets(YearMonth month, ZoneId zone, String provider, String templateCode) {
        Condition c = INSPECTION.STATUS.eq(InspectionStatus.SIGNED.name());
        if (month != null) {
            OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
            OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
            c = c.and(INSPECTION.STARTED_AT.ge(from)).and(INSPECTION.STARTED_AT.lt(to));
        }
        if (provider != null && !provider.isBlank()) {
            c = c.and(PROVIDER.NAME.eq(provider).or(PROVIDER.SHORT_NAME.eq(provider)));
        }
        if (templateCode != null && !templateCode.isBlank()) {
            c = c.and(CHECKLIST_TEMPLATE.CODE.eq(templateCode));
        }
        return rows(c);
    }

    private List<SignedSheetRow> rows(Condition condition) {
        return dsl.select(INSPECTION.ID, INSPECTION.STARTED_AT, INSPECTION.SIGNED_AT, CHECKLIST_TEMPLATE.SERVICE_LINE,
                        CHECKLIST_TEMPLATE.CODE, PROVIDER.NAME, PLACE.NAME, PERSON.NAME, INSPECTION.STATUS,
                        INSPECTION.REVISION, INSPECTION.SHEET_NUMBER)
                .from(INSPECTION)
                .join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(INSPECTION.TEMPLATE_VERSION_ID))
                .join(CHECKLIST_TEMPLATE).on(CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(INSPECTION.PROVIDER_ID))
                .join(PLACE).on(PLACE.ID.eq(INSPECTION.PLACE_ID))
                .join(PERSON).on(PERSON.ID.eq(INSPECTION.INSPECTOR_ID))
                .where(condition).orderBy(INSPECTION.STARTED_AT, INSPECTION.ID)
                .fetch(r -> new SignedSheetRow(r.value1(), r.value2(), r.value3(), ServiceLine.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), r.value8(), InspectionStatus.valueOf(r.value9()),
                        r.value10(), SheetNumber.orShortId(r.value11(), r.value1())));
    }
}
