package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.SignatureStatus;

/**
 * The PAdES signature on certificate PDFs: it covers the whole file, validates against the
 * configured certificate, breaks when one byte changes; no key outside demo mode means no signing.
 */
class CertificateSigningTest {

    @TempDir
    static Path data;

    private static CertificateSigning demo;
    private static byte[] unsigned;

    @BeforeAll
    static void demoKeyAndACertificate() {
        demo = new CertificateSigning("", "", "", true, data.toString());
        CertificateSettings settings = new CertificateSettings("KLS", "Ұйым", "Организация", null, null);
        CertificateDraft draft = new CertificateDraft(7, "Әсел Жақсылықова", "course", null, "Медиация", "Медиация",
                null, 24, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6), "Астана");
        unsigned = new CertificateDocument(settings, "https://kelisim.example.kz").render(new Certificate(
                new CertificateNumber("KLS", 2026, 5), "AbCdEfGhIjKlMnOpQrSt_-", draft, "Ұйым", "Организация",
                LocalDate.of(2026, 11, 20), Instant.parse("2026-11-20T05:00:00Z"), 1));
    }

    @Test
    void the_signature_covers_the_whole_file_and_validates_against_the_configured_certificate() throws Exception {
        byte[] signed = demo.sign(unsigned, Instant.parse("2026-12-01T09:30:00Z"), "Сертификат KLS-2026-000005");
        X509Certificate configured = demo.certificate().orElseThrow();
        java.nio.file.Files.createDirectories(Path.of("target", "certificates"));
        java.nio.file.Files.write(Path.of("target", "certificates", "signed.pdf"), signed);

        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2]).as("the only gap is the signature value").isGreaterThan(range[1]);
            assertThat((long) range[2] + range[3]).as("to the last byte").isEqualTo(signed.length);
            assertThat(Arrays.copyOfRange(signed, 0, unsigned.length)).as("an incremental update").isEqualTo(unsigned);

            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                    CertificateSigning.cmsOf(signature.getContents(signed)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(configured))).isTrue();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES: time in /M").isNull();
            SigningCertificateV2 signingCertificate = SigningCertificateV2.getInstance(signer.getSignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
            assertThat(signingCertificate.getCerts()[0].getCertHash())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(configured.getEncoded()));
        }
        CertificateSigning.SignatureCheck check = demo.check(signed);
        assertThat(check.status()).isEqualTo(SignatureStatus.INTACT);
        assertThat(check.signer()).isEqualTo(configured);
        assertThat(check.signerName()).startsWith("Kelisim demo signing key");
    }

    @Test
    void one_changed_byte_anywhere_in_the_file_breaks_the_signature() throws Exception {
        byte[] signed = demo.sign(unsigned, Instant.now(), "Сертификат");
        int[] range;
        try (PDDocument document = Loader.loadPDF(signed)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        for (int at : new int[] {unsigned.length / 2, range[1] - 10, range[2] + 5, signed.length - 3}) {
            byte[] tampered = signed.clone();
            tampered[at] ^= 0x01;
            assertThat(demo.check(tampered).status()).as("byte %d changed", at).isEqualTo(SignatureStatus.BROKEN);
        }
        byte[] longer = Arrays.copyOf(signed, signed.length + 1);
        longer[signed.length] = '\n';
        assertThat(demo.check(longer).status()).as("a byte added after the signed end").isEqualTo(SignatureStatus.BROKEN);
        assertThat(demo.check(unsigned).status()).isEqualTo(SignatureStatus.UNSIGNED);
    }

    @Test
    void a_configured_pkcs12_keystore_signs_and_the_demo_key_is_made_once() throws Exception {
        Path keystore = data.resolve(CertificateSigning.DEMO_FILE);
        CertificateSigning configured = new CertificateSigning(keystore.toString(), CertificateSigning.DEMO_PASSWORD,
                CertificateSigning.DEMO_ALIAS, false, data.resolve("elsewhere").toString());
        CertificateSigning again = new CertificateSigning("", "", "", true, data.toString());

        assertThat(configured.problem()).isEmpty();
        assertThat(configured.certificate()).isEqualTo(demo.certificate());
        assertThat(again.certificate()).as("the demo key is kept in the data folder").isEqualTo(demo.certificate());
        CertificateSigning.SignatureCheck check = demo.check(configured.sign(unsigned, Instant.now(), "Сертификат"));
        assertThat(check.status()).isEqualTo(SignatureStatus.INTACT);
        CertificateSigning noAlias = new CertificateSigning(keystore.toString(), CertificateSigning.DEMO_PASSWORD, "",
                false, data.toString());
        assertThat(noAlias.problem()).as("the only key is taken without an alias").isEmpty();
    }

    @Test
    void outside_demo_mode_without_a_keystore_nothing_is_signed_and_the_message_names_the_settings() {
        CertificateSigning none = new CertificateSigning("", "", "", false, data.toString());

        assertThat(none.problem()).hasValueSatisfying(problem ->
                assertThat(problem.messageKey()).isEqualTo("certificate.notice.no-signing-key"));
        assertThatThrownBy(() -> none.sign(unsigned, Instant.now(), "Сертификат")).isInstanceOf(RuleViolation.class)
                .hasMessage("certificate.notice.no-signing-key");
    }

    @Test
    void a_wrong_password_or_alias_is_said_and_nothing_is_signed() {
        String keystore = data.resolve(CertificateSigning.DEMO_FILE).toString();

        CertificateSigning wrongPassword = new CertificateSigning(keystore, "not-the-password",
                CertificateSigning.DEMO_ALIAS, false, data.toString());
        CertificateSigning wrongAlias = new CertificateSigning(keystore, CertificateSigning.DEMO_PASSWORD, "academy",
                false, data.toString());

        assertThat(wrongPassword.problem()).hasValueSatisfying(problem -> {
            assertThat(problem.messageKey()).isEqualTo("certificate.notice.signing-key-unreadable");
            assertThat(problem.arguments()).containsExactly(keystore);
        });
        assertThat(wrongAlias.problem()).hasValueSatisfying(problem ->
                assertThat(problem.arguments()).containsExactly("academy", keystore));
        assertThatThrownBy(() -> wrongAlias.sign(unsigned, Instant.now(), "x")).isInstanceOf(RuleViolation.class);
    }
}
