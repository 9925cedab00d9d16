package com.logicheck.sync;

import com.logicheck.pdf.PdfVerifier;
import com.logicheck.service.VerifyService;
import java.nio.file.Path;

/**
 * The signer of a held-back file (签名人证书), as the 同步 screen shows it before a person trusts it: whether the
 * signature is intact (else {@code problem}, a message key), the signer, organisation, certificate subject and the
 * certificate's SHA-256. Read through {@link VerifyService}; the screen sees no PDF types.
 */
public record SignerCertificate(boolean intact, String problem, String signerName, String organisation,
                                String subject, String certificateSha256) {

    /** The signature of {@code file}, verified. */
    public static SignerCertificate of(VerifyService verify, Path file) {
        PdfVerifier.SignatureCheck c = verify.verify(file).check();
        return new SignerCertificate(c.intact(), c.problem(), c.signerName(), c.organisation(), c.subject(),
                c.certificateSha256());
    }
}
