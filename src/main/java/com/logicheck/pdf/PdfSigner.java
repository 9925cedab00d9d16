package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.files.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a finished PDF with the user's key: a detached CMS signature, sub-filter ETSI.CAdES.detached, with the
 * signing-certificate-v2 attribute and no signing-time attribute (PAdES baseline B; the time is the signature
 * dictionary's /M). The signature is an incremental update whose byte range covers the whole file.
 */
public final class PdfSigner {
    /** Room for the CMS structure with one 2048/4096-bit certificate, hex-encoded in /Contents. */
    private static final int SIGNATURE_SIZE = 12_000;

    /** What the signature dictionary says about the signer. */
    public record SignatureInfo(String name, String location, String reason, OffsetDateTime signedAt) {
    }

    public byte[] sign(byte[] pdf, UserKeyStore.SigningKey key, SignatureInfo info) {
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(info.name());
            signature.setLocation(info.location());
            signature.setReason(info.reason());
            signature.setSignDate(SheetPdfWriter.calendar(info.signedAt()));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            doc.addSignature(signature, content -> cms(content, key), options);
            printableWidgets(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.pdf.sign", e.getMessage()));
        }
    }

    /** PDF/A: every annotation, the signature's invisible widget too, carries the Print flag. */
    private static void printableWidgets(PDDocument doc) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        for (PDField field : form.getFields()) {
            if (field instanceof PDSignatureField sf) {
                sf.getWidgets().forEach(w -> {
                    w.setPrinted(true);
                    w.getCOSObject().setNeedToBeUpdated(true);
                });
            }
        }
    }

    static byte[] cms(InputStream content, UserKeyStore.SigningKey key) throws IOException {
        try {
            byte[] data = content.readAllBytes();
            X509Certificate cert = key.certificate();
            String algorithm = "RSA".equals(key.privateKey().getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(cert))
                    .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), cert));
            generator.addCertificates(new JcaCertStore(List.of(cert)));
            return generator.generate(new CMSProcessableByteArray(data), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException(e);
        }
    }

    /** content-type, message-digest, signing-certificate-v2 — and no signing-time (PAdES forbids it in the CMS). */
    private static CMSAttributeTableGenerator signedAttributes(X509Certificate cert) throws GeneralSecurityException {
        byte[] hash = Sha256.of(cert.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return new DefaultSignedAttributeTableGenerator(new AttributeTable(v)) {
            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            protected Hashtable createStandardAttributeTable(Map parameters) {
                Hashtable table = super.createStandardAttributeTable(parameters);
                table.remove(CMSAttributes.signingTime);
                return table;
            }
        };
    }
}
