package kz.kelisim.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole stack in a real browser: Debian's headless Chromium and chromedriver against the
 * application on a random port. Skipped when Chromium is not installed, unless
 * {@code -Dkelisim.browser.required=true} (as .ci/run sets), in which case its absence fails.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSmokeIT {

    private static final String CHROMIUM = System.getProperty("kelisim.browser.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getProperty("kelisim.browser.driver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

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
                "--disable-component-update", "--disable-sync", "--lang=kk",
                "--user-data-dir=" + Files.createTempDirectory("kelisim-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void demo_trainee_signs_in_sees_the_kazakh_start_page_then_switches_to_russian() throws IOException {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        screenshot("login-kk");
        signIn("trainee", "Қош келдіңіз, Әсел Нұрланқызы Жақсылықова!");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("kk");
        screenshot("dashboard-kk");

        click(By.id("language-ru"));

        waitForHeading("Добро пожаловать, Әсел Нұрланқызы Жақсылықова!");
        assertThat(browser.getTitle()).isEqualTo("Главная — Келісім");
        screenshot("dashboard-ru");

        browser.manage().window().setSize(new Dimension(390, 844));
        waitForHeading("Добро пожаловать, Әсел Нұрланқызы Жақсылықова!");
        screenshot("dashboard-ru-phone");

        chooseFromUserMenu("Мой профиль",
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Мой профиль"));
        screenshot("profile-ru-phone");

        chooseFromUserMenu("Выйти",
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void unknown_address_shows_the_friendly_not_found_page_after_sign_in() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        screenshot("login-kk-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn("trainer", "Қош келдіңіз, Айгүл Сәрсенбаева!");

        browser.get(url("/no-such-page"));

        waitForHeading("Бет табылмады");
        screenshot("not-found-kk");
    }

    @Test
    void trainee_enrols_in_the_sample_course_and_the_lesson_counts_as_done_at_its_end() throws IOException {
        signIn("trainee4", "Қош келдіңіз, Анна Шмидт!");

        browser.get(url("/courses"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogue-courses"),
                "Этномедиацияға кіріспе"));
        screenshot("catalogue-kk");

        browser.get(url("/courses/sample-ethnomediation"));
        waitForHeading("Этномедиацияға кіріспе");
        click(By.id("course-enrol"));
        click(By.id("course-open"));
        waitForHeading("Медиация деген не");
        screenshot("lesson-kk");

        browser.executeScript("document.getElementById('lesson-end').scrollIntoView()");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesson-done")));
        assertThat(browser.findElement(By.id("lesson-progress")).getText()).isEqualTo("1 / 4 сабақ өтілді (25%)");
        screenshot("lesson-kk-done");

        browser.get(url("/courses/sample-ethnomediation"));
        waitForHeading("Этномедиацияға кіріспе");
        screenshot("course-kk");
        browser.get(url("/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-learning"), "25%"));
        screenshot("my-learning-kk");

        browser.get(url("/courses/sample-ethnomediation/lessons/what-is-mediation"));
        waitForHeading("Медиация деген не");
        WebElement image = browser.findElement(By.cssSelector("article.lesson-body img"));
        assertThat((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0",
                image)).as("the lesson image loads from the stored course files").isTrue();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/courses"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogue-courses"),
                "Этномедиацияға кіріспе"));
        screenshot("catalogue-kk-phone");
        browser.get(url("/courses/sample-ethnomediation/lessons/principles"));
        waitForHeading("Медиацияның қағидаттары");
        screenshot("lesson-kk-phone");
    }

    @Test
    void trainee_takes_the_timed_final_test_and_an_answer_survives_reloading_the_page() throws IOException {
        signIn("trainee5", "Қош келдіңіз");
        browser.get(url("/courses/sample-ethnomediation"));
        waitForHeading("Этномедиацияға кіріспе");
        click(By.id("course-enrol"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("course-open")));

        browser.get(url("/courses/sample-ethnomediation/quizzes/final-test"));
        waitForHeading("Қорытынды тест");
        click(By.id("quiz-start"));
        wait.until(ExpectedConditions.textMatches(By.id("attempt-timer"), Pattern.compile("Қалған уақыт: 19:\\d\\d")));
        String shown = browser.findElement(By.id("attempt-timer")).getText();
        wait.until(driver -> !driver.findElement(By.id("attempt-timer")).getText().equals(shown));

        int answered = 0;
        for (int number = 1; number <= 6 && answered == 0; number++) {
            click(By.id("nav-" + number));
            wait.until(ExpectedConditions.attributeToBe(By.id("nav-" + number), "aria-current", "step"));
            // the question shown now, not a choice of another question further down the page
            By choice = By.cssSelector("#question-" + number + " vaadin-radio-button, #question-" + number
                    + " vaadin-checkbox");
            if (!browser.findElements(choice).isEmpty()) {
                click(choice);
                answered = number;
            }
        }
        assertThat(answered).as("the final test draws at least one choice question").isPositive();
        wait.until(ExpectedConditions.textMatches(By.cssSelector("#question-" + answered + " .save-status"),
                Pattern.compile("Сақталды: .+")));
        screenshot("attempt-kk");

        browser.navigate().refresh();
        waitForHeading("Қорытынды тест");
        browser.get(url("/courses/sample-ethnomediation/quizzes/final-test"));
        waitForHeading("Қорытынды тест");
        click(By.id("quiz-start"));
        wait.until(ExpectedConditions.attributeContains(By.id("nav-" + answered), "class", "answered"));

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-timer")));
        screenshot("attempt-kk-phone");
    }

    @Test
    void administrator_sees_the_course_content_page_in_english() throws IOException {
        signIn("admin", "Қош келдіңіз, Жүйе әкімшісі!");
        click(By.id("language-en"));
        waitForHeading("Welcome, Жүйе әкімшісі!");

        browser.get(url("/admin/courses"));
        waitForHeading("Course content");
        click(By.id("reload-courses"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("load-sample-ethnomediation"),
                "Unchanged"));
        screenshot("course-content-en");
    }

    private void signIn(String username, String greeting) {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("demo12345", Keys.ENTER);
        waitForHeading(greeting);
    }

    /**
     * Opens the user menu and chooses the item, as a person would: if the menu was still closing
     * from the last choice and ignored the click, open it and choose again.
     */
    private void chooseFromUserMenu(String item, ExpectedCondition<?> then) {
        By visibleItem = By.xpath("//vaadin-menu-bar-item[normalize-space()='" + item + "']");
        WebDriverWait shortly = new WebDriverWait(browser, Duration.ofSeconds(15));
        for (int attempt = 1; ; attempt++) {
            // open the menu only if it is not open already: clicking its button again would close it
            if (browser.findElements(visibleItem).stream().noneMatch(WebElement::isDisplayed)) {
                click(By.cssSelector("#user-menu vaadin-menu-bar-button"));
            }
            try {
                shortly.ignoring(ElementClickInterceptedException.class)
                        .ignoring(StaleElementReferenceException.class)
                        .until(driver -> {
                            WebElement shown = driver.findElements(visibleItem).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null);
                            if (shown == null) {
                                return false;
                            }
                            shown.click();
                            return true;
                        });
                shortly.until(then);
                return;
            } catch (org.openqa.selenium.TimeoutException ignoredClick) {
                if (attempt == 3) {
                    throw ignoredClick;
                }
            }
        }
    }

    private void click(By target) {
        Browser.click(wait, target);
    }

    private void waitForHeading(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
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
