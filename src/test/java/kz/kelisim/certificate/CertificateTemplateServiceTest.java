package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.base.pdf.PdfText;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;

/** Staff edit the certificate template; certificates issued afterwards carry it, those issued before do not. */
@SpringBootTest
@Tag("persistence")
class CertificateTemplateServiceTest {

    @Autowired
    CertificateTemplateService templates;

    @Autowired
    CertificateService certificates;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(users, securityContext);
    }

    @AfterEach
    void restoreDefaults() {
        acting.as("staff", () -> templates.restoreDefaults());
    }

    private CertificateTemplateForm edited() {
        return new CertificateTemplateForm("  біліктілікті арттыру курсынан өткені туралы ",
                "о прохождении курсов повышения квалификации", "Certificate of professional development",
                "Өңірлік келісім орталығы", "Региональный центр согласия", "Regional Accord Centre", "Шымкент",
                "Ж. Ә. Төлеуғалиева", "Орталық директоры", "Директор центра", "Қ. Ө. Үсенбаев",
                "Оқу бөлімінің басшысы", "Руководитель учебного отдела", null, null, null, null);
    }

    @Test
    void until_staff_save_a_template_the_configured_defaults_apply() {
        CertificateTemplateForm current = acting.as("staff", () -> templates.current());

        assertThat(current.organisationKk()).startsWith("Қазақстан Республикасы Президентінің жанындағы");
        assertThat(current.signatory1PositionRu()).isEqualTo("Ректор Академии");
        assertThat(current.seal()).isNull();
    }

    @Test
    void staff_save_a_template_and_find_it_trimmed_with_its_images_written_again_as_png() throws IOException {
        byte[] seal = TemplateImages.jpeg(60, 60, Color.RED);

        acting.as("staff", () -> templates.save(edited().withImages(TemplateImages.png(80, 30, Color.BLUE), null,
                seal, TemplateImages.png(1600, 1200, Color.GREEN))));

        CertificateTemplateForm saved = acting.as("admin", () -> templates.current());
        assertThat(saved.headingKk()).isEqualTo("біліктілікті арттыру курсынан өткені туралы");
        assertThat(saved.signatory2Name()).isEqualTo("Қ. Ө. Үсенбаев");
        assertThat(saved.signature1()).isNotNull();
        assertThat(saved.signature2()).isNull();
        var storedSeal = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(saved.seal()));
        assertThat(saved.seal()).as("the JPEG is kept as a PNG Kelisim wrote").startsWith(0x89, 'P', 'N', 'G');
        assertThat(storedSeal.getWidth()).isEqualTo(60);
        var storedEmblem = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(saved.emblem()));
        assertThat(storedEmblem.getWidth()).as("scaled down to 800 pixels").isEqualTo(800);
        assertThat(storedEmblem.getHeight()).isEqualTo(600);
    }

    @Test
    void a_file_that_only_starts_like_a_png_is_refused_on_upload_and_on_save_and_nothing_is_stored() {
        byte[] fake = TemplateImages.pngMagicOnly();

        assertThatThrownBy(() -> acting.as("staff", () -> templates.image("signature1", fake)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("certificate-template.error.image-type");
                    assertThat(violation.arguments()).containsExactly("signature1");
                });
        assertThatThrownBy(() -> acting.as("staff", () -> templates.save(edited().withImages(fake, null, null,
                null)))).isInstanceOf(RuleViolation.class).hasMessage("certificate-template.error.image-type");
        assertThatThrownBy(() -> acting.as("staff", () -> templates.image("emblem", TemplateImages.truncatedPng())))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate-template.error.image-type");
        assertThat(acting.as("staff", () -> templates.current()).signature1()).isNull();
        assertThat(acting.as("staff", () -> templates.current()).headingKk()).isEqualTo("біліктілікті арттыру туралы");
    }

    @Test
    void a_saved_image_that_cannot_be_read_is_named_and_left_out_and_certificates_are_still_issued() {
        acting.as("staff", () -> templates.save(edited()));
        TemplateImages.storeUnreadableSeal(context);

        assertThat(acting.as("staff", () -> templates.unreadableImages())).containsExactly("seal");
        assertThat(acting.as("staff", () -> templates.notices())).anySatisfy(notice -> {
            assertThat(notice.messageKey()).isEqualTo("certificate.notice.unreadable-image");
            assertThat(notice.arguments()).containsExactly("seal");
            assertThat(notice.blocksIssuing()).isFalse();
        });
        assertThat(acting.as("staff", () -> templates.current()).seal()).as("left out").isNull();
        CertificateSummary issued = CertificateFixture.issue(context, "trainee4");
        assertThat(PdfText.of(acting.as("staff", () -> certificates.download(issued.id()))))
                .contains("Ж. Ә. Төлеуғалиева");
        assertThat(acting.as("staff", () -> templates.preview(templates.current()))).isNotEmpty();

        acting.as("staff", () -> templates.restoreDefaults());
        assertThat(acting.as("staff", () -> templates.unreadableImages())).isEmpty();
    }

    @Test
    void a_missing_text_or_a_text_too_long_is_refused_and_nothing_is_saved() {
        CertificateTemplateForm noHeading = new CertificateTemplateForm(" ", "о", null, "О", "О", null, null, "Н",
                "Л", "Д", "Н", "Л", "Д", null, null, null, null);

        assertThatThrownBy(() -> acting.as("staff", () -> templates.save(noHeading)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("certificate-template.error.required");
                    assertThat(violation.arguments()).containsExactly("headingKk");
                });
        CertificateTemplateForm longName = new CertificateTemplateForm("б", "о", null, "О", "О", null, null,
                "Ә".repeat(201), "Л", "Д", "Н", "Л", "Д", null, null, null, null);
        assertThatThrownBy(() -> acting.as("staff", () -> templates.save(longName)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("certificate-template.error.too-long");
                    assertThat(violation.arguments()).containsExactly("signatory1Name", 200);
                });
        assertThat(acting.as("staff", () -> templates.current()).headingKk()).isEqualTo("біліктілікті арттыру туралы");
    }

    @Test
    void an_image_over_500_kb_or_not_png_or_jpeg_is_refused() {
        assertThatThrownBy(() -> acting.as("staff", () -> templates.image("signature1", TemplateImages.oversizedPng())))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("certificate-template.error.image-too-large");
                    assertThat(violation.arguments()).containsExactly("signature1", 500);
                });
        assertThatThrownBy(() -> acting.as("staff", () -> templates.save(edited().withImages(null, null,
                TemplateImages.gif(), null))))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("certificate-template.error.image-type");
                    assertThat(violation.arguments()).containsExactly("seal");
                });
        byte[] pdfNamedPng = "%PDF-1.7 not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> acting.as("staff", () -> templates.preview(edited().withImages(null, pdfNamedPng,
                null, null)))).isInstanceOf(RuleViolation.class).hasMessage("certificate-template.error.image-type");
        assertThat(acting.as("staff", () -> templates.current()).seal()).isNull();
    }

    @Test
    void trainees_and_trainers_may_neither_read_nor_save_nor_preview_the_template() {
        for (String who : new String[] {"trainee2", "trainer"}) {
            assertThatThrownBy(() -> acting.as(who, () -> templates.current()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(who, () -> templates.save(edited())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(who, () -> templates.preview(edited())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_preview_shows_a_sample_holder_with_kazakh_letters_and_the_templates_texts() {
        String text = PdfText.of(acting.as("staff", () -> templates.preview(edited())));

        assertThat(text).contains("Әсел Нұрланқызы Жақсылықова", "біліктілікті арттыру курсынан өткені туралы",
                "Өңірлік келісім орталығы", "Ж. Ә. Төлеуғалиева", "Шымкент");
    }

    @Test
    void a_certificate_issued_after_saving_carries_the_new_texts_and_images_and_one_issued_before_stays_as_it_was()
            throws IOException {
        CertificateSummary before = CertificateFixture.issue(context, "trainee3");
        byte[] beforePdf = acting.as("staff", () -> certificates.download(before.id()));

        acting.as("staff", () -> templates.save(edited().withImages(TemplateImages.png(120, 40, Color.BLUE),
                TemplateImages.jpeg(100, 40, Color.BLACK), TemplateImages.png(90, 90, Color.RED), null)));
        CertificateSummary after = CertificateFixture.issue(context, "trainee3");
        byte[] afterPdf = acting.as("staff", () -> certificates.download(after.id()));

        String text = PdfText.of(afterPdf).replaceAll("\\s+", " ");
        assertThat(text).contains("біліктілікті арттыру курсынан өткені туралы",
                "о прохождении курсов повышения квалификации", "Өңірлік келісім орталығы", "Региональный центр согласия",
                "Ж. Ә. Төлеуғалиева", "Директор центра", "Қ. Ө. Үсенбаев", "Руководитель учебного отдела")
                .doesNotContain("Ректор Академии");
        try (PDDocument pdf = Loader.loadPDF(afterPdf)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(CertificateDocumentTest.images(pdf.getPage(0))).as("QR code, two signatures, seal").hasSize(4);
        }
        assertThat(acting.as("staff", () -> certificates.verify(codeOf(after), "192.0.2.77")).orElseThrow()
                .organisationKk()).isEqualTo("Өңірлік келісім орталығы");
        assertThat(acting.as("staff", () -> certificates.download(before.id()))).isEqualTo(beforePdf);
        assertThat(PdfText.of(beforePdf)).contains("Ректор Академии").doesNotContain("Өңірлік келісім орталығы");
        try (PDDocument pdf = Loader.loadPDF(beforePdf)) {
            assertThat(CertificateDocumentTest.images(pdf.getPage(0))).hasSize(1);
        }
    }

    private static String codeOf(CertificateSummary certificate) {
        return certificate.verificationUrl().substring(certificate.verificationUrl().lastIndexOf('/') + 1);
    }
}
