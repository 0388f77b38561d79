package kz.kelisim.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kz.kelisim.base.Language;
import kz.kelisim.base.pdf.DocumentTemplates;
import kz.kelisim.base.pdf.PdfDocuments;
import kz.kelisim.base.pdf.PdfDocuments.Face;
import kz.kelisim.base.pdf.PrintedTexts;
import kz.kelisim.base.pdf.TextFit;

/**
 * The printed certificate: one A4 landscape page from the Thymeleaf template
 * {@code documents/certificate.xhtml}, Kazakh and Russian side by side (an English line where the
 * training has an English title), the fixed texts from the translation bundles, the embedded DejaVu
 * fonts, and a QR code linking to the public verification page. Every zone of the page has a fixed
 * place; the font size of each is found by measuring its texts ({@link TextFit}), so a name of 150
 * letters or a title of 300 shrinks instead of pushing the signatures or the QR code off the page.
 */
@Component
class CertificateDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CertificateSettings settings;
    private final String publicUrl;
    private final PrintedTexts kk = PrintedTexts.of(Language.KK);
    private final PrintedTexts ru = PrintedTexts.of(Language.RU);
    private final PrintedTexts en = PrintedTexts.of(Language.EN);

    CertificateDocument(CertificateSettings settings,
            @Value("${kelisim.public-url:http://localhost:8080}") String publicUrl) {
        this.settings = settings;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Where the certificate's QR code leads: the public page that says whether it is valid. */
    String verificationUrl(String verificationCode) {
        return publicUrl + "/verify/" + verificationCode;
    }

    /** The address every QR code starts with ({@code kelisim.public-url}). */
    String publicUrl() {
        return publicUrl;
    }

    /** What the PDF signature says it is for, as readers show it: "Сертификат KLS-2026-000123". */
    String signatureReason(Certificate certificate) {
        return kk.t("certificate.pdf.document-title", certificate.getNumber());
    }

    /** The certificate with the configured defaults ({@code kelisim.certificates.*}). */
    byte[] render(Certificate certificate) {
        return render(certificate, CertificateTemplateForm.defaults(settings));
    }

    /** The certificate with the template's texts, signatories, signatures, seal and emblem. */
    byte[] render(Certificate certificate, CertificateTemplateForm template) {
        return PdfDocuments.fromXhtml(xhtml(certificate, template));
    }

    String xhtml(Certificate c) {
        return xhtml(c, CertificateTemplateForm.defaults(settings));
    }

    String xhtml(Certificate c, CertificateTemplateForm t) {
        String url = verificationUrl(c.getVerificationCode());
        String dates = dates(c.getStartsOn(), c.getEndsOn());
        Map<String, Object> page = new HashMap<>();
        page.put("documentTitle", kk.t("certificate.pdf.document-title", c.getNumber()));
        page.put("emblem", image(t.emblem(), 24, 24));
        page.put("seal", image(t.seal(), 30, 30));
        page.put("qr", PdfDocuments.qrCode(url));
        page.put("url", url);
        page.put("number", c.getNumber());

        page.put("organisationKk", c.getOrganisationKk());
        page.put("organisationRu", c.getOrganisationRu());
        page.put("organisationSize", size(TextFit.size(List.of(c.getOrganisationKk(), c.getOrganisationRu()),
                Face.SANS_BOLD, 207, 20, 1.2f, 4, 12, 6.5f)));
        String heading = t.headingKk() + " · " + t.headingRu();
        page.put("heading", heading);
        page.put("headingSize", size(TextFit.size(List.of(heading), Face.SANS, 235, 9, 1.2f, 2, 12, 6.5f)));
        page.put("intro", kk.t("certificate.pdf.intro") + " · " + ru.t("certificate.pdf.intro"));
        page.put("holder", c.getHolderName());
        page.put("holderSize", size(holderSize(c.getHolderName())));

        List<String> kkLines = column(kk, c.getTitleKk(), c, dates);
        List<String> ruLines = column(ru, c.getTitleRu(), c, dates);
        page.put("kkLines", kkLines);
        page.put("ruLines", ruLines);
        page.put("columnSize", size(Math.min(columnSize(kkLines), columnSize(ruLines))));

        String english = english(c, t, dates);
        page.put("english", english);
        if (english != null) {
            page.put("englishSize", size(TextFit.size(List.of(english), Face.SANS, 257.5f, 8.5f, 1.2f, 3, 8.5f,
                    5.5f)));
        }

        List<Map<String, Object>> signatories = List.of(
                signatory(t.signature1(), t.signatory1Name(), t.signatory1PositionKk(), t.signatory1PositionRu()),
                signatory(t.signature2(), t.signatory2Name(), t.signatory2PositionKk(), t.signatory2PositionRu()));
        page.put("signatories", signatories);
        float positions = Float.MAX_VALUE;
        for (Map<String, Object> signatory : signatories) {
            positions = Math.min(positions, TextFit.size(List.of((String) signatory.get("positionKk"),
                    (String) signatory.get("positionRu")), Face.SANS, 66, 15, 1.2f, 4, 8.5f, 5.5f));
        }
        page.put("positionSize", size(positions));
        page.put("nameSize", size(Math.min(
                TextFit.size(List.of(t.signatory1Name()), Face.SANS_BOLD, 66, 5.5f, 1.2f, 2, 9, 5.5f),
                TextFit.size(List.of(t.signatory2Name()), Face.SANS_BOLD, 66, 5.5f, 1.2f, 2, 9, 5.5f))));
        page.put("urlSize", size(TextFit.size(List.of(url), Face.SANS, 80, 14, 1.25f, 3, 8, 5.5f)));
        return DocumentTemplates.xhtml("certificate", page);
    }

    /** On one line while it stays large; a long name on two lines, as large as two allow. */
    private static float holderSize(String holder) {
        float oneLine = TextFit.size(List.of(holder), Face.SERIF_BOLD, 259, 22, 1.15f, 1, 28, 19);
        if (TextFit.lines(holder, Face.SERIF_BOLD, oneLine, 259) == 1) {
            return oneLine;
        }
        return TextFit.size(List.of(holder), Face.SERIF_BOLD, 259, 22, 1.15f, 2, 24, 11);
    }

    /** One language's column: what the certificate confirms, the hours, dates, place and date of issue. */
    private static List<String> column(PrintedTexts texts, String title, Certificate c, String dates) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("certificate.pdf.confirms", title));
        if (c.getHours() > 0) {
            lines.add(hours(texts, c.getHours()));
        }
        lines.add(texts.t("certificate.pdf.dates", dates));
        if (c.getPlace() != null && !c.getPlace().isBlank()) {
            lines.add(texts.t("certificate.pdf.place", c.getPlace()));
        }
        lines.add(texts.t("certificate.pdf.issued", DATE.format(c.getIssuedOn())));
        return lines;
    }

    /** The size at which the column fits its 50 mm, less the space between its paragraphs. */
    private static float columnSize(List<String> lines) {
        float gaps = 1.6f + 0.8f * lines.size();
        return TextFit.size(lines, Face.SANS, 124, 50 - gaps, 1.3f, 99, 11.5f, 6.5f);
    }

    private String english(Certificate c, CertificateTemplateForm t, String dates) {
        if (blank(c.getTitleEn())) {
            return null;
        }
        String heading = blank(t.headingEn()) ? en.t("certificate.pdf.heading") : t.headingEn();
        StringBuilder line = new StringBuilder(heading).append(" · ")
                .append(en.t("certificate.pdf.programme", c.getTitleEn()));
        if (c.getHours() > 0) {
            line.append(' ').append(hours(en, c.getHours()));
        }
        line.append(' ').append(en.t("certificate.pdf.dates", dates));
        if (!blank(t.organisationEn())) {
            line.append(' ').append(en.t("certificate.pdf.issuer", t.organisationEn()));
        }
        return line.toString();
    }

    private static Map<String, Object> signatory(byte[] image, String name, String positionKk, String positionRu) {
        Map<String, Object> signatory = new HashMap<>();
        signatory.put("image", image(image, 58, 13));
        signatory.put("name", name);
        signatory.put("positionKk", positionKk);
        signatory.put("positionRu", positionRu);
        return signatory;
    }

    /**
     * The template's image as a data URI with the size it prints at in its box; the template keeps
     * only PNGs Kelisim wrote ({@link TemplateImage}).
     */
    private static Map<String, String> image(byte[] png, float boxWidthMm, float boxHeightMm) {
        if (png == null) {
            return null;
        }
        float[] size = TemplateImage.fit(png, boxWidthMm, boxHeightMm);
        return Map.of("src", TemplateImage.dataUri(png), "style",
                String.format(Locale.ROOT, "width: %.2fmm; height: %.2fmm", size[0], size[1]));
    }

    private static String size(float points) {
        return String.format(Locale.ROOT, "%.2f", points);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String dates(LocalDate startsOn, LocalDate endsOn) {
        return startsOn == null || startsOn.equals(endsOn) ? DATE.format(endsOn)
                : DATE.format(startsOn) + " – " + DATE.format(endsOn);
    }

    /**
     * "Көлемі: 24 академиялық сағат." in the language, the noun agreeing with the number as the
     * language wants (Russian: час, часа, часов).
     */
    static String hours(PrintedTexts texts, int hours) {
        return texts.t("certificate.pdf.hours." + plural(texts.language(), hours), String.valueOf(hours));
    }

    /** The plural form of the noun after the number: {@code one}, {@code few} or {@code many}. */
    static String plural(Language language, int n) {
        return switch (language) {
            case KK -> "many";
            case EN -> n == 1 ? "one" : "many";
            case RU -> {
                int lastTwo = n % 100;
                int last = n % 10;
                if (lastTwo >= 11 && lastTwo <= 14) {
                    yield "many";
                }
                yield last == 1 ? "one" : last >= 2 && last <= 4 ? "few" : "many";
            }
        };
    }
}
