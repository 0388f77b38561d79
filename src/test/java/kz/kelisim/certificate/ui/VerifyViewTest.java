package kz.kelisim.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import kz.kelisim.UiTest;
import kz.kelisim.certificate.CertificateFixture;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;

/** The public verification page, opened without signing in, as the QR code opens it. */
class VerifyViewTest extends UiTest {

    @Test
    void anyone_sees_a_valid_certificate_with_its_holder_title_and_hours_but_no_personal_data() {
        CertificateSummary issued = CertificateFixture.issue(context, "trainee5");
        String code = issued.verificationUrl().substring(issued.verificationUrl().lastIndexOf('/') + 1);

        UI.getCurrent().navigate("verify/" + code);

        assertThat(_get(Span.class, spec -> spec.withId("verify-status")).getText()).isEqualTo("Сертификат жарамды");
        String page = com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class).stream().map(Span::getText)
                .collect(Collectors.joining("\n"));
        assertThat(page).contains(issued.number(), "Бауыржан Һашимов", CertificateFixture.TITLE_KK, "24")
                .doesNotContain("@").doesNotContainPattern("\\d{12}");
    }

    @Test
    void an_unknown_code_says_so_plainly() {
        UI.getCurrent().navigate("verify/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-unknown")).getText())
                .startsWith("Мұндай коды бар сертификат табылмады");
        _assertNone(Span.class, spec -> spec.withId("verify-status"));
    }
}
