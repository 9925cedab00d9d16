package com.logicheck.pdf;

import com.logicheck.files.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the signature of a signed sheet: it must be the file's only, last signature; its byte range must cover
 * the whole file but the /Contents hex string, which must hold nothing but the CMS structure and zero padding;
 * the CMS signature must verify over those bytes with the certificate it names (signing-certificate-v2).
 * A single changed byte anywhere in the file therefore fails. Whether the signer is trusted is decided by the caller.
 */
public final class PdfVerifier {

    /** The verdict on one file. {@code problem} is a message key (null when intact). */
    public record SignatureCheck(boolean intact, String signerName, String organisation, OffsetDateTime signedAt,
                                 String subFilter, String certificateSha256, String subject, byte[] certificate,
                                 String problem) {
        static SignatureCheck failed(String problem) {
            return new SignatureCheck(false, null, null, null, null, null, null, null, problem);
        }
    }

    public SignatureCheck verify(byte[] pdf) {
        try (Opened opened = open(pdf)) {
            return opened.check();
        }
    }

    /**
     * Loads {@code pdf} once and checks its signature; the caller who accepts the signer then reads the embedded
     * files from the same loaded document (an import parses each file once). Never throws for what the file holds.
     */
    public Opened open(byte[] pdf) {
        PDDocument doc = null;
        try {
            doc = Loader.loadPDF(pdf);
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            SignatureCheck check = signatures.isEmpty() ? SignatureCheck.failed("verify.noSignature")
                    : signatures.size() > 1 ? SignatureCheck.failed("verify.severalSignatures")
                    : check(signatures.get(0), pdf);
            return new Opened(doc, check);
        } catch (IOException | RuntimeException e) {
            closeQuietly(doc);
            return new Opened(null, SignatureCheck.failed("verify.unreadable"));
        }
    }

    /**
     * A file loaded once with its signature verdict. Its embedded files can be read only when the signature is intact
     * (nothing in a file is read before its signature is checked); the caller decides about trust first.
     */
    public static final class Opened implements AutoCloseable {
        private final PDDocument doc;
        private final SignatureCheck check;

        private Opened(PDDocument doc, SignatureCheck check) {
            this.doc = doc;
            this.check = check;
        }

        public SignatureCheck check() {
            return check;
        }

        /** The embedded file {@code name}, inflating at most {@code maxBytes}. */
        public Embedded embedded(String name, int maxBytes) {
            requireIntact();
            try {
                return new Embedded(PdfArchive.embedded(doc, name, maxBytes), false);
            } catch (PdfArchive.EmbeddedTooLargeException e) {
                return new Embedded(null, true);
            } catch (IOException | RuntimeException e) {
                return new Embedded(null, false);
            }
        }

        /** The names of the embedded files that start with {@code prefix}, in name order. */
        public List<String> embeddedNames(String prefix) {
            requireIntact();
            try {
                return PdfArchive.embeddedNames(doc).stream().filter(n -> n.startsWith(prefix)).sorted().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }

        private void requireIntact() {
            if (!check.intact()) {
                throw new IllegalStateException("the signature of this file did not verify");
            }
        }

        @Override
        public void close() {
            closeQuietly(doc);
        }
    }

    private static void closeQuietly(PDDocument doc) {
        if (doc != null) {
            try {
                doc.close();
            } catch (IOException | RuntimeException e) {
                // nothing was written; a failed close of an in-memory document loses nothing
            }
        }
    }

    private SignatureCheck check(PDSignature signature, byte[] pdf) throws IOException {
        int[] range = signature.getByteRange();
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
                || range[3] < 0 || (long) range[2] + range[3] != pdf.length) {
            return SignatureCheck.failed("verify.partialCoverage");
        }
        byte[] cms = contents(pdf, range[1], range[2]);
        if (cms == null) {
            return SignatureCheck.failed("verify.contentsTampered");
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length);
        signed.write(pdf, range[0], range[1]);
        signed.write(pdf, range[2], range[3]);
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), cms);
            if (!pinnedUnsignedFields(data, cms)) {
                return SignatureCheck.failed("verify.signatureInvalid");
            }
            SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder cert = (X509CertificateHolder) data.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            byte[] der = cert.getEncoded();
            String fingerprint = sha256(der);
            if (!valid) {
                return SignatureCheck.failed("verify.signatureInvalid");
            }
            if (!signingCertificateMatches(signer, der)) {
                return SignatureCheck.failed("verify.signingCertificate");
            }
            X500Name subject = cert.getSubject();
            Calendar when = signature.getSignDate();
            OffsetDateTime signedAt = when == null ? null
                    : OffsetDateTime.ofInstant(when.toInstant(), when.getTimeZone().toZoneId());
            return new SignatureCheck(true, rdn(subject, BCStyle.CN), rdn(subject, BCStyle.O), signedAt,
                    signature.getSubFilter(), fingerprint, subject.toString(), der, null);
        } catch (Exception e) {
            return SignatureCheck.failed("verify.signatureInvalid");
        }
    }

    /**
     * The CMS bytes of /Contents, or null unless the gap is exactly {@code <} upper-case hex {@code >} holding one
     * DER structure followed only by zero bytes (so no byte in the gap can change unnoticed).
     */
    static byte[] contents(byte[] pdf, int from, int to) {
        if (pdf[from] != '<' || pdf[to - 1] != '>' || (to - from - 2) % 2 != 0) {
            return null;
        }
        for (int i = from + 1; i < to - 1; i++) {
            byte b = pdf[i];
            if (!(b >= '0' && b <= '9' || b >= 'A' && b <= 'F')) {
                return null;
            }
        }
        byte[] bytes = HexFormat.of().parseHex(new String(pdf, from + 1, to - from - 2, StandardCharsets.US_ASCII));
        int length = derLength(bytes);
        if (length <= 0 || length > bytes.length) {
            return null;
        }
        for (int i = length; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return null;
            }
        }
        return Arrays.copyOf(bytes, length);
    }

    private static int derLength(byte[] b) {
        if (b.length < 2 || b[0] != 0x30) {
            return -1;
        }
        int first = b[1] & 0xff;
        if (first < 0x80) {
            return 2 + first;
        }
        int n = first & 0x7f;
        if (n == 0 || n > 3 || b.length < 2 + n) {
            return -1;
        }
        int len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (b[2 + i] & 0xff);
        }
        return 2 + n + len;
    }

    /**
     * The CMS container has fields no signature covers: its content type, the SignedData and SignerInfo versions
     * and the digest-algorithm set. They are pinned to what {@link PdfSigner} writes, and the container must be
     * canonical DER, so a changed byte there fails too.
     */
    private static boolean pinnedUnsignedFields(CMSSignedData data, byte[] cms) throws IOException {
        ContentInfo info = data.toASN1Structure();
        if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())
                || data.getVersion() != 1
                || !CMSObjectIdentifiers.data.getId().equals(data.getSignedContentTypeOID())
                || data.getSignerInfos().size() != 1) {
            return false;
        }
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        var digests = data.getDigestAlgorithmIDs();
        if (signer.getVersion() != 1 || digests.size() != 1
                || !digests.iterator().next().equals(signer.getDigestAlgorithmID())) {
            return false;
        }
        return Arrays.equals(info.getEncoded(ASN1Encoding.DER), cms);
    }

    private static boolean signingCertificateMatches(SignerInformation signer, byte[] der) {
        if (signer.getSignedAttributes() == null) {
            return false;
        }
        var attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        SigningCertificateV2 scv2 = SigningCertificateV2.getInstance(value);
        return Arrays.equals(scv2.getCerts()[0].getCertHash(), Sha256.of(der));
    }

    private static String rdn(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** An embedded file read with a limit: its bytes (null when missing or unreadable), or {@code tooLarge}. */
    public record Embedded(byte[] bytes, boolean tooLarge) {
    }

    /** The embedded record, inflating at most {@code maxBytes} (a compressed bomb stops there). */
    public static Embedded embeddedRecord(byte[] pdf, String name, int maxBytes) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new Embedded(PdfArchive.embedded(doc, name, maxBytes), false);
        } catch (PdfArchive.EmbeddedTooLargeException e) {
            return new Embedded(null, true);
        } catch (IOException | RuntimeException e) {
            return new Embedded(null, false);
        }
    }

    /** The embedded machine-readable record ({@code name}, or the only embedded file), or null. */
    public static byte[] embeddedRecord(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfArchive.embedded(doc, name);
        } catch (IOException e) {
            return null;
        }
    }
}
