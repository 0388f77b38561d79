package kz.kelisim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    /**
     * Two screens only: every wrong try from the browser counts against its one address too, and the
     * other journeys sign in from it.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"kk, LAPTOP", "ru, PHONE"})
    void a_guesser_is_asked_to_wait_in_their_language_whether_or_not_the_name_exists(String language, Size size)
            throws IOException {
        browser.as("anonymous", language, size);
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        if (!language.equals("kk")) {
            browser.click(By.id("language-" + language));
        }
        String name = "nobody-" + language + "-" + size.label();
        String wrong = Texts.of(language, "login.error.message");
        String wait = Texts.of(language, "login.locked.seconds", "#").split("#")[0].strip();
        boolean throttled = false;
        // three free tries, then waits of 1 s, 2 s, 4 s...: soon a try comes before the wait is over
        for (int attempt = 1; attempt <= 9 && !throttled; attempt++) {
            browser.type(By.cssSelector("vaadin-login-form input[name='username']"), name);
            browser.type(By.cssSelector("vaadin-login-form input[name='password']"), "wrong-" + attempt);
            browser.driver().executeScript("window.__beforeSignIn = true");
            browser.click(By.cssSelector("vaadin-login-form vaadin-button"));
            // the form posts and the page comes back: read the answer on the new page only
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver -> Boolean.TRUE
                    .equals(((JavascriptExecutor) driver).executeScript("return window.__beforeSignIn === undefined")));
            throttled = shownSignInError(wrong, wait).equals(wait);
            assertThat(!throttled || attempt > 3).as("try %d: the first three tries are only wrong", attempt).isTrue();
        }
        assertThat(throttled).as("asked to wait within nine tries").isTrue();
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
        browser.step("sign-in-throttled");
    }

    /** The sign-in form's error, as it shows it (inside its shadow DOM): one of the texts expected. */
    private String shownSignInError(String... expected) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .withMessage(() -> "the sign-in form to show one of " + List.of(expected))
                .until(driver -> {
                    Object shown = ((JavascriptExecutor) driver).executeScript("""
                            const form = document.querySelector('vaadin-login-form');
                            return form && form.error && form.i18n && form.i18n.errorMessage
                                ? form.i18n.errorMessage.message : null;""");
                    return shown == null ? null : Arrays.stream(expected).filter(String.valueOf(shown)::startsWith)
                            .findFirst().orElse(null);
                });
    }
}
