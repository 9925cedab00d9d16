package com.logicheck.domain.inspection;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * 签字: one signature on a sheet. {@code imagePng} is the drawn or stored signature; a 受检方 who refuses to sign
 * leaves no image and a {@code refusedReason} instead, with the {@code witness} who saw the refusal
 * (见证人). {@code certificateSha256} names the certificate of the
 * cryptographic signature made with it (the inspector's), when there is one.
 */
public record Signature(SignatureRole role, UUID personId, String signerName, byte[] imagePng, String refusedReason,
                        OffsetDateTime signedAt, String certificateSha256, String witness) {

    /** A signature without a witness (every drawn one; a refusal recorded before witnesses were asked for). */
    public Signature(SignatureRole role, UUID personId, String signerName, byte[] imagePng, String refusedReason,
                     OffsetDateTime signedAt, String certificateSha256) {
        this(role, personId, signerName, imagePng, refusedReason, signedAt, certificateSha256, null);
    }

    public boolean refused() {
        return refusedReason != null && !refusedReason.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && role == s.role && Objects.equals(personId, s.personId)
                && signerName.equals(s.signerName) && Arrays.equals(imagePng, s.imagePng)
                && Objects.equals(refusedReason, s.refusedReason)
                && Objects.equals(signedAt, s.signedAt)
                && Objects.equals(certificateSha256, s.certificateSha256) && Objects.equals(witness, s.witness);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, personId, signerName, Arrays.hashCode(imagePng), refusedReason,
                signedAt, certificateSha256, witness);
    }

    @Override
    public String toString() {
        return "Signature[" + role + ", " + signerName + (refused() ? ", refused: " + refusedReason : "") + ", " + signedAt + "]";
    }
}
