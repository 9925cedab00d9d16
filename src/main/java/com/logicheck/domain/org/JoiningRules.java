package com.logicheck.domain.org;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 加入已有单位: what a new laptop may join from a sync folder, decided without a database. It takes the newest
 * intact signed reference package (基础数据包) of the folder; it joins only once the user confirmed the signer's
 * fingerprint (or the signer is trusted already); and its user logs in as a person of that package who has no
 * account yet, instead of making a second 管理员.
 */
public final class JoiningRules {
    private JoiningRules() {
    }

    /** What a PDF of the sync folder turned out to be. */
    public enum Found {
        /** An intact signed reference package. */
        PACKAGE,
        /** A reference package whose signature does not cover what it says (changed after signing). */
        TAMPERED_PACKAGE,
        /** Anything else: a signed sheet, a signed record, a stranger's PDF. */
        OTHER
    }

    /** One PDF of the folder; {@code createdAt}: when its package was made (PACKAGE only). */
    public record Candidate(String file, Found found, OffsetDateTime createdAt) {
    }

    /**
     * The package to join from: the newest intact one. Refused for an empty folder, a folder without a package, and a
     * folder whose only packages were changed after signing (a changed package is never used).
     */
    public static Candidate newestPackage(String folder, List<Candidate> files) {
        if (files.isEmpty()) {
            throw new DomainException(Problem.of("problem.join.emptyFolder", folder));
        }
        Optional<Candidate> newest = files.stream().filter(c -> c.found() == Found.PACKAGE && c.createdAt() != null)
                .max(Comparator.comparing(Candidate::createdAt));
        if (newest.isPresent()) {
            return newest.get();
        }
        Optional<Candidate> tampered = files.stream().filter(c -> c.found() == Found.TAMPERED_PACKAGE).findFirst();
        if (tampered.isPresent()) {
            throw new DomainException(Problem.of("problem.join.tampered", tampered.get().file()));
        }
        throw new DomainException(Problem.of("problem.join.noPackage", folder));
    }

    /**
     * The signer must be trusted on this laptop already, or the user must have confirmed the very fingerprint the
     * package is signed with ({@code confirmed}: what the user was shown and agreed to; null when declined).
     */
    public static void requireConfirmedSigner(String signer, String fingerprint, boolean trusted, String confirmed) {
        if (!trusted && (confirmed == null || !confirmed.equalsIgnoreCase(fingerprint))) {
            throw new DomainException(Problem.of("problem.join.signerNotConfirmed", signer));
        }
    }

    /**
     * The person to log in as: one of the package's people ({@code inPackage}), active, not a provider's contact,
     * and without an account here yet ({@code login}: the log-in name they hold here, null when none).
     */
    public static void requireNewcomer(boolean inPackage, String name, String login, Role role, boolean active) {
        if (!inPackage) {
            throw new DomainException(Problem.of("problem.join.notInPackage"));
        }
        if (!active) {
            throw new DomainException(Problem.of("problem.account.inactive", name));
        }
        AccountRules.requireGrantable(name, login, role);
    }
}
