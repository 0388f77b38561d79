package kz.kelisim.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.SignatureStatus;

/**
 * The academy's digital signature on every certificate PDF: a PAdES baseline signature (PDF
 * signature dictionary with sub-filter {@code ETSI.CAdES.detached}, a detached CMS made with
 * BouncyCastle, with the signing-certificate-v2 attribute and no signing-time attribute: the time is
 * the dictionary's {@code /M}) over the whole file, made with PDFBox as an incremental update.
 *
 * <p>The key comes from a PKCS#12 keystore ({@code KELISIM_CERTIFICATES_KEYSTORE}, {@code _PASSWORD},
 * {@code _ALIAS}; Kazakhstan's national certification centre issues legal entities' RSA keys in this
 * form). In demo mode without one, a self-signed demo key is made at the first start in the data
 * folder ({@link #DEMO_FILE}) and used from then on. Outside demo mode without a usable key,
 * certificates are refused with a message naming the settings ({@link #problem()}); the application
 * still starts, so staff can read the message.
 */
@Component
class CertificateSigning {

    static final String DEMO_FILE = "certificate-signing-demo.p12";
    static final String DEMO_ALIAS = "kelisim-demo";
    /** The demo key guards nothing: it signs demo certificates only, and says so in its name. */
    static final String DEMO_PASSWORD = "kelisim-demo";

    private static final Logger log = LoggerFactory.getLogger(CertificateSigning.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A private key and its certificate chain (signer first). */
    record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, boolean demo) {

        X509Certificate certificate() {
            return chain.getFirst();
        }
    }

    private final SigningKey key;
    private final RuleViolation problem;
    /** What every signature repeats, made once: its name, algorithm, attributes and certificates. */
    private final String signerName;
    private final String algorithm;
    private final AttributeTable signedAttributes;
    private final JcaCertStore certificates;
    private final org.bouncycastle.operator.DigestCalculatorProvider digests;

    CertificateSigning(@Value("${kelisim.certificates.keystore:}") String keystore,
            @Value("${kelisim.certificates.keystore-password:}") String password,
            @Value("${kelisim.certificates.keystore-alias:}") String alias,
            @Value("${kelisim.demo.enabled:false}") boolean demo,
            @Value("${kelisim.data-dir:./data}") String dataDir) {
        SigningKey loaded = null;
        RuleViolation refused = null;
        try {
            if (!keystore.isBlank()) {
                loaded = load(Path.of(keystore), password, alias, false);
            } else if (demo) {
                loaded = demoKey(Path.of(dataDir).resolve(DEMO_FILE));
            } else {
                refused = new RuleViolation("certificate.notice.no-signing-key");
            }
        } catch (RuleViolation unusable) {
            refused = unusable;
        }
        if (refused != null) {
            log.error("Certificates cannot be signed, so none will be issued: {} {}", refused.messageKey(),
                    Arrays.toString(refused.arguments()));
        } else {
            log.info("Certificates are signed by {}{}", loaded.certificate().getSubjectX500Principal().getName(),
                    loaded.demo() ? " (demo key)" : "");
        }
        this.key = loaded;
        this.problem = refused;
        try {
            this.signerName = loaded == null ? null : commonName(loaded.certificate());
            this.algorithm = loaded == null ? null : signatureAlgorithm(loaded.privateKey());
            this.signedAttributes = loaded == null ? null : signingCertificate(loaded.certificate());
            this.certificates = loaded == null ? null : new JcaCertStore(loaded.chain());
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("The signing key cannot be prepared", e);
        }
    }

    /** Why certificates cannot be signed now (and so not issued), if they cannot. */
    Optional<RuleViolation> problem() {
        return Optional.ofNullable(problem);
    }

    /** The certificate that signs now. */
    Optional<X509Certificate> certificate() {
        return Optional.ofNullable(key).map(SigningKey::certificate);
    }

    /**
     * The PDF with the signature added as an incremental update covering every byte before and after
     * the signature value.
     *
     * @param reason what the signature dictionary says it is for (readers show it)
     * @throws RuleViolation if there is no usable key ({@link #problem()})
     */
    byte[] sign(byte[] pdf, Instant signedAt, String reason) {
        if (key == null) {
            throw problem;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTime(Date.from(signedAt));
            signature.setSignDate(when);
            document.addSignature(signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent().readAllBytes()));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the PDF's signature is intact: present, covering the whole file but its own value, and
     * its CMS valid for exactly these bytes with the certificate it carries.
     */
    SignatureCheck check(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            if (signature == null) {
                return new SignatureCheck(SignatureStatus.UNSIGNED, null);
            }
            int[] range = signature.getByteRange();
            boolean wholeFile = range != null && range.length == 4 && range[0] == 0 && range[1] > 0
                    && range[2] > range[1] && (long) range[2] + range[3] == pdf.length;
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    cmsOf(signature.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            boolean valid = wholeFile && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            return new SignatureCheck(valid ? SignatureStatus.INTACT : SignatureStatus.BROKEN, certificate);
        } catch (IOException | CMSException | OperatorCreationException | GeneralSecurityException
                | RuntimeException damaged) {
            return new SignatureCheck(SignatureStatus.BROKEN, null);
        }
    }

    /** The CMS structure at the start of a signature value (the value is padded with zeros to its reserved size). */
    static org.bouncycastle.asn1.cms.ContentInfo cmsOf(byte[] contents) throws IOException {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            return org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
        }
    }

    /** What {@link #check} found, and the certificate that signed (null if none could be read). */
    record SignatureCheck(SignatureStatus status, X509Certificate signer) {

        String signerName() {
            return signer == null ? null : commonName(signer);
        }
    }

    private byte[] cms(byte[] signedContent) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key.privateKey());
            JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(digests);
            info.setSignedAttributeGenerator(new PadesSignedAttributes(signedAttributes));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info.build(signer, key.certificate()));
            generator.addCertificates(certificates);
            return generator.generate(new CMSProcessableByteArray(signedContent), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("The certificate signature could not be made", e);
        }
    }

    /** The signing-certificate-v2 attribute: the signer's certificate by its SHA-256, issuer and serial. */
    private static AttributeTable signingCertificate(X509Certificate certificate) throws GeneralSecurityException {
        ESSCertIDv2 certId = new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                        certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber()));
        return new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(certId))));
    }

    /** Content type, message digest, algorithm protection and signing-certificate-v2; no signing time. */
    private static final class PadesSignedAttributes extends DefaultSignedAttributeTableGenerator {

        PadesSignedAttributes(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new RuleViolation("certificate.notice.signing-key-algorithm", key.getAlgorithm());
        };
    }

    static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        for (String part : subject.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3).replace("\\", "");
            }
        }
        return subject;
    }

    private static SigningKey load(Path file, String password, String alias, boolean demo) {
        char[] secret = password.toCharArray();
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
        } catch (IOException | GeneralSecurityException e) {
            log.error("The signing keystore {} cannot be read: {}", file, e.toString());
            throw new RuleViolation("certificate.notice.signing-key-unreadable", file.toString());
        }
        try {
            String chosen = alias.isBlank() ? onlyKeyAlias(store) : alias;
            if (chosen == null || !store.isKeyEntry(chosen)) {
                throw new RuleViolation("certificate.notice.signing-key-alias", alias.isBlank() ? "—" : alias,
                        file.toString());
            }
            PrivateKey privateKey = (PrivateKey) store.getKey(chosen, secret);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(chosen)) {
                chain.add((X509Certificate) certificate);
            }
            signatureAlgorithm(privateKey);
            return new SigningKey(privateKey, List.copyOf(chain), demo);
        } catch (GeneralSecurityException | ClassCastException | NullPointerException e) {
            log.error("The signing keystore {} holds no usable key", file, e);
            throw new RuleViolation("certificate.notice.signing-key-unreadable", file.toString());
        }
    }

    private static String onlyKeyAlias(KeyStore store) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        return keys.size() == 1 ? keys.getFirst() : null;
    }

    /** The demo key from the data folder, made there at the first start. */
    private static SigningKey demoKey(Path file) {
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), DEMO_FILE, ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    demoKeystore().store(out, DEMO_PASSWORD.toCharArray());
                }
                // another start may have made one meanwhile; either is a good demo key
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                log.info("Made a self-signed demo signing key in {}", file.toAbsolutePath());
            } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException("The demo signing key could not be made in " + file, e);
            }
        }
        return load(file, DEMO_PASSWORD, DEMO_ALIAS, true);
    }

    private static KeyStore demoKeystore() throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Kelisim demo signing key (not for real certificates), O=Kelisim demo, C=KZ");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(DEMO_ALIAS, pair.getPrivate(), DEMO_PASSWORD.toCharArray(), new Certificate[] {certificate});
        return store;
    }
}
