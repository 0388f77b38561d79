package kz.kelisim.seminar;

import static kz.kelisim.base.pdf.PdfDocuments.escape;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import kz.kelisim.base.Language;
import kz.kelisim.base.pdf.PdfDocuments;
import kz.kelisim.seminar.ParticipantImport.Slip;

/**
 * The sign-in slips a trainer prints for the room and cuts apart: eight to an A4 page, each with
 * the person's name, user name and either their temporary password or a note that they sign in as
 * before, and the address to sign in at. Texts come from the same bundles as the screens.
 */
final class SignInSlips {

    private static final String CSS = """
             table.slips { width: 100%; border-collapse: collapse; table-layout: fixed; }
             tr { page-break-inside: avoid; }
             td.slip { width: 50%; height: 56mm; vertical-align: top; padding: 3mm 4mm;
                       border: 1px dashed #777; }
             .brand { font-size: 8.5pt; color: #444; }
             .seminar { font-size: 8.5pt; color: #444; margin-bottom: 2mm; }
             .name { font-size: 12pt; font-weight: bold; margin-bottom: 2mm; }
             .field { margin: 1mm 0; }
             .value { font-weight: bold; font-size: 12pt; letter-spacing: 0.5pt; }
             .address { font-weight: bold; font-size: 10pt; word-wrap: break-word; }
             .note { font-size: 8.5pt; margin-top: 2mm; }
            """;

    private SignInSlips() {
    }

    static byte[] pdf(String seminarTitle, List<Slip> slips, String signInAddress, Language language) {
        ResourceBundle texts = texts(language);
        StringBuilder body = new StringBuilder("<table class=\"slips\">");
        for (int i = 0; i < slips.size(); i += 2) {
            body.append("<tr>").append(slip(slips.get(i), seminarTitle, signInAddress, texts));
            body.append(i + 1 < slips.size() ? slip(slips.get(i + 1), seminarTitle, signInAddress, texts)
                    : "<td class=\"slip\"></td>");
            body.append("</tr>");
        }
        body.append("</table>");
        return PdfDocuments.fromXhtml(PdfDocuments.a4Document(language.tag(), texts.getString("slips.document-title"),
                CSS, body.toString()));
    }

    /** The screens' translations, for texts printed or sent outside a screen. */
    static ResourceBundle texts(Language language) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", Locale.forLanguageTag(language.tag()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String slip(Slip slip, String seminarTitle, String address, ResourceBundle texts) {
        StringBuilder cell = new StringBuilder("<td class=\"slip\">");
        cell.append("<div class=\"brand\">").append(escape(texts.getString("slips.brand"))).append("</div>");
        cell.append("<div class=\"seminar\">").append(escape(seminarTitle)).append("</div>");
        cell.append("<div class=\"name\">").append(escape(slip.fullName())).append("</div>");
        cell.append("<div class=\"field\">").append(escape(texts.getString("slips.address") + ":"))
                .append(" <span class=\"address\">").append(escape(address)).append("</span></div>");
        cell.append(field(texts.getString("slips.username"), slip.username()));
        if (slip.newAccount()) {
            cell.append(field(texts.getString("slips.password"), slip.temporaryPassword()));
            cell.append("<div class=\"note\">").append(escape(texts.getString("slips.password-note"))).append("</div>");
        } else {
            cell.append("<div class=\"note\">").append(escape(texts.getString("slips.existing"))).append("</div>");
        }
        return cell.append("</td>").toString();
    }

    private static String field(String label, String value) {
        return "<div class=\"field\">" + escape(label + ":") + " <span class=\"value\">"
                + escape(value) + "</span></div>";
    }
}
