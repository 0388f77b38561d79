package kz.kelisim.certificate.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateStatus;
import kz.kelisim.certificate.CertificateViews.Verification;

/**
 * The public page a certificate's QR code opens, for anyone (an employer, a personnel office) without
 * signing in: whether the certificate is valid, and what it certifies. Nothing more about the person.
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CertificateService certificates;

    public VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("verify-view");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        add(new H1(getTranslation("verify.title")));
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        Optional<Verification> found;
        try {
            found = certificates.verify(code, address);
        } catch (RuleViolation tooMany) {
            add(message("verify-too-many", getTranslation(tooMany.messageKey(), tooMany.arguments())));
            return;
        }
        found.ifPresentOrElse(this::show, () -> add(message("verify-unknown", getTranslation("verify.unknown"))));
    }

    private void show(Verification certificate) {
        Div card = new Div();
        card.addClassName("verify-card");
        Span status;
        if (certificate.status() == CertificateStatus.VALID) {
            status = new Span(getTranslation("verify.valid"));
            status.addClassName("verify-valid");
        } else {
            status = new Span(getTranslation("verify.revoked", AcademyTime.format(certificate.revokedAt(), getLocale()),
                    CertificateTexts.reason(certificate.revocationReason())));
            status.addClassName("verify-revoked");
        }
        status.setId("verify-status");
        card.add(status);
        card.add(field("verify.number", certificate.number()), field("verify.holder", certificate.holderName()),
                field("verify.course", certificate.titleKk()), field("verify.course-ru", certificate.titleRu()),
                field("verify.hours", String.valueOf(certificate.hours())),
                field("verify.dates", dates(certificate.startsOn(), certificate.endsOn())),
                field("verify.issued", date(certificate.issuedOn())),
                field("verify.organisation", certificate.organisationKk()));
        add(card);
    }

    private Paragraph message(String id, String text) {
        Paragraph message = new Paragraph(text);
        message.setId(id);
        message.addClassName("verify-message");
        return message;
    }

    private Div field(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("verify-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("verify-value");
        Div line = new Div(label, text);
        line.addClassName("verify-field");
        return line;
    }

    private String dates(LocalDate startsOn, LocalDate endsOn) {
        return startsOn == null || startsOn.equals(endsOn) ? date(endsOn) : date(startsOn) + " – " + date(endsOn);
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
