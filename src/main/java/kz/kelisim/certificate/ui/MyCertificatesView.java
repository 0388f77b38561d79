package kz.kelisim.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateStatus;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.security.Roles;

/** A trainee's certificates: each with its status, the PDF as issued and the link that verifies it. */
@Route("my-certificates")
@RolesAllowed(Roles.TRAINEE)
@Menu(order = 25, title = "nav.my-certificates", icon = "vaadin:diploma")
public class MyCertificatesView extends VerticalLayout implements HasDynamicTitle {

    public MyCertificatesView(CertificateService certificates) {
        addClassName("my-certificates-view");
        add(new H1(getTranslation("my-certificates.title")));
        var mine = certificates.mine(CertificateTexts.language());
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("my-certificates.none"));
            none.setId("my-certificates-none");
            add(none);
        }
        for (CertificateSummary certificate : mine) {
            add(card(certificate, certificates));
        }
    }

    private Div card(CertificateSummary certificate, CertificateService certificates) {
        Div card = new Div();
        card.addClassName("certificate-card");
        card.setId("certificate-" + certificate.id());
        Span status = new Span(CertificateTexts.status(certificate));
        status.addClassName(certificate.status() == CertificateStatus.VALID ? "verify-valid" : "verify-revoked");
        card.add(new H3(certificate.title()), status,
                new Paragraph(getTranslation("my-certificates.details", certificate.number(), certificate.hours(),
                        CertificateTexts.dates(certificate), CertificateTexts.date(certificate.issuedOn()))));
        Div links = new Div(CertificateTexts.pdfLink("certificate-download-" + certificate.id(),
                getTranslation("certificate.download"), certificate, () -> certificates.download(certificate.id())));
        Anchor verify = new Anchor(certificate.verificationUrl(), getTranslation("certificate.verification-link"));
        verify.setId("certificate-verify-" + certificate.id());
        verify.setTarget("_blank");
        links.add(verify);
        links.addClassName("certificate-links");
        card.add(links);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-certificates.title");
    }
}
