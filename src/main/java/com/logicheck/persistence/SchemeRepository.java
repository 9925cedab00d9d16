package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.ASSESSMENT_SCHEME;
import static com.logicheck.persistence.jooq.Tables.ASSESSMENT_SCHEME_VERSION;
import static com.logicheck.persistence.jooq.Tables.CONTRACT;
import static com.logicheck.persistence.jooq.Tables.CONTRACT_SCHEME;

import com.logicheck.catalog.SchemeFiles;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.AssessmentScheme;
import com.logicheck.domain.org.Contract;
import com.logicheck.persistence.jooq.tables.records.ContractRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Assessment schemes (考核办法) and their immutable versions, and which version a contract is assessed under from
 * which month on. Loaded versions are cached.
 */
public final class SchemeRepository {
    private final DSLContext dsl;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final SchemeFiles files;
    private final Map<UUID, AssessmentScheme> cache = new ConcurrentHashMap<>();

    public SchemeRepository(DSLContext dsl, Clock clock, ChangeLog changeLog, SchemeFiles files) {
        this.dsl = dsl;
        this.clock = clock;
        this.changeLog = changeLog;
        this.files = files;
    }

    /** A stored scheme version, for lists. */
    public record SchemeSummary(UUID versionId, String code, int version, String title, boolean builtIn) {
    }

    public boolean exists(UUID versionId) {
        return dsl.fetchExists(ASSESSMENT_SCHEME_VERSION, ASSESSMENT_SCHEME_VERSION.ID.eq(versionId));
    }

    /** Stores a new version (and the scheme row on first sight); does nothing if the version is there. */
    public void save(AssessmentScheme s, boolean builtIn) {
        dsl.transaction(cfg -> saveIn(cfg.dsl(), s, builtIn));
    }

    /** {@link #save} inside the caller's transaction (a reference-data package is stored all or nothing). */
    void saveIn(DSLContext tx, AssessmentScheme s, boolean builtIn) {
        {
            if (tx.fetchExists(ASSESSMENT_SCHEME_VERSION, ASSESSMENT_SCHEME_VERSION.ID.eq(s.id()))) {
                return;
            }
            UUID schemeId = tx.select(ASSESSMENT_SCHEME.ID).from(ASSESSMENT_SCHEME)
                    .where(ASSESSMENT_SCHEME.CODE.eq(s.code())).fetchOptional(ASSESSMENT_SCHEME.ID).orElseGet(() -> {
                        UUID id = UUID.nameUUIDFromBytes(("scheme:" + s.code()).getBytes(StandardCharsets.UTF_8));
                        tx.insertInto(ASSESSMENT_SCHEME).set(ASSESSMENT_SCHEME.ID, id).set(ASSESSMENT_SCHEME.CODE, s.code())
                                .set(ASSESSMENT_SCHEME.BUILT_IN, builtIn).execute();
                        return id;
                    });
            tx.insertInto(ASSESSMENT_SCHEME_VERSION).set(ASSESSMENT_SCHEME_VERSION.ID, s.id())
                    .set(ASSESSMENT_SCHEME_VERSION.SCHEME_ID, schemeId)
                    .set(ASSESSMENT_SCHEME_VERSION.VERSION, s.version()).set(ASSESSMENT_SCHEME_VERSION.TITLE, s.title())
                    .set(ASSESSMENT_SCHEME_VERSION.DEFINITION, files.toJson(s))
                    .set(ASSESSMENT_SCHEME_VERSION.CONTENT_HASH, files.contentHash(s))
                    .set(ASSESSMENT_SCHEME_VERSION.PUBLISHED_AT, OffsetDateTime.now(clock)).execute();
        }
    }

    public AssessmentScheme load(UUID versionId) {
        return cache.computeIfAbsent(versionId, id -> files.fromJson(dsl.select(ASSESSMENT_SCHEME_VERSION.DEFINITION)
                .from(ASSESSMENT_SCHEME_VERSION).where(ASSESSMENT_SCHEME_VERSION.ID.eq(id))
                .fetchOptional(ASSESSMENT_SCHEME_VERSION.DEFINITION)
                .orElseThrow(() -> new DomainException(Problem.of("problem.scheme.missing", id.toString())))));
    }

    public List<SchemeSummary> all() {
        return dsl.select(ASSESSMENT_SCHEME_VERSION.ID, ASSESSMENT_SCHEME.CODE, ASSESSMENT_SCHEME_VERSION.VERSION,
                        ASSESSMENT_SCHEME_VERSION.TITLE, ASSESSMENT_SCHEME.BUILT_IN)
                .from(ASSESSMENT_SCHEME_VERSION).join(ASSESSMENT_SCHEME)
                .on(ASSESSMENT_SCHEME.ID.eq(ASSESSMENT_SCHEME_VERSION.SCHEME_ID))
                .orderBy(ASSESSMENT_SCHEME.CODE, ASSESSMENT_SCHEME_VERSION.VERSION)
                .fetch(r -> new SchemeSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The newest stored version of a scheme code. */
    public Optional<UUID> latestVersion(String code) {
        return dsl.select(ASSESSMENT_SCHEME_VERSION.ID).from(ASSESSMENT_SCHEME_VERSION).join(ASSESSMENT_SCHEME)
                .on(ASSESSMENT_SCHEME.ID.eq(ASSESSMENT_SCHEME_VERSION.SCHEME_ID)).where(ASSESSMENT_SCHEME.CODE.eq(code))
                .orderBy(ASSESSMENT_SCHEME_VERSION.VERSION.desc()).limit(1).fetchOptional(ASSESSMENT_SCHEME_VERSION.ID);
    }

    /**
     * Assesses the contract under the scheme version from {@code from} on (replacing a link that starts in the same
     * month). Who may (a supervisor or an administrator) is decided before, by the calling service (ADR 0032).
     */
    public void attach(UUID contractId, UUID schemeVersionId, YearMonth from, UUID actorId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!tx.fetchExists(ASSESSMENT_SCHEME_VERSION, ASSESSMENT_SCHEME_VERSION.ID.eq(schemeVersionId))) {
                throw new DomainException(Problem.of("problem.scheme.missing", schemeVersionId.toString()));
            }
            tx.deleteFrom(CONTRACT_SCHEME).where(CONTRACT_SCHEME.CONTRACT_ID.eq(contractId))
                    .and(CONTRACT_SCHEME.FROM_MONTH.eq(from.atDay(1))).execute();
            UUID id = UUID.randomUUID();
            tx.insertInto(CONTRACT_SCHEME).set(CONTRACT_SCHEME.ID, id).set(CONTRACT_SCHEME.CONTRACT_ID, contractId)
                    .set(CONTRACT_SCHEME.SCHEME_VERSION_ID, schemeVersionId).set(CONTRACT_SCHEME.FROM_MONTH, from.atDay(1))
                    .set(CONTRACT_SCHEME.ATTACHED_BY, actorId).set(CONTRACT_SCHEME.ATTACHED_AT, OffsetDateTime.now(clock))
                    .execute();
            changeLog.append(tx, "contract_scheme", id, null, "ATTACHED", Map.of("contract", contractId.toString(),
                    "scheme", schemeVersionId.toString(), "from", from.toString()), actorId);
        });
    }

    /** The scheme version the contract is assessed under in that month: the newest link not after it. */
    public Optional<UUID> schemeFor(UUID contractId, YearMonth month) {
        return dsl.select(CONTRACT_SCHEME.SCHEME_VERSION_ID).from(CONTRACT_SCHEME)
                .where(CONTRACT_SCHEME.CONTRACT_ID.eq(contractId)).and(CONTRACT_SCHEME.FROM_MONTH.le(month.atDay(1)))
                .orderBy(CONTRACT_SCHEME.FROM_MONTH.desc()).limit(1).fetchOptional(CONTRACT_SCHEME.SCHEME_VERSION_ID);
    }

    /** The provider's contracts running during some part of the month, oldest first. */
    public List<Contract> contracts(UUID providerId, YearMonth month) {
        return dsl.selectFrom(CONTRACT).where(CONTRACT.PROVIDER_ID.eq(providerId))
                .and(CONTRACT.STARTS_ON.le(month.atEndOfMonth()))
                .and(CONTRACT.ENDS_ON.isNull().or(CONTRACT.ENDS_ON.ge(month.atDay(1))))
                .orderBy(CONTRACT.STARTS_ON).fetch(SchemeRepository::toContract);
    }

    public List<Contract> contracts(UUID providerId) {
        return dsl.selectFrom(CONTRACT).where(CONTRACT.PROVIDER_ID.eq(providerId)).orderBy(CONTRACT.STARTS_ON)
                .fetch(SchemeRepository::toContract);
    }

    private static Contract toContract(ContractRecord r) {
        var lines = r.getServiceLines().isBlank() ? EnumSet.noneOf(ServiceLine.class)
                : Arrays.stream(r.getServiceLines().split(",")).map(ServiceLine::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceLine.class)));
        return new Contract(r.getId(), r.getProviderId(), r.getTitle(), lines, r.getMonthlyFee(), r.getPerformanceBond(),
                r.getStartsOn(), r.getEndsOn());
    }
}
