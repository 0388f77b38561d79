package kz.kelisim.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;

import kz.kelisim.Acting;
import kz.kelisim.UiTest;
import kz.kelisim.certificate.CertificateFixture;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;

/** The public verification page, opened without signing in, as the QR code opens it. */
class VerifyViewTest extends UiTest {

    @Test
    void anyone_sees_a_valid_certificate_with_its_holder_title_hours_and_intact_signature_but_no_personal_data() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee5");

        UI.getCurrent().navigate("verify/" + codeOf(issued));

        assertThat(_get(Span.class, spec -> spec.withId("verify-status")).getText()).isEqualTo("Сертификат жарамды");
        assertThat(_get(Div.class, spec -> spec.withId("verify-status-box")).getClassNames()).contains("verify-valid");
        String page = _find(Span.class).stream().map(Span::getText).collect(Collectors.joining("\n"));
        assertThat(page).contains(issued.number(), "Бауыржан Һашимов", CertificateFixture.TITLE_KK,
                CertificateFixture.TITLE_RU, "24").doesNotContain("@").doesNotContainPattern("\\d{12}");
        assertThat(_get(Span.class, spec -> spec.withId("verify-signature")).getText())
                .startsWith("Бүтін: PDF файлы қол қойылғаннан бері өзгермеген (Kelisim demo signing key");
        _get(Button.class, spec -> spec.withId("verify-print"));
        _get(Button.class, spec -> spec.withId("language-ru"));
    }

    @Test
    void a_revoked_certificate_is_unmistakable_with_date_and_reason_in_russian_too() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee3");
        new Acting(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                context.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class))
                .as("staff", () -> context.getBean(CertificateService.class).revoke(issued.id(),
                        "reissued by mistake: the holder did not attend"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));

        UI.getCurrent().navigate("verify/" + codeOf(issued));

        assertThat(_get(Span.class, spec -> spec.withId("verify-status")).getText()).isEqualTo("Сертификат отозван");
        assertThat(_get(Div.class, spec -> spec.withId("verify-status-box")).getClassNames())
                .contains("verify-revoked");
        assertThat(_get(Icon.class, spec -> spec.withClasses("verify-status-icon")).getElement().getAttribute("icon"))
                .isEqualTo("vaadin:ban");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-revoked-when")).getText())
                .startsWith("Дата отзыва: ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-revoked-why")).getText())
                .as("a typed reason that starts with reissued is shown as typed")
                .isEqualTo("Причина: reissued by mistake: the holder did not attend");
    }

    @Test
    void a_reissued_certificate_names_the_one_that_replaced_it() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee2");
        CertificateSummary fresh = new Acting(
                context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                context.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class))
                .as("staff", () -> context.getBean(CertificateService.class).reissue(issued.id()));

        UI.getCurrent().navigate("verify/" + codeOf(issued));

        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-revoked-why")).getText())
                .isEqualTo("Себебі: Қайта берілді: " + fresh.number());
    }

    @Test
    void an_unknown_code_says_so_plainly() {
        UI.getCurrent().navigate("verify/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-unknown")).getText())
                .startsWith("Мұндай коды бар сертификат табылмады");
        _assertNone(Span.class, spec -> spec.withId("verify-status"));
    }

    private static String codeOf(CertificateSummary issued) {
        return issued.verificationUrl().substring(issued.verificationUrl().lastIndexOf('/') + 1);
    }
}
