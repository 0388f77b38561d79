package kz.kelisim.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.certificate.CertificateFixture;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;

/**
 * Certificates as people see them in a real browser (headless Chromium, set up as BrowserSmokeIT):
 * the template preview is a picture that loads inside the page; the public verification page is
 * styled, label and value side by side on a laptop and one under the other on a phone, in Kazakh and
 * Russian, a revoked certificate in red. Screenshots of each screen go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertificatesBrowserIT {

    private static final String CHROMIUM = System.getProperty("kelisim.browser.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getProperty("kelisim.browser.driver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension LAPTOP = new Dimension(1366, 768);
    private static final Dimension PHONE = new Dimension(390, 844);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!Boolean.getBoolean("kelisim.browser.required")) {
            assumeTrue(installed, "Chromium and chromedriver are not installed; the browser test is skipped");
        }
        assertThat(installed).as("Chromium at %s and chromedriver at %s", CHROMIUM, CHROMEDRIVER).isTrue();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=kk", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory("kelisim-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(LAPTOP);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staff_see_the_template_preview_as_a_picture_inside_the_page_and_the_registry_in_kazakh_and_russian()
            throws IOException {
        signIn("staff", "Қош келдіңіз");
        for (String language : new String[] {"kk", "ru"}) {
            if (language.equals("ru")) {
                switchToRussian("/certificates/template");
            }
            for (Dimension size : new Dimension[] {LAPTOP, PHONE}) {
                browser.manage().window().setSize(size);
                browser.get(url("/certificates/template"));
                WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("template-preview")));
                wait.until(driver -> (Boolean) browser.executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0", preview));
                assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", preview)).intValue())
                        .as("the page rendered as a picture").isEqualTo(1400);
                assertThat(preview.getRect().getWidth()).as("shown across the page, %s", size)
                        .isGreaterThan(size.getWidth() / 2);
                screenshot("certificate-template-" + language + "-" + name(size));
                browser.executeScript("arguments[0].scrollIntoView()", preview);
                screenshot("certificate-template-preview-" + language + "-" + name(size));

                browser.get(url("/certificates"));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificates-grid")));
                screenshot("certificates-" + language + "-" + name(size));
                click(By.id("certificates-issue"));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issue-training")));
                screenshot("certificates-issue-" + language + "-" + name(size));
            }
        }
        switchBack("/certificates/template");
    }

    @Test
    void the_verification_page_is_styled_side_by_side_on_a_laptop_and_stacked_on_a_phone_in_kazakh_and_russian()
            throws IOException {
        CertificateSummary valid = CertificateFixture.issue(context, "trainee5");
        CertificateSummary revoked = CertificateFixture.issue(context, "trainee3");
        new Acting(context.getBean(UserDetailsService.class), context.getBean(SecurityContextHolderStrategy.class))
                .as("staff", () -> context.getBean(CertificateService.class).revoke(revoked.id(),
                        "Аты-жөні қате жазылған"));

        for (String language : new String[] {"kk", "ru"}) {
            browser.manage().window().setSize(LAPTOP);
            browser.get(url("/verify/" + codeOf(valid)));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-status")));
            if (language.equals("ru")) {
                click(By.id("language-ru"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-status"),
                        "Сертификат действителен"));
            }
            for (Dimension size : new Dimension[] {LAPTOP, PHONE}) {
                browser.manage().window().setSize(size);
                browser.get(url("/verify/" + codeOf(valid)));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-status")));
                WebElement value = browser.findElement(By.id("verify-holder"));
                WebElement label = value.findElement(By.xpath("preceding-sibling::span"));
                Rectangle l = label.getRect();
                Rectangle v = value.getRect();
                if (size.equals(LAPTOP)) {
                    assertThat(Math.abs(v.getY() - l.getY())).as("side by side, %s", language).isLessThanOrEqualTo(3);
                    assertThat(v.getX()).isGreaterThanOrEqualTo(l.getX() + l.getWidth());
                } else {
                    assertThat(v.getY()).as("stacked, %s", language).isGreaterThanOrEqualTo(l.getY() + l.getHeight() - 1);
                    assertThat(Math.abs(v.getX() - l.getX())).isLessThanOrEqualTo(2);
                }
                assertThat(browser.findElement(By.id("verify-status-box")).getCssValue("background-color"))
                        .as("styled").isEqualTo("rgba(232, 245, 236, 1)");
                assertThat(browser.findElement(By.id("verify-card")).getRect().getWidth())
                        .isLessThanOrEqualTo(size.getWidth());
                screenshot("verify-valid-" + language + "-" + name(size));

                browser.get(url("/verify/" + codeOf(revoked)));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-revoked-why")));
                assertThat(browser.findElement(By.id("verify-status-box")).getCssValue("background-color"))
                        .isEqualTo("rgba(253, 236, 236, 1)");
                assertThat(browser.findElement(By.id("verify-status")).getCssValue("color"))
                        .isEqualTo("rgba(166, 27, 27, 1)");
                screenshot("verify-revoked-" + language + "-" + name(size));
            }
        }
    }

    @Test
    void a_trainee_sees_their_certificates_in_kazakh_and_russian() throws IOException {
        // trainee2: BrowserSmokeIT signs in as trainee4 in the same application and expects Kazakh
        CertificateFixture.issue(context, "trainee2");
        signIn("trainee2", "Қош келдіңіз");
        for (String language : new String[] {"kk", "ru"}) {
            if (language.equals("ru")) {
                switchToRussian("/my-certificates");
            }
            for (Dimension size : new Dimension[] {LAPTOP, PHONE}) {
                browser.manage().window().setSize(size);
                browser.get(url("/my-certificates"));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("certificate-card")));
                screenshot("my-certificates-" + language + "-" + name(size));
            }
        }
        switchBack("/my-certificates");
    }

    /** On a laptop-sized page without a dialog open, as a person would switch. */
    private void switchToRussian(String path) {
        browser.manage().window().setSize(LAPTOP);
        browser.get(url(path));
        click(By.id("language-ru"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ru"));
    }

    /** The account's saved language back to Kazakh, as the other browser tests expect of the demo accounts. */
    private void switchBack(String path) {
        browser.manage().window().setSize(LAPTOP);
        browser.get(url(path));
        click(By.id("language-kk"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "kk"));
    }

    private void signIn(String username, String greeting) {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("demo12345", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), greeting));
    }

    private void click(By target) {
        Browser.click(wait, target);
    }

    private static String codeOf(CertificateSummary certificate) {
        return certificate.verificationUrl().substring(certificate.verificationUrl().lastIndexOf('/') + 1);
    }

    private static String name(Dimension size) {
        return size.getWidth() + "x" + size.getHeight();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
