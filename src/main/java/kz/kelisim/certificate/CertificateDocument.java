package kz.kelisim.certificate;

import static kz.kelisim.base.pdf.PdfDocuments.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kz.kelisim.base.pdf.PdfDocuments;

/**
 * The printed certificate: an A4 landscape page in Kazakh and Russian side by side (English below
 * where the title has one), rendered from XHTML by Flying Saucer with the embedded DejaVu font, and a
 * QR code linking to the public verification page.
 */
@Component
class CertificateDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final String CSS = """
            @page { size: A4 landscape; margin: 10mm; }
            body { font-family: '%s'; font-size: 11pt; color: #1b2a3a; margin: 0; }
            p { margin: 0; }
            .frame { border: 3pt double #1d5c8c; padding: 6mm 10mm; }
            .organisation { text-align: center; font-size: 11pt; font-weight: bold; margin: 0; }
            .title { text-align: center; font-size: 26pt; font-weight: bold; letter-spacing: 4pt; color: #1d5c8c;
                margin: 3mm 0 0 0; }
            .kind { text-align: center; font-size: 12pt; margin: 1mm 0 0 0; }
            .number { text-align: center; font-size: 11pt; margin: 2mm 0 4mm 0; }
            .intro { text-align: center; font-size: 11pt; margin: 0; }
            .holder { text-align: center; font-size: 22pt; font-weight: bold; margin: 2mm 0 4mm 0; }
            table.sides { width: 100%%; border-collapse: collapse; }
            table.sides td { width: 50%%; vertical-align: top; padding: 0 4mm; font-size: 11pt; line-height: 1.35; }
            .english { text-align: center; font-size: 9pt; color: #44515e; margin: 3mm 0 0 0; }
            table.foot { width: 100%%; border-collapse: collapse; margin-top: 4mm; }
            table.foot td { vertical-align: bottom; font-size: 10pt; }
            .signature { width: 36%%; padding-right: 6mm; }
            .line { border-bottom: 0.8pt solid #1b2a3a; height: 9mm; margin-bottom: 1mm; }
            .position { font-size: 8.5pt; }
            .name { font-weight: bold; }
            .qr { width: 28%%; text-align: right; }
            .qr img { width: 30mm; height: 30mm; }
            .qr img.seal { width: auto; max-width: 30mm; margin-right: 3mm; }
            .line img.sign { height: 9mm; width: auto; max-width: 60mm; }
            .verify { font-size: 7.5pt; text-align: right; }
            """.formatted(PdfDocuments.FONT_FAMILY);

    private final CertificateSettings settings;
    private final String publicUrl;

    CertificateDocument(CertificateSettings settings,
            @Value("${kelisim.public-url:http://localhost:8080}") String publicUrl) {
        this.settings = settings;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Where the certificate's QR code leads: the public page that says whether it is valid. */
    String verificationUrl(String verificationCode) {
        return publicUrl + "/verify/" + verificationCode;
    }

    /** The certificate with the configured defaults ({@code kelisim.certificates.*}). */
    byte[] render(Certificate certificate) {
        return render(certificate, CertificateTemplateForm.defaults(settings));
    }

    /** The certificate with the template's texts, signatories, signatures and seal. */
    byte[] render(Certificate certificate, CertificateTemplateForm template) {
        return PdfDocuments.fromXhtml(xhtml(certificate, template));
    }

    String xhtml(Certificate c) {
        return xhtml(c, CertificateTemplateForm.defaults(settings));
    }

    String xhtml(Certificate c, CertificateTemplateForm t) {
        String url = verificationUrl(c.getVerificationCode());
        String dates = dates(c.getStartsOn(), c.getEndsOn());
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"frame\">")
                .append(p("organisation", c.getOrganisationKk()))
                .append(p("organisation", c.getOrganisationRu()))
                .append(p("title", "СЕРТИФИКАТ"))
                .append(p("kind", t.headingKk() + " · " + t.headingRu()))
                .append(p("number", "№ " + c.getNumber()))
                .append(p("intro", "Осы сертификат · Настоящий сертификат выдан"))
                .append(p("holder", c.getHolderName()))
                .append("<table class=\"sides\"><tr><td>")
                .append(escape("аталған тұлғаның «" + c.getTitleKk()
                        + "» бағдарламасы бойынша біліктілікті арттырудан өткенін растайды."))
                .append("<br/>").append(escape("Көлемі: " + c.getHours() + " академиялық сағат."))
                .append("<br/>").append(escape("Оқу мерзімі: " + dates + "."));
        if (c.getPlace() != null && !c.getPlace().isBlank()) {
            body.append("<br/>").append(escape("Өткізілген орны: " + c.getPlace() + "."));
        }
        body.append("<br/>").append(escape("Берілген күні: " + DATE.format(c.getIssuedOn()) + "."))
                .append("</td><td>")
                .append(escape("в том, что указанное лицо прошло повышение квалификации по программе «"
                        + c.getTitleRu() + "»."))
                .append("<br/>").append(escape("Объём: " + c.getHours() + " " + russianHours(c.getHours()) + "."))
                .append("<br/>").append(escape("Период обучения: " + dates + "."));
        if (c.getPlace() != null && !c.getPlace().isBlank()) {
            body.append("<br/>").append(escape("Место проведения: " + c.getPlace() + "."));
        }
        body.append("<br/>").append(escape("Дата выдачи: " + DATE.format(c.getIssuedOn()) + "."))
                .append("</td></tr></table>");
        if (c.getTitleEn() != null && !c.getTitleEn().isBlank()) {
            String heading = blank(t.headingEn()) ? "Certificate of advanced training" : t.headingEn();
            String issuer = blank(t.organisationEn()) ? "" : " " + t.organisationEn() + ".";
            body.append(p("english", heading + ": " + c.getTitleEn() + ", " + c.getHours() + " academic hours, "
                    + dates + "." + issuer));
        }
        body.append("<table class=\"foot\"><tr>");
        signature(body, t.signature1(), t.signatory1Name(), t.signatory1PositionKk(), t.signatory1PositionRu());
        signature(body, t.signature2(), t.signatory2Name(), t.signatory2PositionKk(), t.signatory2PositionRu());
        body.append("<td class=\"qr\">");
        if (t.seal() != null) {
            body.append("<img class=\"seal\" src=\"").append(dataUri(t.seal())).append("\" alt=\"\"/>");
        }
        body.append("<img src=\"").append(escape(QrCodes.pngDataUri(url)))
                .append("\" alt=\"QR\"/>")
                .append(p("verify", "Түпнұсқалығын тексеру · Проверка подлинности"))
                .append(p("verify", url)).append("</td></tr></table></div>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"kk\"><head><title>"
                + escape("Сертификат " + c.getNumber()) + "</title><style type=\"text/css\">" + CSS
                + "</style></head><body>" + body + "</body></html>";
    }

    // The image sits inside the line's fixed height, so a signature never pushes the page onto a second one.
    private static void signature(StringBuilder body, byte[] image, String name, String positionKk,
            String positionRu) {
        body.append("<td class=\"signature\"><div class=\"line\">");
        if (image != null) {
            body.append("<img class=\"sign\" src=\"").append(dataUri(image)).append("\" alt=\"\"/>");
        }
        body.append("</div>").append(p("position", positionKk + " / " + positionRu)).append(p("name", name))
                .append("</td>");
    }

    private static String dataUri(byte[] image) {
        String type = CertificateTemplateService.imageType(image).orElseThrow();
        return "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(image);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String p(String cssClass, String text) {
        return "<p class=\"" + cssClass + "\">" + escape(text) + "</p>";
    }

    private static String dates(LocalDate startsOn, LocalDate endsOn) {
        return startsOn == null || startsOn.equals(endsOn) ? DATE.format(endsOn)
                : DATE.format(startsOn) + " – " + DATE.format(endsOn);
    }

    /** "час", "часа" or "часов" after the number, as Russian grammar wants. */
    static String russianHours(int hours) {
        int lastTwo = hours % 100;
        int last = hours % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return "академических часов";
        }
        return switch (last) {
            case 1 -> "академический час";
            case 2, 3, 4 -> "академических часа";
            default -> "академических часов";
        };
    }
}
