package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.INSPECTION;
import static com.logicheck.persistence.jooq.Tables.ITEM_RESULT;
import static com.logicheck.persistence.jooq.Tables.PHOTO;
import static com.logicheck.persistence.jooq.Tables.PLACE_CHECKIN;
import static com.logicheck.persistence.jooq.Tables.SIGNATURE;
import static com.logicheck.persistence.jooq.Tables.SYNC_CONFLICT;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_ITEM;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.Signature;
import com.logicheck.persistence.jooq.Tables;
import com.logicheck.persistence.jooq.tables.records.InspectionRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * 同步合并: stores a sheet read from a signed file, by its UUID, in one transaction: new → inserted; the same file
 * again → skipped; a newer revision → inserted and the old one marked SUPERSEDED; the same id with other content,
 * or a second revision of one sheet → kept and listed in {@code sync_conflict}. Nothing is ever overwritten.
 * Places, providers and people the sheet names but this laptop does not know are created from the sheet (ADR 0010).
 */
public final class SyncRepository {
    private static final int ATTEMPTS = 4;
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final SyncReferences references;
    private final Map<UUID, Set<UUID>> itemsByVersion = new ConcurrentHashMap<>();

    public SyncRepository(DSLContext dsl, Clock clock, ChangeLog changeLog) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
        this.references = new SyncReferences(clock);
    }

    /** A named thing a sheet refers to (provider: name and short name; place: its path; person: name). */
    public record Ref(UUID id, String name, String shortName) {
    }

    public record Answer(UUID itemId, String outcome, List<BigDecimal> quantities, BigDecimal deduction, String note,
                         UUID placeId) {
    }

    public record Photo(UUID id, UUID itemId, String sha256, String originalName, long byteSize, int width, int height,
                        String caption, UUID placeId, OffsetDateTime takenAt) {
    }

    /** Everything an imported sheet stores; {@code contentHash} is the SHA-256 of its signed PDF. */
    public record ImportedSheet(UUID id, int revision, UUID supersedesId, UUID templateVersionId, String kind,
                                OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime signedAt,
                                UUID originDevice, BigDecimal score, String grade, String organisation, Ref provider,
                                Ref place, Ref inspector, List<Answer> answers, List<Photo> photos,
                                List<Signature> signatures, String contentHash, String importedFrom,
                                String sheetNumber, List<CheckInRow> checkIns) {
        public ImportedSheet {
            checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
        }
    }

    /**
     * A check-in carried in the signed record (issue 16): stored in {@code place_checkin} on the importing laptop, so
     * its lists, screens and prints show the presence the other laptop recorded.
     */
    public record CheckInRow(UUID id, UUID placeId, String placePath, UUID personId, String personName,
                             OffsetDateTime at, String how, String code, int generation) {
    }

    public enum Outcome { NEW, UPDATED, SKIPPED, CONFLICT }

    /** The verdict on one sheet; {@code conflictWith} names the local sheet when there is a conflict. */
    public record Merge(Outcome outcome, UUID conflictWith) {
    }

    /** An open conflict, for the list a person works through. */
    public record Conflict(UUID id, String kind, UUID inspectionId, UUID localId, UUID incomingId, String incomingSha256,
                           String incomingFile, OffsetDateTime detectedAt) {
    }

    /**
     * Merges one sheet. {@code pdf} is kept with a SAME_ID conflict (the file is not stored as a sheet then).
     * A concurrent import of the same sheet is resolved by trying again (the second attempt sees it and skips).
     */
    public Merge merge(ImportedSheet sheet, byte[] pdf, UUID actorId) {
        DataAccessException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return dsl.transactionResult(cfg -> mergeIn(cfg.dsl(), sheet, pdf, actorId));
            } catch (DataAccessException e) {
                if (e.getCause() instanceof DomainException d) {
                    throw d;
                }
                if (DatabaseFault.isLocal(e)) {
                    throw new DatabaseFault(e);   // this laptop's database, not the file (issue 19 case 2)
                }
                last = e;
            }
        }
        throw new DomainException(Problem.of("sync.refused.invalid", String.valueOf(last.getMessage())));
    }

    private Merge mergeIn(DSLContext tx, ImportedSheet s, byte[] pdf, UUID actorId) {
        InspectionRecord existing = tx.selectFrom(INSPECTION).where(INSPECTION.ID.eq(s.id())).fetchOne();
        if (existing != null) {
            if (s.contentHash().equals(existing.getContentHash()) || inConflicts(tx, s.contentHash())) {
                return new Merge(Outcome.SKIPPED, null);
            }
            conflict(tx, "SAME_ID", s.id(), s.id(), s, pdf);
            changeLog.append(tx, "inspection", s.id(), s.id(), "SYNC_CONFLICT",
                    Map.of("incomingSha256", s.contentHash(), "file", s.importedFrom()), actorId);
            return new Merge(Outcome.CONFLICT, s.id());
        }
        InspectionRecord previous = null;
        if (s.supersedesId() != null) {
            previous = tx.selectFrom(INSPECTION).where(INSPECTION.ID.eq(s.supersedesId())).forUpdate().fetchOne();
            if (previous == null) {
                throw new DomainException(Problem.of("sync.refused.missingPredecessor", s.revision() - 1));
            }
        }
        requireItemsOfTemplate(s, cachedItemsOf(tx, s.templateVersionId()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        references.ensure(tx, s);
        boolean supersededHere = tx.fetchExists(INSPECTION, INSPECTION.SUPERSEDES_ID.eq(s.id()));
        insert(tx, s, supersededHere ? InspectionStatus.SUPERSEDED : InspectionStatus.SIGNED, now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("file", s.importedFrom());
        detail.put("pdfSha256", s.contentHash());
        detail.put("originDevice", String.valueOf(s.originDevice()));
        changeLog.append(tx, "inspection", s.id(), s.id(), "IMPORTED", detail, actorId);
        if (previous == null) {
            return new Merge(Outcome.NEW, null);
        }
        Optional<UUID> rival = tx.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.SUPERSEDES_ID.eq(previous.getId()))
                .and(INSPECTION.ID.ne(s.id())).limit(1).fetchOptional(INSPECTION.ID);
        if (rival.isPresent()) {
            conflict(tx, "COMPETING_REVISION", previous.getId(), rival.get(), s, null);
            changeLog.append(tx, "inspection", s.id(), s.id(), "SYNC_CONFLICT",
                    Map.of("rivalRevision", rival.get().toString(), "supersedes", previous.getId().toString()), actorId);
            return new Merge(Outcome.CONFLICT, rival.get());
        }
        if (!InspectionStatus.SUPERSEDED.name().equals(previous.getStatus())) {
            tx.update(INSPECTION).set(INSPECTION.STATUS, InspectionStatus.SUPERSEDED.name())
                    .set(INSPECTION.UPDATED_AT, now).where(INSPECTION.ID.eq(previous.getId())).execute();
            changeLog.append(tx, "inspection", previous.getId(), previous.getId(), "SUPERSEDED",
                    Map.of("by", s.id().toString(), "imported", true), actorId);
        }
        return new Merge(Outcome.UPDATED, null);
    }

    static void requireItemsOfTemplate(DSLContext tx, ImportedSheet s) {
        requireItemsOfTemplate(s, itemsOf(tx, s.templateVersionId()));
    }

    /** Every answer and photo names an item of the sheet's template version. */
    private static void requireItemsOfTemplate(ImportedSheet s, Set<UUID> ofVersion) {
        Set<UUID> items = new HashSet<>();
        s.answers().forEach(a -> items.add(a.itemId()));
        s.photos().forEach(p -> items.add(p.itemId()));
        if (items.contains(null) || !ofVersion.containsAll(items)) {
            throw new DomainException(Problem.of("sync.refused.invalid", "item"));
        }
    }

    private static Set<UUID> itemsOf(DSLContext tx, UUID versionId) {
        return Set.copyOf(tx.select(TEMPLATE_ITEM.ID).from(TEMPLATE_ITEM)
                .where(TEMPLATE_ITEM.TEMPLATE_VERSION_ID.eq(versionId)).fetch(TEMPLATE_ITEM.ID));
    }

    /**
     * The item ids of a template version, remembered: a published version's items never change (ADR 0005), and
     * 10 000 imported sheets of one template would otherwise ask 10 000 times (ADR 0023).
     */
    private Set<UUID> cachedItemsOf(DSLContext tx, UUID versionId) {
        Set<UUID> cached = itemsByVersion.get(versionId);
        if (cached != null) {
            return cached;
        }
        Set<UUID> items = itemsOf(tx, versionId);
        if (!items.isEmpty() && itemsByVersion.size() < 1000) {
            itemsByVersion.put(versionId, items);
        }
        return items;
    }

    private static void insert(DSLContext tx, ImportedSheet s, InspectionStatus status, OffsetDateTime now) {
        String from = s.importedFrom().length() > 500 ? s.importedFrom().substring(s.importedFrom().length() - 500)
                : s.importedFrom();
        tx.insertInto(INSPECTION).set(INSPECTION.ID, s.id()).set(INSPECTION.TEMPLATE_VERSION_ID, s.templateVersionId())
                .set(INSPECTION.PROVIDER_ID, s.provider().id()).set(INSPECTION.PLACE_ID, s.place().id())
                .set(INSPECTION.INSPECTOR_ID, s.inspector().id()).set(INSPECTION.KIND, s.kind())
                .set(INSPECTION.STATUS, status.name()).set(INSPECTION.STARTED_AT, s.startedAt())
                .set(INSPECTION.FINISHED_AT, s.finishedAt()).set(INSPECTION.SIGNED_AT, s.signedAt())
                .set(INSPECTION.REVISION, s.revision()).set(INSPECTION.SUPERSEDES_ID, s.supersedesId())
                .set(INSPECTION.SCORE, s.score()).set(INSPECTION.GRADE, s.grade())
                .set(INSPECTION.ORIGIN_DEVICE, s.originDevice()).set(INSPECTION.IMPORTED_FROM, from)
                .set(INSPECTION.CONTENT_HASH, s.contentHash()).set(INSPECTION.UPDATED_AT, now)
                .set(INSPECTION.SHEET_NUMBER, s.sheetNumber()).execute();
        insertChildren(tx, s, now);
    }

    /** The answers, photos, check-ins and signatures of an imported sheet whose inspection row is there. */
    static void insertChildren(DSLContext tx, ImportedSheet s, OffsetDateTime now) {
        // one multi-row INSERT for all answers: a statement per answer cost a third of an import's merge (ADR 0023)
        if (!s.answers().isEmpty()) {
            var insert = tx.insertInto(ITEM_RESULT, ITEM_RESULT.ID, ITEM_RESULT.INSPECTION_ID, ITEM_RESULT.TEMPLATE_ITEM_ID,
                    ITEM_RESULT.OUTCOME, ITEM_RESULT.QUANTITIES, ITEM_RESULT.DEDUCTION, ITEM_RESULT.NOTE,
                    ITEM_RESULT.PLACE_ID, ITEM_RESULT.UPDATED_AT);
            for (Answer a : s.answers()) {
                insert = insert.values(derived(s.id(), "result", a.itemId()), s.id(), a.itemId(), a.outcome(),
                        JsonCodec.quantities(a.quantities()), a.deduction(), a.note() == null ? "" : a.note(),
                        a.placeId(), now);
            }
            insert.execute();
        }
        for (Photo p : s.photos()) {
            tx.insertInto(PHOTO).set(PHOTO.ID, p.id()).set(PHOTO.INSPECTION_ID, s.id())
                    .set(PHOTO.TEMPLATE_ITEM_ID, p.itemId()).set(PHOTO.SHA256, p.sha256())
                    .set(PHOTO.FILE_NAME, p.sha256() + extension(p.originalName()))
                    .set(PHOTO.ORIGINAL_NAME, p.originalName()).set(PHOTO.BYTE_SIZE, p.byteSize())
                    .set(PHOTO.WIDTH, p.width()).set(PHOTO.HEIGHT, p.height())
                    .set(PHOTO.CAPTION, p.caption() == null ? "" : p.caption()).set(PHOTO.PLACE_ID, p.placeId())
                    .set(PHOTO.TAKEN_AT, p.takenAt()).execute();
        }
        for (CheckInRow c : s.checkIns()) {
            tx.insertInto(PLACE_CHECKIN).set(PLACE_CHECKIN.ID, c.id()).set(PLACE_CHECKIN.INSPECTION_ID, s.id())
                    .set(PLACE_CHECKIN.PLACE_ID, c.placeId()).set(PLACE_CHECKIN.PERSON_ID, c.personId())
                    .set(PLACE_CHECKIN.CHECKED_AT, c.at()).set(PLACE_CHECKIN.HOW, c.how())
                    .set(PLACE_CHECKIN.CODE, c.code()).set(PLACE_CHECKIN.LABEL_GENERATION, c.generation()).execute();
        }
        for (Signature g : s.signatures()) {
            tx.insertInto(SIGNATURE).set(SIGNATURE.ID, derived(s.id(), "signature", g.role().name()))
                    .set(SIGNATURE.INSPECTION_ID, s.id()).set(SIGNATURE.ROLE, g.role().name())
                    .set(SIGNATURE.PERSON_ID, g.personId()).set(SIGNATURE.SIGNER_NAME, g.signerName())
                    .set(SIGNATURE.IMAGE_PNG, g.imagePng()).set(SIGNATURE.REFUSED_REASON, g.refusedReason())
                    .set(SIGNATURE.SIGNED_AT, g.signedAt()).set(SIGNATURE.CERTIFICATE_SHA256, g.certificateSha256())
                    .set(SIGNATURE.WITNESS, g.witness())
                    .execute();
        }
    }

    private void conflict(DSLContext tx, String kind, UUID about, UUID localId, ImportedSheet s, byte[] pdf) {
        String file = s.importedFrom().length() > 1000 ? s.importedFrom().substring(s.importedFrom().length() - 1000)
                : s.importedFrom();
        tx.insertInto(SYNC_CONFLICT).set(SYNC_CONFLICT.ID, UUID.randomUUID()).set(SYNC_CONFLICT.KIND, kind)
                .set(SYNC_CONFLICT.INSPECTION_ID, about).set(SYNC_CONFLICT.LOCAL_ID, localId)
                .set(SYNC_CONFLICT.INCOMING_ID, s.id()).set(SYNC_CONFLICT.INCOMING_SHA256, s.contentHash())
                .set(SYNC_CONFLICT.INCOMING_FILE, file).set(SYNC_CONFLICT.INCOMING_PDF, pdf)
                .set(SYNC_CONFLICT.DETECTED_AT, OffsetDateTime.now(clock)).execute();
    }

    /** Whether a file with this SHA-256 was merged before (stored as a sheet, or listed as a conflict). */
    public boolean known(String sha256) {
        // one statement, each branch on its index (asked for every file of every import, ADR 0023)
        return dsl.fetchExists(dsl.selectOne().from(INSPECTION).where(INSPECTION.CONTENT_HASH.eq(sha256))
                .unionAll(dsl.selectOne().from(SYNC_CONFLICT).where(SYNC_CONFLICT.INCOMING_SHA256.eq(sha256)))
                .unionAll(dsl.selectOne().from(SYNC_CONFLICT).where(SYNC_CONFLICT.LOCAL_SHA256.eq(sha256))));
    }

    /**
     * Whether a conflict kept or replaced a file with this hash. Two lookups, each on its index: H2 plans
     * {@code incoming_sha256 = ? OR local_sha256 = ?} as a scan of the table (EXPLAIN, ADR 0023).
     */
    private static boolean inConflicts(DSLContext ctx, String sha256) {
        return ctx.fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.INCOMING_SHA256.eq(sha256))
                || ctx.fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.LOCAL_SHA256.eq(sha256));
    }

    /** Whether this laptop holds a sheet with this id. */
    public boolean holds(UUID id) {
        return dsl.fetchExists(INSPECTION, INSPECTION.ID.eq(id));
    }

    /** The sheet a stored file belongs to, by the file's SHA-256. */
    public Optional<UUID> sheetWithHash(String sha256) {
        return dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.CONTENT_HASH.eq(sha256)).limit(1)
                .fetchOptional(INSPECTION.ID);
    }

    /** Open conflicts, oldest first. */
    public List<Conflict> openConflicts() {
        return dsl.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.RESOLVED_AT.isNull()).orderBy(SYNC_CONFLICT.DETECTED_AT)
                .fetch(r -> new Conflict(r.getId(), r.getKind(), r.getInspectionId(), r.getLocalId(), r.getIncomingId(),
                        r.getIncomingSha256(), r.getIncomingFile(), r.getDetectedAt()));
    }

    /** Signed and superseded sheets with their PDF's hash, lowest revision first: what an export offers. */
    public record Exportable(UUID id, int revision, String contentHash) {
    }

    public List<Exportable> exportable() {
        return dsl.select(INSPECTION.ID, INSPECTION.REVISION, INSPECTION.CONTENT_HASH).from(INSPECTION)
                .where(INSPECTION.STATUS.in(InspectionStatus.SIGNED.name(), InspectionStatus.SUPERSEDED.name()))
                .and(INSPECTION.CONTENT_HASH.isNotNull()).orderBy(INSPECTION.REVISION, INSPECTION.STARTED_AT, INSPECTION.ID)
                .fetch(r -> new Exportable(r.value1(), r.value2(), r.value3()));
    }

    /** Row counts of the tables an import writes, to prove that a refused file wrote nothing. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var table : List.of(INSPECTION, ITEM_RESULT, PHOTO, SIGNATURE, SYNC_CONFLICT,
                Tables.PLACE, Tables.PROVIDER,
                Tables.PERSON)) {
            counts.put(table.getName(), dsl.fetchCount(table));
        }
        return counts;
    }

    private static UUID derived(UUID sheet, String what, Object key) {
        return UUID.nameUUIDFromBytes((sheet + ":" + what + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : ".img"; // as PhotoStore names the file (ADR 0023)
    }
}
