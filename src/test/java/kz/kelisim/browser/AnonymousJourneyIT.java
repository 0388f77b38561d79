package kz.kelisim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import kz.kelisim.base.Language;
import kz.kelisim.browser.Browser.Size;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateViews.RegistryFilter;
import kz.kelisim.security.RunAs;

/** Someone not signed in: the sign-in page and a certificate's public verification page. */
class AnonymousJourneyIT extends Journey {

    @Autowired
    CertificateService certificates;

    @Autowired
    RunAs runAs;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyLanguageAndSize")
    void a_visitor_reads_the_sign_in_page_and_verifies_a_certificate(String language, Size size) throws IOException {
        browser.as("anonymous", language, size);
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        if (!language.equals("kk")) {
            browser.click(By.id("language-" + language));
        }
        browser.see(Texts.of(language, "app.tagline"));
        browser.step("sign-in");

        String verification = runAs.as("staff", () -> certificates.registry(RegistryFilter.none(), 0, 1, Language.KK))
                .getFirst().verificationUrl();
        browser.open(verification.substring(verification.indexOf("/verify/")));
        browser.see(Texts.of(language, "verify.valid"));
        WebElement label = browser.find(By.cssSelector(".verify-label"));
        WebElement value = browser.find(By.cssSelector(".verify-value"));
        if (size == Size.LAPTOP) {
            assertThat(value.getRect().getX()).as("label and value side by side on a laptop")
                    .isGreaterThan(label.getRect().getX() + label.getRect().getWidth());
        } else {
            assertThat(value.getRect().getY()).as("the value under its label on a phone")
                    .isGreaterThanOrEqualTo(label.getRect().getY() + label.getRect().getHeight() - 1);
        }
        browser.step("verify-valid");

        browser.open("/verify/no-such-code-at-all");
        browser.see(Texts.of(language, "verify.unknown"));
        browser.step("verify-unknown");
    }
}
