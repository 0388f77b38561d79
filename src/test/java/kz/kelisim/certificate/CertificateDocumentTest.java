package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import kz.kelisim.base.pdf.PdfText;

/** The printed certificate: A4 landscape, Kazakh and Russian as written, and a QR code to its verification page. */
class CertificateDocumentTest {

    private static final String CODE = "AbCdEfGhIjKlMnOpQrSt_-";
    private static final String HOLDER = "ӘҒҚҢӨҰҮҺІ Әсел Нұрланқызы Жақсылықова";
    private static final String TITLE_KK = "Этносаралық қатынастар: әғқңөұүһі, қоғамдық келісім және өңірдегі ұлттық бірлік";

    private final CertificateDocument document = new CertificateDocument(
            new CertificateSettings("KLS", "Қазақстан Республикасы Президентінің жанындағы Мемлекеттік басқару академиясы",
                    "Академия государственного управления при Президенте Республики Казахстан", null, null),
            "https://kelisim.example.kz/");

    @Test
    void the_pdf_gives_back_every_kazakh_letter_small_and_capital_as_written() {
        String text = PdfText.of(document.render(certificate()));

        for (String letter : List.of("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ",
                "І")) {
            assertThat(text).as(letter).contains(letter);
        }
        assertThat(text).contains(HOLDER, "KLS-2026-000123", "Қазақстан Республикасы Президентінің жанындағы",
                "Академия государственного управления при Президенте", "24 академиялық сағат",
                "24 академических часа", "02.11.2026 – 06.11.2026", "Ә. Қ. Сәрсенұлы", "Ректор Академии")
                .doesNotContain("?");
        assertThat(text.replaceAll("\\s+", " ")).contains("Основы этномедиации", "қоғамдық келісім");
    }

    @Test
    void the_page_is_a_single_a4_landscape_page() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document.render(certificate()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            assertThat(box.getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
        }
    }

    @Test
    void the_embedded_qr_code_reads_as_the_verification_address() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(document.render(certificate()))) {
            List<BufferedImage> images = images(pdf.getPage(0));

            assertThat(images).hasSize(1);
            assertThat(decode(images.getFirst())).isEqualTo("https://kelisim.example.kz/verify/" + CODE);
        }
    }

    @Test
    void the_qr_code_also_reads_from_the_printed_page() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(document.render(certificate()))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 300);

            assertThat(decode(page)).isEqualTo("https://kelisim.example.kz/verify/" + CODE);
        }
    }

    @Test
    void russian_hours_agree_with_the_number() {
        assertThat(CertificateDocument.russianHours(1)).isEqualTo("академический час");
        assertThat(CertificateDocument.russianHours(24)).isEqualTo("академических часа");
        assertThat(CertificateDocument.russianHours(72)).isEqualTo("академических часа");
        assertThat(CertificateDocument.russianHours(12)).isEqualTo("академических часов");
        assertThat(CertificateDocument.russianHours(36)).isEqualTo("академических часов");
        assertThat(CertificateDocument.russianHours(111)).isEqualTo("академических часов");
    }

    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    static List<BufferedImage> images(PDPage page) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image.getImage());
            }
        }
        return images;
    }

    private static Certificate certificate() {
        CertificateDraft draft = new CertificateDraft(7, HOLDER, "ethnomediation", null, TITLE_KK, "Основы этномедиации",
                null, 24, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6), "Астана");
        return new Certificate(new CertificateNumber("KLS", 2026, 123), CODE, draft,
                "Қазақстан Республикасы Президентінің жанындағы Мемлекеттік басқару академиясы",
                "Академия государственного управления при Президенте Республики Казахстан", LocalDate.of(2026, 11, 20),
                Instant.parse("2026-11-20T05:00:00Z"), 1);
    }
}
