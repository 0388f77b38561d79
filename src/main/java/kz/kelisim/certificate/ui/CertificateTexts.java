package kz.kelisim.certificate.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.certificate.RevocationCode;
import kz.kelisim.certificate.CertificateStatus;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;

/** How certificate screens write a status, a date and a PDF link, the same everywhere. */
final class CertificateTexts {

    private static final String PDF = "application/pdf";

    private CertificateTexts() {
    }

    static Language language() {
        return Language.of(UI.getCurrent().getLocale()).orElse(Language.DEFAULT);
    }

    static String date(LocalDate date) {
        return date == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale())
                        .format(date);
    }

    static String dates(CertificateSummary certificate) {
        return certificate.startsOn() == null || certificate.startsOn().equals(certificate.endsOn())
                ? date(certificate.endsOn()) : date(certificate.startsOn()) + " – " + date(certificate.endsOn());
    }

    /** "Valid", or "Revoked 22 Nov 2026, 10:42: reason" (a reissue said as such, with the new number). */
    static String status(CertificateSummary certificate) {
        UI ui = UI.getCurrent();
        if (certificate.status() == CertificateStatus.VALID) {
            return ui.getTranslation("certificate.status.valid");
        }
        return ui.getTranslation("certificate.status.revoked", AcademyTime.format(certificate.revokedAt(),
                ui.getLocale()), reason(certificate.revocationCode(), certificate.revocationReason(),
                certificate.replacedBy()));
    }

    /** Why it was revoked: "Reissued as KLS-2026-000124" for a reissue, else the reason as staff typed it. */
    static String reason(RevocationCode code, String typed, String replacedBy) {
        if (code == RevocationCode.REISSUED) {
            return replacedBy == null ? UI.getCurrent().getTranslation("certificate.reissued")
                    : UI.getCurrent().getTranslation("certificate.reissued-as", replacedBy);
        }
        return typed == null ? "" : typed;
    }

    static Anchor pdfLink(String id, String text, CertificateSummary certificate, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), certificate.number() + ".pdf", PDF,
                    bytes.length);
        }), text);
        anchor.setId(id);
        return anchor;
    }
}
