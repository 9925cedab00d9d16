package com.logicheck.service;

import com.logicheck.domain.org.Person;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 加入已有单位 (join an existing organisation), the first-run wizard's other way in: a new laptop takes the
 * organisation's reference data from the newest signed reference package in a sync folder, and its user logs in as a
 * person of that package. Implemented by the sync engine ({@code sync.OrganisationJoining}); the wizard sees only
 * this port and its read models.
 */
public interface OrganisationJoin {

    /** A person of the package the user may log in as. */
    record Member(UUID id, String name, String role) {
    }

    /**
     * What the folder offers: its newest intact reference package ({@code file}), the organisation it is of, who
     * signed it (name, organisation, the certificate's SHA-256) and whether this laptop trusts that signer already,
     * when it was made, and the people who may log in.
     */
    record Offer(Path file, String organisation, String signerName, String signerOrganisation, String fingerprint,
                 boolean trusted, OffsetDateTime createdAt, List<Member> people) {
    }

    /** The user's answers: the confirmed fingerprint (null when declined), who they are, a log-in on this laptop. */
    record Join(Path file, String confirmedFingerprint, UUID personId, String login, char[] password, char[] repeated) {
    }

    /** Reads (nothing is written) the newest signed reference package of {@code folder}; refused with the reason. */
    Offer read(Path folder);

    /**
     * Trusts the confirmed signer, imports the package, gives the chosen person their log-in and logs them in — all
     * in one unit of work, or nothing when anything is refused.
     */
    Person join(Join join);
}
