package kz.kelisim.certificate.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateStatus;
import kz.kelisim.certificate.CertificateViews.Verification;
import kz.kelisim.ui.LanguageSwitcher;
import kz.kelisim.ui.i18n.UiLanguage;

/**
 * The public page a certificate's QR code opens, for anyone (an employer, a personnel office) without
 * signing in: whether the certificate is valid (a revoked one unmistakably: colour, icon, words, date
 * and reason), what it certifies, and whether the stored PDF's digital signature is intact. Nothing
 * more about the person. Kazakh, Russian or English; prints on one sheet. Systems ask the same
 * address for JSON ({@code Accept: application/json}, {@code VerificationJson}).
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CertificateService certificates;
    private final UiLanguage uiLanguage;

    public VerifyView(CertificateService certificates, UiLanguage uiLanguage) {
        this.certificates = certificates;
        this.uiLanguage = uiLanguage;
        addClassName("verify-view");
        setPadding(false);
        setSpacing(false);
        setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("verify-brand");
        Div header = new Div(brand, new LanguageSwitcher(uiLanguage));
        header.addClassName("verify-header");
        Div card = new Div(new H1(getTranslation("verify.title")));
        card.addClassName("verify-card");
        card.setId("verify-card");
        add(header, card);
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        Optional<Verification> found;
        try {
            found = certificates.verify(code, address);
        } catch (RuleViolation tooMany) {
            card.add(message("verify-too-many", getTranslation(tooMany.messageKey(), tooMany.arguments())));
            return;
        }
        found.ifPresentOrElse(certificate -> show(card, certificate),
                () -> card.add(message("verify-unknown", getTranslation("verify.unknown"))));
    }

    private void show(Div card, Verification certificate) {
        boolean valid = certificate.status() == CertificateStatus.VALID;
        Icon icon = (valid ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.BAN).create();
        icon.addClassName("verify-status-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span headline = new Span(getTranslation(valid ? "verify.valid" : "verify.revoked.title"));
        headline.addClassName("verify-status-text");
        headline.setId("verify-status");
        Div status = new Div(icon, headline);
        status.addClassNames("verify-status", valid ? "verify-valid" : "verify-revoked");
        status.setId("verify-status-box");
        status.getElement().setAttribute("role", "status");
        if (!valid) {
            Paragraph when = new Paragraph(getTranslation("verify.revoked.when",
                    AcademyTime.format(certificate.revokedAt(), getLocale())));
            when.setId("verify-revoked-when");
            Paragraph why = new Paragraph(getTranslation("verify.revoked.why", CertificateTexts.reason(
                    certificate.revocationCode(), certificate.revocationReason(), certificate.replacedBy())));
            why.setId("verify-revoked-why");
            Div details = new Div(when, why);
            details.addClassName("verify-status-details");
            status.add(details);
        }
        card.add(status);

        Language language = Language.of(getLocale()).orElse(Language.DEFAULT);
        Div fields = new Div(field("verify-number", "verify.number", certificate.number()),
                field("verify-holder", "verify.holder", certificate.holderName()),
                field("verify-course", "verify.course", certificate.titleKk()),
                field("verify-course-ru", "verify.course-ru", certificate.titleRu()));
        if (certificate.titleEn() != null && !certificate.titleEn().isBlank()) {
            fields.add(field("verify-course-en", "verify.course-en", certificate.titleEn()));
        }
        if (certificate.hours() > 0) {
            fields.add(field("verify-hours", "verify.hours", String.valueOf(certificate.hours())));
        }
        fields.add(field("verify-dates", "verify.dates", dates(certificate.startsOn(), certificate.endsOn())),
                field("verify-issued", "verify.issued", date(certificate.issuedOn())),
                field("verify-organisation", "verify.organisation", language == Language.KK
                        ? certificate.organisationKk() : certificate.organisationRu()),
                field("verify-signature", "verify.signature", signature(certificate)));
        fields.addClassName("verify-fields");
        card.add(fields);

        Paragraph note = new Paragraph(getTranslation("verify.note"));
        note.addClassName("verify-note");
        Button print = new Button(getTranslation("verify.print"), VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.setId("verify-print");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("verify-print");
        card.add(note, print);
    }

    private String signature(Verification certificate) {
        return switch (certificate.signature()) {
            case INTACT -> getTranslation("verify.signature.intact", certificate.signedBy());
            case BROKEN -> getTranslation("verify.signature.broken");
            case UNSIGNED -> getTranslation("verify.signature.unsigned");
        };
    }

    private Paragraph message(String id, String text) {
        Paragraph message = new Paragraph(text);
        message.setId(id);
        message.addClassName("verify-message");
        return message;
    }

    private Div field(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("verify-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("verify-value");
        text.setId(id);
        Div line = new Div(label, text);
        line.addClassName("verify-field");
        return line;
    }

    private String dates(LocalDate startsOn, LocalDate endsOn) {
        return startsOn == null || startsOn.equals(endsOn) ? date(endsOn) : date(startsOn) + " – " + date(endsOn);
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
