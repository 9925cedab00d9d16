package com.logicheck.domain.inspection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 签字: one signature on a sheet. {@code imagePng} is the drawn or stored signature; a 受检方 who refuses to sign
 * leaves no image and a {@code refusedReason} instead. {@code certificateSha256} names the certificate of the
 * cryptographic signature made with it (the inspector's), when there is one.
 */
public record Signature(SignatureRole role, UUID personId, String signerName, byte[] imagePng, String refusedReason,
                        OffsetDateTime signedAt, String certificateSha256) {

    public boolean refused() {
        return refusedReason != null && !refusedReason.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && role == s.role && java.util.Objects.equals(personId, s.personId)
                && signerName.equals(s.signerName) && java.util.Arrays.equals(imagePng, s.imagePng)
                && java.util.Objects.equals(refusedReason, s.refusedReason)
                && java.util.Objects.equals(signedAt, s.signedAt)
                && java.util.Objects.equals(certificateSha256, s.certificateSha256);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(role, personId, signerName, java.util.Arrays.hashCode(imagePng), refusedReason,
                signedAt, certificateSha256);
    }

    @Override
    public String toString() {
        return "Signature[" + role + ", " + signerName + (refused() ? ", refused: " + refusedReason : "") + ", " + signedAt + "]";
    }
}
