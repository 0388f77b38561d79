package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import kz.kelisim.base.Language;
import kz.kelisim.base.pdf.PdfText;
import kz.kelisim.base.pdf.PrintedTexts;

/**
 * The printed certificate: one A4 landscape page whatever the lengths of what it says, its frame
 * whole, nothing drawn over anything else, both signature lines at one height, the QR code readable
 * from the printed page; Kazakh and Russian as written.
 */
class CertificateDocumentTest {

    private static final String CODE = "AbCdEfGhIjKlMnOpQrSt_-";
    private static final String URL = "https://kelisim.example.kz/verify/" + CODE;
    private static final String HOLDER = "ӘҒҚҢӨҰҮҺІ Әсел Нұрланқызы Жақсылықова";
    private static final String TITLE_KK = "Этносаралық қатынастар: әғқңөұүһі, қоғамдық келісім және өңірдегі ұлттық бірлік";
    private static final float MM = 72f / 25.4f;

    private final CertificateSettings settings = new CertificateSettings("KLS",
            "Қазақстан Республикасы Президентінің жанындағы Мемлекеттік басқару академиясы",
            "Академия государственного управления при Президенте Республики Казахстан", null, null);
    private final CertificateDocument document = new CertificateDocument(settings, "https://kelisim.example.kz/");

    @Test
    void the_pdf_gives_back_every_kazakh_letter_small_and_capital_as_written() {
        String text = PdfText.of(document.render(certificate(HOLDER, TITLE_KK, "Основы этномедиации", null, 24,
                "Астана")));

        for (String letter : List.of("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ",
                "І")) {
            assertThat(text).as(letter).contains(letter);
        }
        assertThat(text).contains(HOLDER, "KLS-2026-000123", "Қазақстан Республикасы Президентінің жанындағы",
                "Академия государственного управления при Президенте", "24 академиялық сағат",
                "24 академических часа", "02.11.2026 – 06.11.2026", "Ә. Қ. Сәрсенұлы", "Ректор Академии", "СЕРТИФИКАТ")
                .doesNotContain("?");
        assertThat(text.replaceAll("\\s+", " ")).contains("Основы этномедиации", "қоғамдық келісім");
    }

    @Test
    void the_page_is_a_single_a4_landscape_page() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document.render(certificate(HOLDER, TITLE_KK, "Основы", null, 24,
                "Астана")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            assertThat(box.getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
        }
    }

    @Test
    void the_embedded_qr_code_reads_as_the_verification_address() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(document.render(certificate(HOLDER, TITLE_KK, "Основы", null, 24,
                "Астана")))) {
            List<BufferedImage> images = images(pdf.getPage(0));

            assertThat(images).hasSize(1);
            assertThat(decode(images.getFirst())).isEqualTo(URL);
        }
    }

    /**
     * Every combination the issue names: holder names of 5 to 150 letters (Kazakh letters, hyphens,
     * patronymics), titles up to 300, positions of one or two lines, the English line or not, place
     * and hours or not. Each is one page, its frame whole, nothing over anything else, the signature
     * lines level, the holder and titles all there, and the QR code read from the page as printed.
     */
    @Test
    void every_length_of_name_title_and_position_fits_one_page_with_a_readable_qr_code() throws Exception {
        List<String> names = List.of("Ән Ли", "Әсел Нұрланқызы Жақсылықова",
                "Жақсылықова-Нұрмағанбетова Әсел-Гүлнар Нұрланқызы", holderOf(90), holderOf(150));
        List<String[]> titles = List.of(new String[] {"Медиация", "Медиация"},
                new String[] {titleOf("Этносаралық қатынастар және қоғамдық келісім", 120),
                        titleOf("Межэтнические отношения и общественное согласие", 120)},
                new String[] {titleOf("Этносаралық қақтығыстардың алдын алу, медиация және өңірлердегі диалог", 300),
                        titleOf("Профилактика межэтнических конфликтов, медиация и диалог в регионах", 300)});
        Path out = Path.of("target", "certificates");
        Files.createDirectories(out);
        int rendered = 0;
        for (String name : names) {
            for (String[] title : titles) {
                for (int variant = 0; variant < 8; variant++) {
                    boolean twoLinePositions = (variant & 1) != 0;
                    boolean english = (variant & 2) != 0;
                    boolean placeAndHours = (variant & 4) != 0;
                    CertificateTemplateForm template = template(twoLinePositions);
                    Certificate certificate = certificate(name, title[0], title[1],
                            english ? titleOf("Interethnic relations, mediation and social accord", title[0].length())
                                    : null, placeAndHours ? 72 : 0, placeAndHours ? "Шымкент, «Түркістан» залы" : null);
                    byte[] pdf = document.render(certificate, template);
                    String what = name.length() + " letters, title " + title[0].length() + ", variant " + variant;
                    if (variant == 7 || (variant == 0 && name.length() == 5)) {
                        Files.write(out.resolve("matrix-" + name.length() + "-" + title[0].length() + "-" + variant
                                + ".pdf"), pdf);
                    }
                    assertOnePageAsPrinted(pdf, what, name, title);
                    rendered++;
                }
            }
        }
        assertThat(rendered).isEqualTo(120);
    }

    @Test
    void texts_far_beyond_the_usual_still_give_one_page_with_the_qr_code() throws Exception {
        CertificateTemplateForm longest = new CertificateTemplateForm("а".repeat(60) + " " + "ә".repeat(239),
                "б".repeat(300), "c".repeat(300), "Қазақстан ".repeat(50).strip(), "Республика ".repeat(45).strip(),
                "Republic ".repeat(55).strip(), null, "Ж".repeat(200), "лауазым ".repeat(37).strip(),
                "должность ".repeat(30).strip(), "Ғ".repeat(200), "лауазым ".repeat(37).strip(),
                "должность ".repeat(30).strip(), null, null, null, null);
        Certificate certificate = certificate(holderOf(150), "Т".repeat(500), "Т".repeat(500), "T".repeat(500), 9999,
                "Орын ".repeat(60).strip());

        byte[] pdf = document.render(certificate, longest);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(decode(new PDFRenderer(document).renderImageWithDPI(0, 150))).isEqualTo(URL);
        }
    }

    @Test
    void the_seal_signatures_and_emblem_are_printed_where_the_template_puts_them() throws Exception {
        byte[] seal = TemplateImage.normalised(TemplateImages.seal(400)).orElseThrow();
        byte[] first = TemplateImage.normalised(TemplateImages.signature(420, 120, 3)).orElseThrow();
        byte[] second = TemplateImage.normalised(TemplateImages.signature(420, 120, 11)).orElseThrow();
        byte[] emblem = TemplateImage.normalised(TemplateImages.jpeg(200, 200, Color.RED)).orElseThrow();
        CertificateTemplateForm template = template(false).withImages(first, second, seal,
                TemplateImage.normalised(TemplateImages.emblem(400)).orElseThrow());

        // the README's example: docs/images/certificate-example.png is this PDF through pdftoppm
        byte[] pdf = document.render(certificate("Жақсылықова-Нұрмағанбетова Әсел Нұрланқызы",
                "Этносаралық қатынастар саласындағы медиация: қақтығыстардың алдын алу және қоғамдық келісім",
                "Медиация в сфере межэтнических отношений: профилактика конфликтов и общественное согласие",
                "Mediation in interethnic relations: conflict prevention and social accord", 72,
                "Шымкент, «Түркістан» залы"), template);

        Files.createDirectories(Path.of("target", "certificates"));
        Files.write(Path.of("target", "certificates", "with-images.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(images(document.getPage(0))).as("QR code, seal, emblem and the two signatures (and their"
                    + " transparency masks)").hasSizeGreaterThanOrEqualTo(5);
            assertThat(decode(new PDFRenderer(document).renderImageWithDPI(0, 150)))
                    .as("the seal near the signatures leaves the QR code readable").isEqualTo(URL);
        }
        assertThat(emblem).isNotEmpty();
    }

    @Test
    void the_noun_after_the_hours_agrees_with_the_number() {
        PrintedTexts ru = PrintedTexts.of(Language.RU);
        PrintedTexts en = PrintedTexts.of(Language.EN);
        assertThat(CertificateDocument.hours(ru, 1)).isEqualTo("Объём: 1 академический час.");
        assertThat(CertificateDocument.hours(ru, 24)).isEqualTo("Объём: 24 академических часа.");
        assertThat(CertificateDocument.hours(ru, 72)).isEqualTo("Объём: 72 академических часа.");
        assertThat(CertificateDocument.hours(ru, 12)).isEqualTo("Объём: 12 академических часов.");
        assertThat(CertificateDocument.hours(ru, 36)).isEqualTo("Объём: 36 академических часов.");
        assertThat(CertificateDocument.hours(ru, 111)).isEqualTo("Объём: 111 академических часов.");
        assertThat(CertificateDocument.hours(ru, 1001)).isEqualTo("Объём: 1001 академический час.");
        assertThat(CertificateDocument.hours(en, 1)).isEqualTo("1 academic hour.");
        assertThat(CertificateDocument.hours(en, 2)).isEqualTo("2 academic hours.");
        assertThat(CertificateDocument.hours(PrintedTexts.of(Language.KK), 24)).isEqualTo("Көлемі: 24 академиялық сағат.");
    }

    @Test
    void markup_in_a_name_is_printed_as_written_not_read_as_markup() {
        String tricky = "Әсел <b>& \"Нұр\"</b> 'Ли'";

        String text = PdfText.of(document.render(certificate(tricky, "Медиация <i>", "Медиация &", null, 24, null)));

        assertThat(text).contains(tricky, "Медиация <i>", "Медиация &");
    }

    private void assertOnePageAsPrinted(byte[] pdf, String what, String name, String[] title) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("pages, %s", what).isEqualTo(1);
            List<TextPosition> glyphs = glyphs(document);
            PDPage page = document.getPage(0);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            // inside the inner frame: 8 mm margin, 1 mm border, 1.4 mm gap, 0.35 mm gold line
            float inset = 10.7f * MM;
            for (TextPosition glyph : glyphs) {
                assertThat(glyph.getXDirAdj()).as("left edge of '%s', %s", glyph.getUnicode(), what)
                        .isGreaterThanOrEqualTo(inset);
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as("right edge, %s", what)
                        .isLessThanOrEqualTo(width - inset);
                assertThat(glyph.getYDirAdj() - glyph.getHeightDir()).as("top, %s", what).isGreaterThanOrEqualTo(inset);
                assertThat(glyph.getYDirAdj()).as("bottom of '%s', %s", glyph.getUnicode(), what)
                        .isLessThanOrEqualTo(height - inset);
            }
            assertNothingDrawnOverAnything(glyphs, what);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).as("holder, %s", what).contains(name.replaceAll("\\s+", ""));
            assertThat(text).as("titles, %s", what).contains(title[0].replaceAll("\\s+", ""),
                    title[1].replaceAll("\\s+", ""));

            BufferedImage printed = new PDFRenderer(document).renderImageWithDPI(0, 120);
            assertThat(decode(printed)).as("QR code from the printed page, %s", what).isEqualTo(URL);
            assertFrameIsWhole(printed, what);
            assertThat(signatureLine(printed, 9)).as("signature lines at one height, %s", what)
                    .isPositive().isEqualTo(signatureLine(printed, 83));
        }
    }

    /** No two glyphs cover one another (a line pushed into the next zone would). */
    private static void assertNothingDrawnOverAnything(List<TextPosition> glyphs, String what) {
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition a = glyphs.get(i);
            for (int j = i + 1; j < glyphs.size(); j++) {
                TextPosition b = glyphs.get(j);
                float overlapX = Math.min(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj())
                        - Math.max(a.getXDirAdj(), b.getXDirAdj());
                float overlapY = Math.min(a.getYDirAdj(), b.getYDirAdj())
                        - Math.max(a.getYDirAdj() - a.getHeightDir(), b.getYDirAdj() - b.getHeightDir());
                if (overlapX > 0.5f && overlapY > 0.5f) {
                    throw new AssertionError("'" + a.getUnicode() + "' and '" + b.getUnicode() + "' overlap at "
                            + a.getXDirAdj() / MM + " mm, " + a.getYDirAdj() / MM + " mm, " + what);
                }
            }
        }
    }

    /** The navy outer frame shows on all four sides, so nothing pushed it or cut it off. */
    private static void assertFrameIsWhole(BufferedImage page, String what) {
        double px = page.getWidth() / 297.0;
        int left = (int) Math.round(8.5 * px);
        int right = (int) Math.round((297 - 8.5) * px);
        int top = (int) Math.round(8.5 * px);
        int bottom = (int) Math.round((8 + 191 + 1.5) * px);
        assertThat(darkRun(page, top, left, right, true)).as("top edge, %s", what).isGreaterThan((right - left) * 9 / 10);
        assertThat(darkRun(page, bottom, left, right, true)).as("bottom edge, %s", what)
                .isGreaterThan((right - left) * 9 / 10);
        assertThat(darkRun(page, left, top, bottom, false)).as("left edge, %s", what)
                .isGreaterThan((bottom - top) * 9 / 10);
        assertThat(darkRun(page, right, top, bottom, false)).as("right edge, %s", what)
                .isGreaterThan((bottom - top) * 9 / 10);
    }

    /**
     * The pixel row of the signature line that starts {@code leftMm} into the inner frame: the row
     * in the signatures' band where dark pixels run across most of the line's 66 mm.
     */
    private static int signatureLine(BufferedImage page, double leftMm) {
        double px = page.getWidth() / 297.0;
        int from = (int) Math.round((8 + 1.4 + 1 + leftMm + 4) * px);
        int to = (int) Math.round((8 + 1.4 + 1 + leftMm + 62) * px);
        for (int y = (int) Math.round(170 * px); y < (int) Math.round(180 * px); y++) {
            if (darkRun(page, y, from, to, true) >= (to - from) * 95 / 100) {
                return y;
            }
        }
        return -1;
    }

    private static int darkRun(BufferedImage page, int at, int from, int to, boolean horizontal) {
        int dark = 0;
        for (int i = from; i < to; i++) {
            int rgb = horizontal ? page.getRGB(i, at) : page.getRGB(at, i);
            int luminance = (((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF)) / 10;
            if (luminance < 140) {
                dark++;
            }
        }
        return dark;
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    glyphs.add(text);
                }
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    /** A Kazakh holder name of exactly the length: surnames joined by hyphens, names, a patronymic. */
    static String holderOf(int length) {
        String[] parts = {"Жақсылықова-Нұрмағанбетова", "Әсел-Гүлнар", "Нұрланқызы", "Төлеуғали-Сәрсенбайұлы",
                "Үмітқызы", "Ғабдуллина-Өтегенова", "Һадиша", "Іңкәрқызы"};
        StringBuilder name = new StringBuilder();
        for (int i = 0; name.length() < length; i++) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(parts[i % parts.length]);
        }
        return name.substring(0, length).strip() + "а".repeat(length - name.substring(0, length).strip().length());
    }

    static String titleOf(String words, int length) {
        StringBuilder title = new StringBuilder(words);
        while (title.length() < length) {
            title.append(' ').append(words);
        }
        return title.substring(0, length).strip();
    }

    private CertificateTemplateForm template(boolean twoLinePositions) {
        CertificateTemplateForm defaults = CertificateTemplateForm.defaults(settings);
        if (!twoLinePositions) {
            return defaults;
        }
        return new CertificateTemplateForm(defaults.headingKk(), defaults.headingRu(), defaults.headingEn(),
                defaults.organisationKk(), defaults.organisationRu(), "Academy of Public Administration under the"
                        + " President of the Republic of Kazakhstan", null, "Ж. Ә. Төлеуғалиева-Сәрсенбаева",
                "Біліктілікті арттыру және қайта даярлау орталығының директорының оқу-әдістемелік жұмыс жөніндегі"
                        + " орынбасары",
                "Заместитель директора центра повышения квалификации и переподготовки по учебно-методической работе",
                "Ғ. Ө. Нұрланқызы", "Ректор", "Ректор", null, null, null, null);
    }

    private static Certificate certificate(String holder, String titleKk, String titleRu, String titleEn, int hours,
            String place) {
        CertificateDraft draft = new CertificateDraft(7, holder, "ethnomediation", null, titleKk, titleRu, titleEn,
                hours, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6), place);
        return new Certificate(new CertificateNumber("KLS", 2026, 123), CODE, draft,
                "Қазақстан Республикасы Президентінің жанындағы Мемлекеттік басқару академиясы",
                "Академия государственного управления при Президенте Республики Казахстан", LocalDate.of(2026, 11, 20),
                Instant.parse("2026-11-20T05:00:00Z"), 1);
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
}
