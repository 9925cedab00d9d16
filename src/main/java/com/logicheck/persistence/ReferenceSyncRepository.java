package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.ASSESSMENT_SCHEME_VERSION;
import static com.logicheck.persistence.jooq.Tables.ORGANISATION;
import static com.logicheck.persistence.jooq.Tables.PLACE_CODE_KEY;
import static com.logicheck.persistence.jooq.Tables.REFERENCE_CONFLICT;
import static com.logicheck.persistence.jooq.Tables.SYNC_PACKAGE;
import static com.logicheck.persistence.jooq.Tables.TEMPLATE_VERSION;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.logicheck.catalog.SchemeData;
import com.logicheck.catalog.SchemeFiles;
import com.logicheck.catalog.TemplateData;
import com.logicheck.catalog.TemplateFiles;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateValidator;
import com.logicheck.persistence.ReferenceSnapshot.PlaceCodeKey;
import com.logicheck.persistence.ReferenceSnapshot.PlaceRow;
import com.logicheck.persistence.ReferenceSnapshot.Row;
import com.logicheck.persistence.ReferenceSnapshot.SchemeRow;
import com.logicheck.persistence.ReferenceSnapshot.TemplateRow;
import com.logicheck.persistence.jooq.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * 基础数据同步: reads this laptop's reference data as a {@link ReferenceSnapshot} and merges a received one by UUID,
 * all in one transaction (ADR 0019). A mutable row (place, provider, person, contract, scheme link) is merged three-way
 * against its base — the content this laptop last received or sent (the rules, {@link Rules}, are decided in
 * {@code sync}; this class reads and writes): unknown → inserted; equal → unchanged; the
 * incoming side equal to the base (nothing new there) → the local row stays; the local side equal to the base
 * (nothing changed here) → updated; both changed → a conflict kept for a person, the local row untouched. Template and
 * scheme versions are immutable: a known id with other content is a conflict too. Nothing is silently overwritten.
 */
public final class ReferenceSyncRepository {
    /** The entity name of the organisation's place-code key in {@code reference_conflict} and the change log. */
    public static final String PLACE_CODE_KEY_ENTITY = "place_code_key";
    private static final int KEY_BYTES = 32;
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final TemplateFiles templateFiles;
    private final SchemeRepository schemes;
    private final SchemeFiles schemeFiles;
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    public ReferenceSyncRepository(DSLContext dsl, Clock clock, ChangeLog changeLog, TemplateFiles templateFiles,
                                   SchemeRepository schemes, SchemeFiles schemeFiles) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
        this.templateFiles = templateFiles;
        this.schemes = schemes;
        this.schemeFiles = schemeFiles;
    }

    /** Where a package came from, for provenance and the hash index. */
    public record PackageInfo(String sha256, UUID packageId, String signerName, OffsetDateTime createdAt, String file) {
    }

    /** What a merge did; {@code conflicts} are the labels of the rows listed for a person. */
    public record Merge(int added, int updated, int unchanged, List<String> conflicts) {
    }

    /** An open reference conflict. {@code entity}: place, provider, person, contract, contract_scheme, template, scheme. */
    public record Conflict(UUID id, String entity, UUID entityId, String label, String localJson, String incomingJson,
                           OffsetDateTime detectedAt) {
        public boolean immutable() {
            return entity.equals("template") || entity.equals("scheme");
        }
    }

    /** Everything this laptop would hand to another one. */
    public ReferenceSnapshot snapshot() {
        String organisation = dsl.select(ORGANISATION.NAME).from(ORGANISATION).orderBy(ORGANISATION.CREATED_AT).limit(1)
                .fetchOptional(ORGANISATION.NAME).orElse("");
        List<TemplateRow> templates = new ArrayList<>();
        var versions = dsl.select(TEMPLATE_VERSION.ID, Tables.CHECKLIST_TEMPLATE.BUILT_IN)
                .from(TEMPLATE_VERSION).join(Tables.CHECKLIST_TEMPLATE)
                .on(Tables.CHECKLIST_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .orderBy(TEMPLATE_VERSION.ID).fetch();
        TemplateRepository templateRepository = new TemplateRepository(dsl, clock);
        for (var v : versions) {
            ChecklistTemplate t = templateRepository.load(v.value1());
            templates.add(new TemplateRow(t.id(), v.value2(), TemplateData.from(t)));
        }
        List<SchemeRow> schemeRows = schemes.all().stream().map(s -> new SchemeRow(s.versionId(), s.builtIn(),
                SchemeData.from(schemes.load(s.versionId())))).toList();
        return new ReferenceSnapshot(organisation, ReferenceRows.places(dsl), ReferenceRows.providers(dsl),
                ReferenceRows.people(dsl), ReferenceRows.contracts(dsl), ReferenceRows.schemeLinks(dsl), templates,
                schemeRows, placeCodeKey(dsl).orElse(null));
    }

    /** This laptop's place-code key as it travels: the organisation its codes name and the secret (ADR 0042). */
    private static Optional<PlaceCodeKey> placeCodeKey(DSLContext tx) {
        return tx.select(PLACE_CODE_KEY.ORGANISATION_ID, PLACE_CODE_KEY.CODE_ORGANISATION_ID, PLACE_CODE_KEY.SECRET)
                .from(PLACE_CODE_KEY).join(ORGANISATION).on(ORGANISATION.ID.eq(PLACE_CODE_KEY.ORGANISATION_ID))
                .orderBy(ORGANISATION.CREATED_AT).limit(1)
                .fetchOptional(r -> new PlaceCodeKey(r.value2() == null ? r.value1() : r.value2(), r.value3()));
    }

    /** After a package is written: what it holds is now what the other laptops hold (the rows' merge base). */
    public void markSent(ReferenceSnapshot snapshot) {
        markSent(snapshot, null);
    }

    /** As {@link #markSent(ReferenceSnapshot)}; {@code written} (when not null) is recorded so this laptop skips its own file. */
    public void markSent(ReferenceSnapshot snapshot, PackageInfo written) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            rows(snapshot).forEach(r -> ReferenceRows.setBase(tx, ReferenceSnapshot.entity(r), r.id(),
                    ReferenceSnapshot.hash(r)));
            if (written != null && !tx.fetchExists(SYNC_PACKAGE, SYNC_PACKAGE.SHA256.eq(written.sha256()))) {
                tx.insertInto(SYNC_PACKAGE).set(SYNC_PACKAGE.SHA256, written.sha256())
                        .set(SYNC_PACKAGE.PACKAGE_ID, written.packageId()).set(SYNC_PACKAGE.KIND, "REFERENCE_DATA")
                        .set(SYNC_PACKAGE.SIGNER_NAME, cut(written.signerName(), 200))
                        .set(SYNC_PACKAGE.CREATED_AT, written.createdAt())
                        .set(SYNC_PACKAGE.IMPORTED_AT, OffsetDateTime.now(clock))
                        .set(SYNC_PACKAGE.SOURCE_FILE, cut(written.file(), 1000)).execute();
            }
        });
    }

    /** Whether a package with this SHA-256 was merged before. */
    public boolean known(String sha256) {
        return dsl.fetchExists(SYNC_PACKAGE, SYNC_PACKAGE.SHA256.eq(sha256));
    }

    /** What to do with one incoming row: decided by the caller's {@link Rules}, written here. */
    public enum RowMerge {
        /** Not here: insert it (its content becomes the base). */
        ADD,
        /** The same content here: nothing to write but the base. */
        SAME,
        /** Nothing new from there: this laptop's newer row stays (and travels back). */
        KEEP_OURS,
        /** Changed only there: overwrite the row (the old content goes to the change log). */
        UPDATE,
        /** Changed on both sides (or an immutable version with other content): keep it for a person. */
        CONFLICT
    }

    /**
     * The merge rules (ADR 0019) this repository asks per row; they live in {@code sync}, this class only reads and
     * writes. Hashes are {@link ReferenceSnapshot#hash} of a row's content; empty: no such row (or no base).
     */
    public interface Rules {
        /** A mutable row: three-way, against the base this laptop last received or sent. */
        RowMerge mutable(Optional<String> here, Optional<String> base, String incoming);

        /** An immutable template or scheme version, by content hash. */
        RowMerge immutable(Optional<String> stored, String incoming);
    }

    /** Merges a package all or nothing; a package that does not hold together is refused with its reason. */
    public Merge merge(ReferenceSnapshot s, PackageInfo info, UUID actorId, Rules rules) {
        try {
            return dsl.transactionResult(cfg -> mergeIn(cfg.dsl(), s, info, actorId, rules));
        } catch (DataAccessException e) {
            if (e.getCause() instanceof DomainException d) {
                throw d;
            }
            if (DatabaseFault.isLocal(e)) {
                throw new DatabaseFault(e);
            }
            if (e instanceof IntegrityConstraintViolationException
                    || e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                throw new DomainException(Problem.of("sync.refused.invalidReference", firstLine(e.getMessage())));
            }
            throw e;
        }
    }

    private Merge mergeIn(DSLContext tx, ReferenceSnapshot s, PackageInfo info, UUID actorId, Rules rules) {
        if (tx.fetchExists(SYNC_PACKAGE, SYNC_PACKAGE.SHA256.eq(info.sha256()))) {
            return new Merge(0, 0, 0, List.of());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID organisation = tx.select(ORGANISATION.ID).from(ORGANISATION).orderBy(ORGANISATION.CREATED_AT).limit(1)
                .fetchOptional(ORGANISATION.ID).orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    tx.insertInto(ORGANISATION).set(ORGANISATION.ID, id)
                            .set(ORGANISATION.NAME, s.organisation() == null || s.organisation().isBlank() ? "-"
                                    : s.organisation()).set(ORGANISATION.CREATED_AT, now).execute();
                    return id;
                });
        boolean fresh = !tx.fetchExists(Tables.PLACE)
                && !tx.fetchExists(Tables.PROVIDER);
        if (fresh && s.organisation() != null && !s.organisation().isBlank()) {
            // a laptop being provisioned takes the organisation's name from its first package
            tx.update(ORGANISATION).set(ORGANISATION.NAME, cut(s.organisation(), 200)).where(ORGANISATION.ID.eq(organisation))
                    .execute();
        }
        int[] counts = new int[3];
        List<String> conflicts = new ArrayList<>();
        for (SchemeRow row : s.schemes()) {
            immutableScheme(tx, row, info, counts, conflicts, now, rules);
        }
        for (TemplateRow row : s.templates()) {
            immutableTemplate(tx, row, info, counts, conflicts, now, rules);
        }
        for (Row row : rows(s)) {
            mutable(tx, row, organisation, info, counts, conflicts, now, actorId, rules);
        }
        if (s.placeCodeKey() != null) {
            placeCodeKey(tx, s.placeCodeKey(), organisation, info, counts, conflicts, now, actorId, rules);
        }
        tx.insertInto(SYNC_PACKAGE).set(SYNC_PACKAGE.SHA256, info.sha256()).set(SYNC_PACKAGE.PACKAGE_ID, info.packageId())
                .set(SYNC_PACKAGE.KIND, "REFERENCE_DATA").set(SYNC_PACKAGE.SIGNER_NAME, cut(info.signerName(), 200))
                .set(SYNC_PACKAGE.CREATED_AT, info.createdAt()).set(SYNC_PACKAGE.IMPORTED_AT, now)
                .set(SYNC_PACKAGE.SOURCE_FILE, cut(info.file(), 1000)).execute();
        changeLog.append(tx, "sync_package", info.packageId(), null, "IMPORTED", Map.of("file", cut(info.file(), 500),
                "sha256", info.sha256(), "added", counts[0], "updated", counts[1], "conflicts", conflicts.size()), actorId);
        return new Merge(counts[0], counts[1], counts[2], conflicts);
    }

    private void mutable(DSLContext tx, Row row, UUID organisation, PackageInfo info, int[] counts,
                         List<String> conflicts, OffsetDateTime now, UUID actorId, Rules rules) {
        String entity = ReferenceSnapshot.entity(row);
        String incoming = ReferenceSnapshot.hash(row);
        Optional<Row> local = ReferenceRows.local(tx, row);
        Optional<String> here = local.map(ReferenceSnapshot::hash);
        Optional<String> base = local.isEmpty() || here.get().equals(incoming) ? Optional.empty()
                : ReferenceRows.base(tx, entity, row.id());
        switch (rules.mutable(here, base, incoming)) {
            case ADD -> {
                ReferenceRows.write(tx, row, organisation, false, now, actorId);
                ReferenceRows.setBase(tx, entity, row.id(), incoming);
                counts[0]++;
            }
            case SAME -> {
                ReferenceRows.setBase(tx, entity, row.id(), incoming);
                counts[2]++;
            }
            case KEEP_OURS -> counts[2]++;
            case UPDATE -> {
                ReferenceRows.write(tx, row, organisation, true, now, actorId);
                ReferenceRows.setBase(tx, entity, row.id(), incoming);
                changeLog.append(tx, entity, row.id(), null, "UPDATED_BY_SYNC", Map.of("before", text(local.get()),
                        "package", info.sha256()), actorId);
                counts[1]++;
            }
            case CONFLICT -> conflict(tx, entity, row.id(), row.label(), text(local.get()), text(row), incoming, info,
                    conflicts, now);
        }
    }

    /**
     * The organisation's place-code key: taken when this laptop has none; the same key changes nothing; another key
     * never replaces this laptop's silently — it is a conflict for a person, with both sides (ADR 0042).
     */
    private void placeCodeKey(DSLContext tx, PlaceCodeKey incoming, UUID organisation, PackageInfo info, int[] counts,
                              List<String> conflicts, OffsetDateTime now, UUID actorId, Rules rules) {
        if (incoming.organisation() == null || incoming.secret() == null || decodedLength(incoming.secret()) != KEY_BYTES) {
            throw new DomainException(Problem.of("sync.refused.invalidReference", "place code key"));
        }
        Optional<PlaceCodeKey> here = placeCodeKey(tx);
        switch (rules.immutable(here.map(ReferenceSnapshot::hash), ReferenceSnapshot.hash(incoming))) {
            case ADD -> {
                tx.insertInto(PLACE_CODE_KEY).set(PLACE_CODE_KEY.ORGANISATION_ID, organisation)
                        .set(PLACE_CODE_KEY.SECRET, incoming.secret())
                        .set(PLACE_CODE_KEY.CODE_ORGANISATION_ID, incoming.organisation())
                        .set(PLACE_CODE_KEY.CREATED_AT, now).execute();
                changeLog.append(tx, PLACE_CODE_KEY_ENTITY, organisation, null, "RECEIVED_BY_SYNC",
                        Map.of("key", incoming.shown(), "package", info.sha256()), actorId);
                counts[0]++;
            }
            case SAME -> counts[2]++;
            case CONFLICT -> conflict(tx, PLACE_CODE_KEY_ENTITY, organisation, incoming.fingerprint(), text(here.get()),
                    text(incoming), ReferenceSnapshot.hash(incoming), info, conflicts, now);
            default -> throw new IllegalStateException("a place-code key is added, the same, or a conflict");
        }
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private void immutableTemplate(DSLContext tx, TemplateRow row, PackageInfo info, int[] counts,
                                   List<String> conflicts, OffsetDateTime now, Rules rules) {
        ChecklistTemplate t;
        try {
            t = row.data().toTemplate();
        } catch (RuntimeException e) {
            throw new DomainException(Problem.of("sync.refused.invalidTemplate", String.valueOf(row.versionId()),
                    String.valueOf(e.getMessage())));
        }
        if (!t.id().equals(row.versionId()) || !TemplateValidator.check(t).isEmpty()) {
            throw new DomainException(Problem.of("sync.refused.invalidTemplate", t.title(), t.version()));
        }
        String hash = templateFiles.contentHash(t);
        Optional<String> stored = tx.select(TEMPLATE_VERSION.CONTENT_HASH).from(TEMPLATE_VERSION)
                .where(TEMPLATE_VERSION.ID.eq(t.id())).fetchOptional(TEMPLATE_VERSION.CONTENT_HASH);
        switch (rules.immutable(stored, hash)) {
            case ADD -> {
                TemplateRepository.saveIn(tx, t, row.builtIn(), hash, clock);
                counts[0]++;
            }
            case SAME -> counts[2]++;
            case CONFLICT -> conflict(tx, "template", t.id(), t.title() + " v" + t.version(), stored.get(),
                    text(row.data()), hash, info, conflicts, now);
            default -> throw new IllegalStateException("an immutable version is added, the same, or a conflict");
        }
    }

    private void immutableScheme(DSLContext tx, SchemeRow row, PackageInfo info, int[] counts, List<String> conflicts,
                                 OffsetDateTime now, Rules rules) {
        AssessmentScheme scheme = schemeFiles.fromJson(text(row.data()));
        if (!scheme.id().equals(row.versionId())) {
            throw new DomainException(Problem.of("sync.refused.invalidScheme", scheme.title(), scheme.version()));
        }
        String hash = schemeFiles.contentHash(scheme);
        Optional<String> stored = tx.select(ASSESSMENT_SCHEME_VERSION.CONTENT_HASH).from(ASSESSMENT_SCHEME_VERSION)
                .where(ASSESSMENT_SCHEME_VERSION.ID.eq(scheme.id())).fetchOptional(ASSESSMENT_SCHEME_VERSION.CONTENT_HASH);
        switch (rules.immutable(stored, hash)) {
            case ADD -> {
                schemes.saveIn(tx, scheme, row.builtIn());
                counts[0]++;
            }
            case SAME -> counts[2]++;
            case CONFLICT -> conflict(tx, "scheme", scheme.id(), scheme.title() + " v" + scheme.version(),
                    stored.get(), text(row.data()), hash, info, conflicts, now);
            default -> throw new IllegalStateException("an immutable version is added, the same, or a conflict");
        }
    }

    private static void conflict(DSLContext tx, String entity, UUID id, String label, String local, String incoming,
                                 String incomingHash, PackageInfo info, List<String> conflicts, OffsetDateTime now) {
        conflicts.add(label);
        boolean listed = tx.fetchExists(REFERENCE_CONFLICT, REFERENCE_CONFLICT.ENTITY.eq(entity)
                .and(REFERENCE_CONFLICT.ENTITY_ID.eq(id)).and(REFERENCE_CONFLICT.INCOMING_HASH.eq(incomingHash)));
        if (listed) {
            return;
        }
        tx.insertInto(REFERENCE_CONFLICT).set(REFERENCE_CONFLICT.ID, UUID.randomUUID())
                .set(REFERENCE_CONFLICT.ENTITY, entity).set(REFERENCE_CONFLICT.ENTITY_ID, id)
                .set(REFERENCE_CONFLICT.LABEL, cut(label, 1000)).set(REFERENCE_CONFLICT.PACKAGE_SHA256, info.sha256())
                .set(REFERENCE_CONFLICT.LOCAL_JSON, local).set(REFERENCE_CONFLICT.INCOMING_JSON, incoming)
                .set(REFERENCE_CONFLICT.INCOMING_HASH, incomingHash).set(REFERENCE_CONFLICT.DETECTED_AT, now).execute();
    }

    /** Open reference conflicts, oldest first. */
    public List<Conflict> openConflicts() {
        return dsl.selectFrom(REFERENCE_CONFLICT).where(REFERENCE_CONFLICT.RESOLVED_AT.isNull())
                .orderBy(REFERENCE_CONFLICT.DETECTED_AT).fetch(r -> new Conflict(r.getId(), r.getEntity(),
                        r.getEntityId(), r.getLabel(), shown(r.getEntity(), r.getLocalJson()),
                        shown(r.getEntity(), r.getIncomingJson()), r.getDetectedAt()));
    }

    /** A side as a person sees it: a place-code key by its fingerprint, never its secret; other rows as they are. */
    private String shown(String entity, String json) {
        return PLACE_CODE_KEY_ENTITY.equals(entity) ? readKey(json).shown() : json;
    }

    private PlaceCodeKey readKey(String text) {
        try {
            return json.readValue(text, PlaceCodeKey.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A person's decision: keep this laptop's row, or take the incoming one (a mutable row only; the replaced values
     * stay in the conflict row and the change log). Either way the incoming content becomes the base, so the same
     * package does not raise the conflict again.
     */
    public void resolve(UUID conflictId, boolean takeIncoming, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var c = tx.selectFrom(REFERENCE_CONFLICT).where(REFERENCE_CONFLICT.ID.eq(conflictId)).forUpdate().fetchOne();
            if (c == null || c.getResolvedAt() != null) {
                throw new DomainException(Problem.of("problem.conflict.gone"));
            }
            boolean immutable = c.getEntity().equals("template") || c.getEntity().equals("scheme");
            if (takeIncoming && immutable) {
                throw new DomainException(Problem.of("problem.conflict.immutable"));
            }
            boolean key = PLACE_CODE_KEY_ENTITY.equals(c.getEntity());
            if (takeIncoming && key) {
                PlaceCodeKey incoming = readKey(c.getIncomingJson());
                tx.update(PLACE_CODE_KEY).set(PLACE_CODE_KEY.SECRET, incoming.secret())
                        .set(PLACE_CODE_KEY.CODE_ORGANISATION_ID, incoming.organisation())
                        .where(PLACE_CODE_KEY.ORGANISATION_ID.eq(c.getEntityId())).execute();
            } else if (takeIncoming) {
                Row row = parse(c.getEntity(), c.getIncomingJson());
                UUID organisation = tx.select(ORGANISATION.ID).from(ORGANISATION).orderBy(ORGANISATION.CREATED_AT)
                        .limit(1).fetchSingle(ORGANISATION.ID);
                boolean exists = ReferenceRows.local(tx, row).isPresent();
                ReferenceRows.write(tx, row, organisation, exists, OffsetDateTime.now(clock), actorId);
            }
            if (!immutable && !key) {
                ReferenceRows.setBase(tx, c.getEntity(), c.getEntityId(), c.getIncomingHash());
            }
            c.setResolvedAt(OffsetDateTime.now(clock));
            c.setResolvedBy(actorId);
            c.setResolution(takeIncoming ? "TOOK_INCOMING" : "KEPT_LOCAL");
            c.store();
            changeLog.append(tx, c.getEntity(), c.getEntityId(), null, "SYNC_CONFLICT_RESOLVED",
                    Map.of("conflict", conflictId.toString(), "resolution", c.getResolution(),
                            "before", shown(c.getEntity(), c.getLocalJson())), actorId);
        });
    }

    private Row parse(String entity, String text) {
        Class<? extends Row> type = switch (entity) {
            case "place" -> PlaceRow.class;
            case "provider" -> ReferenceSnapshot.ProviderRow.class;
            case "person" -> ReferenceSnapshot.PersonRow.class;
            case "contract" -> ReferenceSnapshot.ContractRow.class;
            default -> ReferenceSnapshot.SchemeLinkRow.class;
        };
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mutable rows in an order the foreign keys accept: providers, places parents first, people, contracts, links. */
    static List<Row> rows(ReferenceSnapshot s) {
        List<Row> out = new ArrayList<>(s.providers());
        out.addAll(parentsFirst(s.places()));
        out.addAll(s.people());
        out.addAll(s.contracts());
        out.addAll(s.schemeLinks());
        return out;
    }

    static List<PlaceRow> parentsFirst(List<PlaceRow> places) {
        Map<UUID, PlaceRow> byId = new HashMap<>();
        places.forEach(p -> byId.put(p.id(), p));
        List<PlaceRow> out = new ArrayList<>();
        Set<UUID> done = new HashSet<>();
        for (PlaceRow p : places) {
            visit(p, byId, done, new HashSet<>(), out);
        }
        return out;
    }

    private static void visit(PlaceRow p, Map<UUID, PlaceRow> byId, Set<UUID> done, Set<UUID> path, List<PlaceRow> out) {
        if (done.contains(p.id())) {
            return;
        }
        if (!path.add(p.id())) {
            throw new DomainException(Problem.of("sync.refused.invalidReference", "place cycle"));
        }
        PlaceRow parent = p.parentId() == null ? null : byId.get(p.parentId());
        if (parent != null) {
            visit(parent, byId, done, path, out);
        }
        done.add(p.id());
        out.add(p);
    }

    private String text(Object value) {
        return new String(ReferenceSnapshot.canonicalJson(value), StandardCharsets.UTF_8);
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() > max ? v.substring(v.length() - max) : v;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
