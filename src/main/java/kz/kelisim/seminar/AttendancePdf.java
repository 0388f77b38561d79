package kz.kelisim.seminar;

import static kz.kelisim.base.pdf.PdfDocuments.escape;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import kz.kelisim.base.Language;
import kz.kelisim.base.pdf.PdfDocuments;
import kz.kelisim.seminar.AttendanceViews.AttendanceRow;
import kz.kelisim.seminar.AttendanceViews.AttendanceSheet;
import kz.kelisim.seminar.AttendanceViews.SessionColumn;

/**
 * The printable attendance sheet: A4 landscape, one line per participant, a column per session
 * with a one-letter mark, hours and percentage, a legend and a line for the trainer's signature.
 */
final class AttendancePdf {

    private static final String CSS = """
             @page { size: A4 landscape; margin: 10mm; }
             h1 { font-size: 13pt; margin: 0 0 2mm; }
             .meta { font-size: 9pt; margin-bottom: 3mm; }
             table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
             th, td { border: 0.5pt solid #444; padding: 1mm 1.2mm; }
             th { background: #eee; font-weight: bold; }
             td.mark, th.session { text-align: center; }
             th.session { font-size: 7.5pt; }
             td.number { text-align: right; }
             .legend { font-size: 8.5pt; margin-top: 3mm; }
             .signature { margin-top: 10mm; font-size: 9.5pt; }
            """;

    private AttendancePdf() {
    }

    static byte[] render(AttendanceSheet sheet, Language language) {
        ResourceBundle texts = SignInSlips.texts(language);
        Locale locale = Locale.forLanguageTag(language.tag());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(texts.getString("attendance.pdf.title"))).append("</h1>");
        body.append("<div class=\"meta\">").append(escape(sheet.seminarTitle())).append("</div>");
        body.append("<table><thead><tr><th>№</th><th>").append(escape(texts.getString("participants.name")))
                .append("</th><th>").append(escape(texts.getString("participants.group"))).append("</th>");
        for (SessionColumn session : sheet.sessions()) {
            body.append("<th class=\"session\">").append(escape(day.format(session.date()))).append("<br/>")
                    .append(escape(time.format(session.startsAt()))).append("<br/>")
                    .append(escape(session.academicHours() + " " + texts.getString("attendance.pdf.hours-short")))
                    .append("</th>");
        }
        body.append("<th>").append(escape(texts.getString("attendance.hours.header"))).append("</th><th>")
                .append(escape(texts.getString("attendance.percent"))).append("</th></tr></thead><tbody>");
        int number = 1;
        for (AttendanceRow row : sheet.rows()) {
            body.append("<tr><td class=\"number\">").append(number++).append("</td><td>").append(escape(row.fullName()))
                    .append("</td><td>").append(escape(row.group() == null ? "" : row.group())).append("</td>");
            for (SessionColumn session : sheet.sessions()) {
                AttendanceStatus status = row.marks().get(session.id());
                String shown = status != null
                        ? texts.getString("attendance.abbr." + status.name().toLowerCase(Locale.ROOT))
                        : session.held() ? texts.getString("attendance.abbr.unmarked") : "";
                body.append("<td class=\"mark\">").append(escape(shown)).append("</td>");
            }
            body.append("<td class=\"number\">").append(row.hoursAttended()).append("</td><td class=\"number\">")
                    .append(row.percent() == null ? "" : row.percent() + " %").append("</td></tr>");
        }
        body.append("</tbody></table>");
        body.append("<div class=\"legend\">");
        for (AttendanceStatus status : AttendanceStatus.values()) {
            String code = status.name().toLowerCase(Locale.ROOT);
            body.append(escape(texts.getString("attendance.abbr." + code))).append(" — ")
                    .append(escape(texts.getString("attendance.status." + code))).append("; ");
        }
        body.append(escape(texts.getString("attendance.abbr.unmarked"))).append(" — ")
                .append(escape(texts.getString("attendance.unmarked.counts-missed"))).append("; ");
        body.append(escape(texts.getString("attendance.pdf.rule"))).append("</div>");
        body.append("<div class=\"signature\">").append(escape(texts.getString("attendance.pdf.signature")))
                .append(" ______________________</div>");
        return PdfDocuments.fromXhtml(PdfDocuments.a4Document(language.tag(), texts.getString("attendance.pdf.title"),
                CSS, body.toString()));
    }
}
