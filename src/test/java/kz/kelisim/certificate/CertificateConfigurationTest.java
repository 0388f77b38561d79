package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import kz.kelisim.UiTest;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.Notice;
import kz.kelisim.certificate.ui.CertificateTemplateView;
import kz.kelisim.certificate.ui.CertificatesView;
import kz.kelisim.security.KelisimPrincipal;

/**
 * Outside demo mode, as installed and not yet configured: certificates would print the built-in
 * example organisation and fictional signatories, could not be signed, and their QR codes would lead
 * to a private address. Issuing is refused with a message naming the settings, and staff read why on
 * the issuing and template pages.
 */
@TestPropertySource(properties = {"kelisim.demo.enabled=false", "kelisim.public-url=http://192.168.10.5:8080"})
class CertificateConfigurationTest extends UiTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateIssuing issuing;

    @Test
    void issuing_is_refused_with_the_settings_named_while_the_examples_are_in_place_and_no_key_can_sign() {
        signInAs("admin");
        long admin = ((KelisimPrincipal) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal()).accountId();

        assertThat(certificates.issuingNotices()).extracting(Notice::messageKey).containsExactly(
                "certificate.notice.example-organisation", "certificate.notice.example-signatories",
                "certificate.notice.no-signing-key", "certificate.notice.local-public-url");
        assertThat(certificates.issuingNotices()).extracting(Notice::blocksIssuing)
                .containsExactly(true, true, true, false);
        CertificateDraft draft = new CertificateDraft(admin, "Жүйе әкімшісі", "course", null, "Медиация", "Медиация",
                null, 8, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), null);
        assertThatThrownBy(() -> issuing.issue(draft, admin, CertificateAction.ISSUED, null))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate.notice.example-organisation");
        assertThat(certificates.registryCount(CertificateViews.RegistryFilter.none())).as("nothing issued").isZero();
        assertThatThrownBy(() -> certificates.startSeminarIssue(1)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void staff_read_on_the_issuing_and_template_pages_what_stops_issuing_and_which_settings_to_change() {
        signInAs("admin");
        UI.getCurrent().navigate(CertificatesView.class);
        _click(_get(Button.class, spec -> spec.withId("certificates-issue")));

        String issuingPage = _get(Div.class, spec -> spec.withId("issue-notices")).getElement().getTextRecursively();
        assertThat(issuingPage).contains("kelisim.certificates.organisation-kk", "Ә. Қ. Сәрсенұлы, Ғ. Ө. Нұрланқызы",
                "KELISIM_CERTIFICATES_KEYSTORE", "http://192.168.10.5:8080", "KELISIM_PUBLIC_URL");

        UI.getCurrent().navigate(CertificateTemplateView.class);
        assertThat(_get(Div.class, spec -> spec.withId("template-notices")).getElement().getTextRecursively())
                .isEqualTo(issuingPage);
    }

    @Test
    void configured_organisation_and_real_signatories_leave_only_the_signing_key_and_a_public_address_is_no_warning() {
        CertificateSettings settings = new CertificateSettings("KLS", "Өңірлік орталық", "Региональный центр",
                java.util.List.of(new CertificateSettings.Signatory("А. Б. Серікұлы", "Директор", "Директор"),
                        new CertificateSettings.Signatory("В. Г. Дәулетова", "Әдіскер", "Методист")), null);
        MockEnvironment environment = new MockEnvironment()
                .withProperty("kelisim.certificates.organisation-kk", "Өңірлік орталық")
                .withProperty("kelisim.certificates.organisation-ru", "Региональный центр");
        CertificateReadiness readiness = new CertificateReadiness(new CertificateSigning("", "", "", false, "target"),
                new CertificateDocument(settings, "https://kelisim.gov.kz"), environment, false);

        assertThat(readiness.notices(new CertificateTemplates.Usable(CertificateTemplateForm.defaults(settings),
                java.util.List.of(), false))).extracting(Notice::messageKey)
                .containsExactly("certificate.notice.no-signing-key");
    }

    @Test
    void an_address_a_phone_outside_cannot_open_is_recognised_without_looking_names_up() {
        for (String local : new String[] {"http://localhost:8080", "http://127.0.0.1", "http://10.1.2.3",
                "http://172.20.0.4:8080", "http://192.168.1.10", "http://[::1]:8080", "http://[fd00::5]",
                "http://169.254.3.3", "http://kelisim-server:8080", "http://kelisim.local", "http://100.64.1.1"}) {
            assertThat(CertificateReadiness.unreachable(local)).as(local).isTrue();
        }
        for (String open : new String[] {"https://kelisim.gov.kz", "https://kelisim.example.kz:8443/app",
                "http://195.210.46.10"}) {
            assertThat(CertificateReadiness.unreachable(open)).as(open).isFalse();
        }
    }
}
