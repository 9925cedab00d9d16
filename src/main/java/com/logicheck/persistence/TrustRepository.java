package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.TRUSTED_CERTIFICATE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The organisation's trust list (信任名单): certificates, by SHA-256 fingerprint, whose signatures are taken as made
 * by a known person. A signer first seen in an imported file is not on it until someone adds it on purpose.
 */
public final class TrustRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public TrustRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** One trusted certificate (DER). */
    public record TrustedCertificate(String sha256, String subject, String signerName, byte[] certificate,
                                     UUID personId, OffsetDateTime addedAt) {
    }

    public boolean isTrusted(String sha256) {
        return dsl.fetchExists(TRUSTED_CERTIFICATE, TRUSTED_CERTIFICATE.SHA256.eq(sha256));
    }

    /** Adds a certificate; returns false when it was already on the list. */
    public boolean add(String sha256, String subject, String signerName, byte[] der, UUID personId, UUID actorId) {
        return dsl.insertInto(TRUSTED_CERTIFICATE).set(TRUSTED_CERTIFICATE.SHA256, sha256)
                .set(TRUSTED_CERTIFICATE.SUBJECT, subject).set(TRUSTED_CERTIFICATE.SIGNER_NAME, signerName)
                .set(TRUSTED_CERTIFICATE.CERTIFICATE, der).set(TRUSTED_CERTIFICATE.PERSON_ID, personId)
                .set(TRUSTED_CERTIFICATE.ADDED_AT, OffsetDateTime.now(clock)).set(TRUSTED_CERTIFICATE.ADDED_BY, actorId)
                .onDuplicateKeyIgnore().execute() > 0;
    }

    public List<TrustedCertificate> all() {
        return dsl.selectFrom(TRUSTED_CERTIFICATE).orderBy(TRUSTED_CERTIFICATE.ADDED_AT)
                .fetch(r -> new TrustedCertificate(r.getSha256(), r.getSubject(), r.getSignerName(), r.getCertificate(),
                        r.getPersonId(), r.getAddedAt()));
    }
}
