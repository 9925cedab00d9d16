package com.logicheck.pdf;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.PasswordPolicy;
import com.logicheck.domain.Problem;
import com.logicheck.files.AtomicFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's signing key (签名密钥): an RSA key pair with a self-signed certificate naming the person
 * (CN=name, O=organisation), kept in a password-protected PKCS#12 file in the data folder and created on first use.
 */
public final class UserKeyStore {
    private static final Logger LOG = LoggerFactory.getLogger(UserKeyStore.class);
    static final String ALIAS = "logicheck-signing";
    /** The JDK's PKCS#12 (PBES2: PBKDF2-SHA256 + AES-256; about 50 ms to open, BouncyCastle's takes over a second). */
    private static final String TYPE = "PKCS12";
    private static final int VALID_YEARS = 10;

    private UserKeyStore() {
    }

    /** The private key and its certificate. */
    public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {
        public String fingerprint() {
            return PdfVerifier.sha256(encoded(certificate));
        }

        /** The certificate's subject, as the trust list shows it. */
        public String subject() {
            return certificate.getSubjectX500Principal().getName();
        }

        /** The certificate, DER-encoded, as the trust list stores it. */
        public byte[] certificateDer() {
            return encoded(certificate);
        }
    }

    /**
     * Opens the keystore at {@code file}, or creates it (with a new key pair and certificate for {@code name} of
     * {@code organisation}) when there is none, with a password that meets {@link PasswordPolicy} (an existing key opens
     * with the password it has). A wrong password or a damaged file is refused with a clear message that names no file.
     */
    public static SigningKey openOrCreate(Path file, char[] password, String name, String organisation, Clock clock) {
        if (password == null || password.length == 0) {
            throw new DomainException(Problem.of("problem.key.noPassword"));
        }
        if (Files.exists(file)) {
            return open(file, password);
        }
        PasswordPolicy.check(password, null);
        return create(file, password, name, organisation, clock);
    }

    public static SigningKey open(Path file, char[] password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.warn("signing key {} not readable: {}", file, e.toString());
            throw new DomainException(Problem.of("problem.key.unreadable"));
        }
        try {
            KeyStore ks = KeyStore.getInstance(TYPE);
            char[] secret = protection(password);
            ks.load(new ByteArrayInputStream(bytes), secret);
            if (!(ks.getKey(ALIAS, secret) instanceof PrivateKey key)
                    || !(ks.getCertificate(ALIAS) instanceof X509Certificate cert)) {
                throw new DomainException(Problem.of("problem.key.corrupt"));
            }
            return new SigningKey(key, cert);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new DomainException(Problem.of("problem.key.wrongPassword"));
            }
            throw new DomainException(Problem.of("problem.key.corrupt"));
        } catch (UnrecoverableKeyException e) {
            throw new DomainException(Problem.of("problem.key.wrongPassword"));
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException(Problem.of("problem.key.corrupt"));
        }
    }

    private static SigningKey create(Path file, char[] password, String name, String organisation, Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate cert = selfSigned(pair, name, organisation, clock.instant());
            KeyStore ks = KeyStore.getInstance(TYPE);
            ks.load(null, null);
            char[] secret = protection(password);
            ks.setKeyEntry(ALIAS, pair.getPrivate(), secret, new Certificate[] {cert});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, secret);
            writeAtomically(file, out.toByteArray());
            return new SigningKey(pair.getPrivate(), cert);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            LOG.warn("signing key {} not created: {}", file, e.toString());
            throw new DomainException(Problem.of("problem.key.cannotCreate"));
        }
    }

    /**
     * The JDK's PKCS#12 takes ASCII passwords only, and people type Chinese ones: a password with any non-ASCII
     * character protects the file as {@code "utf8:" + Base64(UTF-8 bytes)} (ASCII passwords are used as they are),
     * so every password works, none loses entropy, and the file stays a standard PKCS#12 (ADR 0007).
     */
    static char[] protection(char[] password) {
        for (char c : password) {
            if (c > 0x7e || c < 0x20) {
                ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
                byte[] bytes = new byte[utf8.remaining()];
                utf8.get(bytes);
                return ("utf8:" + Base64.getEncoder().encodeToString(bytes)).toCharArray();
            }
        }
        return password;
    }

    static X509Certificate selfSigned(KeyPair pair, String name, String organisation, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X500NameBuilder subjectBuilder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name);
        if (organisation != null && !organisation.isBlank()) {
            subjectBuilder.addRDN(BCStyle.O, organisation);
        }
        X500Name subject = subjectBuilder.build();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(VALID_YEARS * 366L, ChronoUnit.DAYS)),
                subject, pair.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }

    static byte[] encoded(X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        AtomicFile.write(file, AtomicFile.Readers.PRIVATE, out -> out.write(bytes));
    }
}
