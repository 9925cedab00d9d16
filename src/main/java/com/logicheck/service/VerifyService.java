package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.Permission;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.TrustRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 验证: who signed a sheet's PDF, when, whether it is intact (the signature covers the whole file and verifies),
 * and whether the signer's certificate is on the organisation's trust list.
 */
public final class VerifyService {
    private final PdfVerifier verifier;
    private final TrustRepository trust;
    private final UseCases useCases;

    public VerifyService(PdfVerifier verifier, TrustRepository trust, UseCases useCases) {
        this.verifier = verifier;
        this.trust = trust;
        this.useCases = useCases;
    }

    /**
     * The verdict on one file; {@code ok()} when it is intact and its signer trusted. The screens read the verdict
     * through the accessors below, not the PDF check (ADR 0034).
     */
    public record Report(Path file, PdfVerifier.SignatureCheck check, boolean trusted) {
        public boolean ok() {
            return check.intact() && trusted;
        }

        /** Whether the signature covers the whole file, unchanged. */
        public boolean intact() {
            return check.intact();
        }

        public String signerName() {
            return check.signerName();
        }

        public String organisation() {
            return check.organisation();
        }

        public OffsetDateTime signedAt() {
            return check.signedAt();
        }

        /** The message key of what is wrong with the signature, or null. */
        public String problem() {
            return check.problem();
        }
    }

    public Report verify(Path file) {
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Report(file, new PdfVerifier.SignatureCheck(false, null, null, null, null, null, null, null,
                    "verify.unreadable"), false);
        }
        return verify(file, pdf);
    }

    public Report verify(Path file, byte[] pdf) {
        PdfVerifier.SignatureCheck check = verifier.verify(pdf);
        boolean trusted = check.intact() && trust.isTrusted(check.certificateSha256());
        return new Report(file, check, trusted);
    }

    /**
     * 信任此签名人: puts the signer of an intact file on the trust list (supervisors and administrators,
     * {@link Permission#TRUST_SIGNER}); returns false when it was there already.
     */
    public boolean trustSigner(Path file, UUID actorId) {
        Report report = verify(file);
        if (!report.check().intact()) {
            throw new DomainException(Problem.of("problem.trust.notIntact", file.toString()));
        }
        PdfVerifier.SignatureCheck c = report.check();
        return useCases.call(actorId, Permission.TRUST_SIGNER,
                actor -> trust.add(c.certificateSha256(), c.subject(), c.signerName(), c.certificate(), null, actor.id()));
    }
}
