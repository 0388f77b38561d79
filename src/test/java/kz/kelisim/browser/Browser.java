package kz.kelisim.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven as a person uses Kelisim, for the journey suite: sign in, switch
 * language, click, type, and at every step check what that person would notice (the text is there
 * and visible, nothing overflows the screen sideways, no label runs into its value, no error was
 * shown, the browser reported no Content-Security-Policy violation) and save a screenshot as
 * {@code target/screenshots/<role>/<lang>-<size>-<step>.png}.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("kelisim.browser.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("kelisim.browser.driver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String PASSWORD = "demo12345";

    /** The two screens every journey is seen on. */
    enum Size {
        LAPTOP(1366, 768), PHONE(390, 844);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }

        String label() {
            return width + "x" + height;
        }
    }

    /**
     * Installed before any page script runs: collects Content-Security-Policy violations, uncaught
     * errors and console errors, so a step can fail on them.
     */
    private static final String WATCHER = """
            window.__kelisimProblems = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__kelisimProblems.push('CSP ' + e.violatedDirective + ' blocked ' + e.blockedURI));
            window.addEventListener('error', e => window.__kelisimProblems.push('error ' + e.message));
            const consoleError = console.error.bind(console);
            console.error = (...args) => { window.__kelisimProblems.push('console ' + args.join(' ')); consoleError(...args); };
            """;

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private String role = "anonymous";
    private String language = "kk";
    private Size size = Size.LAPTOP;
    private int screenshots;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Starts Chromium, or skips the test when it is missing (fails instead with -Dkelisim.browser.required=true). */
    static Browser start(int port) throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!Boolean.getBoolean("kelisim.browser.required")) {
            assumeTrue(installed, "Chromium and chromedriver are not installed; the browser test is skipped");
        }
        assertThat(installed).as("Chromium at %s and chromedriver at %s", CHROMIUM, CHROMEDRIVER).isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=kk", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + Files.createTempDirectory("kelisim-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCHER));
        Browser browser = new Browser(driver, "http://localhost:" + port);
        browser.resize(Size.LAPTOP);
        return browser;
    }

    ChromeDriver driver() {
        return driver;
    }

    String url(String path) {
        return base + path;
    }

    /** Sets what the screenshots are filed under. */
    Browser as(String role, String language, Size size) {
        this.role = role;
        this.language = language;
        resize(size);
        return this;
    }

    String language() {
        return language;
    }

    Size size() {
        return size;
    }

    void resize(Size size) {
        this.size = size;
        // the window's outer size, so that the page's viewport is exactly the screen asked for
        driver.manage().window().setSize(new Dimension(size.width, size.height));
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        long innerHeight = (Long) driver.executeScript("return window.innerHeight");
        if (innerWidth != size.width || innerHeight != size.height) {
            driver.manage().window().setSize(new Dimension(2 * size.width - (int) innerWidth,
                    2 * size.height - (int) innerHeight));
        }
    }

    /** Signs out whoever is signed in, then in as the demo account, then switches to the journey's language. */
    void signIn(String username) {
        signIn(username, PASSWORD);
    }

    /** As {@link #signIn(String)}, with the account's own password (a new account's temporary one). */
    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        settle();
        if (!language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang"))) {
            click(By.id("language-" + language));
            wait.until(driver -> language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        }
        settle();
    }

    void open(String path) {
        driver.get(url(path));
        settle();
    }

    /** Waits until Vaadin has answered every request the page sent and nothing is loading. */
    void settle() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                if (document.readyState !== 'complete') return false;
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return true;
                return Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    /** Clicks as soon as the element takes the click (overlays animate in and out). */
    void click(By target) {
        click(wait, target);
        settle();
    }

    /**
     * Scrolls the element to the middle of the screen (so no sticky bar covers it, as a person would
     * scroll) and clicks it as soon as it takes the click.
     */
    static void click(WebDriverWait wait, By target) {
        wait.ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    WebElement element = driver.findElement(target);
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                            element);
                    element.click();
                    return true;
                });
    }

    WebElement find(By target) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(target));
    }

    List<WebElement> findAll(By target) {
        return driver.findElements(target);
    }

    /** Waits until the page shows the text somewhere visible. */
    void see(String text) {
        wait.withMessage(() -> "the page to show \u201c" + text + "\u201d; it shows: " + visibleText())
                .until(driver -> visibleText().contains(text));
    }

    void seeHeading(String text) {
        wait.withMessage(() -> "the heading \u201c" + text + "\u201d; the page shows: " + visibleText())
                .until(driver -> driver.findElements(By.tagName("h1")).stream()
                        .anyMatch(h1 -> h1.isDisplayed() && h1.getText().contains(text)));
    }

    void waitUntilClass(By target, String className) {
        wait.withMessage(() -> target + " to have the class " + className)
                .until(ExpectedConditions.attributeContains(target, "class", className));
    }

    void type(By field, String text) {
        WebElement input = find(field);
        input.click();
        input.sendKeys(text);
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        settle();
    }

    /** Presses Tab until the focused element (through shadow roots) matches the CSS selector. */
    void tabTo(String selector) {
        for (int i = 0; i < 80; i++) {
            Boolean there = (Boolean) driver.executeScript("""
                    let element = document.activeElement;
                    while (element && element.shadowRoot && element.shadowRoot.activeElement) {
                        if (element.matches(arguments[0])) return true;
                        element = element.shadowRoot.activeElement;
                    }
                    if (!element) return false;
                    return element.matches(arguments[0]) || !!element.closest(arguments[0])
                        || !!(element.getRootNode().host && element.getRootNode().host.closest(arguments[0]));
                    """, selector);
            if (Boolean.TRUE.equals(there)) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    String visibleText() {
        return (String) driver.executeScript("return document.body.innerText");
    }

    /**
     * Checks what a person would notice at this step, then saves its screenshot: no sideways scrolling,
     * no label run into its value, no error message, no page error or CSP violation.
     */
    void step(String name) throws IOException {
        settle();
        assertThat(problems()).as("%s: errors or CSP violations the browser reported", name).isEmpty();
        assertThat(overflowing()).as("%s: elements wider than the %s screen", name, size.label()).isEmpty();
        assertThat(runTogether()).as("%s: texts run together without a space", name).isEmpty();
        assertThat(faintIcons()).as("%s: icons with less than 3:1 contrast against their background", name).isEmpty();
        assertThat(cutTexts()).as("%s: texts cut short with an ellipsis", name).isEmpty();
        assertThat(driver.findElements(By.cssSelector("vaadin-notification-card[theme~='error']")))
                .as("%s: an error notification", name).noneMatch(WebElement::isDisplayed);
        assertThat(visibleText()).as("%s: a missing translation", name).doesNotContainPattern("![a-z0-9.-]+!");
        screenshot(name);
    }

    void screenshot(String name) throws IOException {
        Path folder = SCREENSHOTS.resolve(role);
        Files.createDirectories(folder);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(language + "-" + size.label() + "-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        screenshots++;
    }

    int screenshots() {
        return screenshots;
    }

    @SuppressWarnings("unchecked")
    List<String> problems() {
        List<String> found = (List<String>) driver.executeScript(
                "const p = window.__kelisimProblems || []; window.__kelisimProblems = []; return p;");
        // Chromium's own complaints about favicons or the dev-mode bundle are not Kelisim's
        return found.stream().filter(problem -> !problem.contains("favicon")).toList();
    }

    /** Visible elements that reach past the right edge of the screen, outside any scrolling box. */
    @SuppressWarnings("unchecked")
    List<String> overflowing() {
        return (List<String>) driver.executeScript("""
                const width = document.documentElement.clientWidth;
                const found = [];
                if (document.documentElement.scrollWidth > width + 1) found.push('page scrolls sideways: ' + document.documentElement.scrollWidth);
                // up the flat tree (a slotted tab or grid cell sits in its host's scrolling part)
                const up = e => e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
                const scrolls = el => { for (let e = up(el); e; e = up(e)) {
                        const s = getComputedStyle(e); if (/(auto|scroll|hidden|clip)/.test(s.overflowX)) return true; } return false; };
                const visit = root => root.querySelectorAll('*').forEach(el => {
                    const r = el.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0 && r.right > width + 1 && getComputedStyle(el).visibility !== 'hidden' && !scrolls(el)) {
                        found.push((el.id ? '#' + el.id : el.tagName.toLowerCase() + '.' + [...el.classList].join('.')) + ' right=' + Math.round(r.right));
                    }
                    if (el.shadowRoot) visit(el.shadowRoot);
                });
                visit(document);
                return found.slice(0, 10);
                """);
    }

    /**
     * Neighbouring texts on one line with nothing between them ("НөміріKLS-2026-000001", two links as
     * "CSV жүктеп алуXLSX жүктеп алу"): the first ends with a letter or digit, the next starts with one,
     * and they touch.
     */
    @SuppressWarnings("unchecked")
    List<String> runTogether() {
        return (List<String>) driver.executeScript("""
                const found = [];
                const texts = el => { const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT,
                        { acceptNode: n => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT });
                    const all = []; while (walker.nextNode()) all.push(walker.currentNode); return all; };
                const box = node => { const range = document.createRange(); range.selectNodeContents(node);
                    const rects = [...range.getClientRects()].filter(r => r.width > 0); return rects; };
                document.querySelectorAll('vaadin-app-layout *, .verify-view *, .login-view *').forEach(el => {
                    const next = el.nextElementSibling;
                    if (!next || el.children.length > 3 || next.children.length > 3) return;
                    const mine = texts(el), theirs = texts(next);
                    if (!mine.length || !theirs.length) return;
                    const lastText = mine[mine.length - 1], firstText = theirs[0];
                    const a = box(lastText).pop(), b = box(firstText)[0];
                    if (!a || !b) return;
                    const sameLine = Math.abs(a.top - b.top) < 4;
                    const endsWord = /[\\p{L}\\p{N}]$/u.test(lastText.textContent.trimEnd());
                    const startsWord = /^[\\p{L}\\p{N}]/u.test(firstText.textContent.trimStart());
                    if (sameLine && endsWord && startsWord && b.left - a.right < 2 && b.left >= a.left) {
                        found.push(lastText.textContent.trim().slice(-20) + '|' + firstText.textContent.trim().slice(0, 20));
                    }
                });
                return found.slice(0, 10);
                """);
    }

    /**
     * Visible icons (in buttons, links and the header) whose colour has less than 3:1 contrast with
     * the background behind them: WCAG 1.4.11 for the graphics a control is recognised by. axe-core
     * checks text, not icons.
     */
    @SuppressWarnings("unchecked")
    List<String> faintIcons() {
        return (List<String>) driver.executeScript("""
                const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
                const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
                // up the flat tree: a slotted element's background is its slot's, inside the host's shadow
                const up = e => e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host) || null;
                const background = el => { for (let e = el; e; e = up(e)) {
                    const c = rgb(getComputedStyle(e).backgroundColor); if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c; } return [255, 255, 255]; };
                const found = [];
                const visit = root => root.querySelectorAll('vaadin-icon, vaadin-drawer-toggle').forEach(icon => {
                    const r = icon.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0 || getComputedStyle(icon).visibility === 'hidden') return;
                    const control = icon.closest('vaadin-button, a, vaadin-drawer-toggle, vaadin-side-nav-item') || icon;
                    if (control.hasAttribute && control.hasAttribute('disabled')) return;
                    const fg = rgb(getComputedStyle(icon).color), bg = background(icon);
                    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
                    const ratio = (a + 0.05) / (b + 0.05);
                    if (ratio < 3) found.push((control.id || control.tagName.toLowerCase()) + ' ' + ratio.toFixed(2) + ':1');
                });
                visit(document);
                return found.slice(0, 10);
                """);
    }

    /**
     * Visible texts cut short with "…" (a menu label "Менің сертификатт…", a name "Анна Шм…"): the
     * element styles an ellipsis and its text is wider than the box.
     */
    @SuppressWarnings("unchecked")
    List<String> cutTexts() {
        return (List<String>) driver.executeScript("""
                const found = [];
                const visit = root => root.querySelectorAll('*').forEach(el => {
                    const style = getComputedStyle(el);
                    const r = el.getBoundingClientRect();
                    if (style.textOverflow === 'ellipsis' && r.width > 0 && r.height > 0 && style.visibility !== 'hidden'
                            && el.scrollWidth > el.clientWidth + 1 && (el.innerText || el.textContent || '').trim()) {
                        found.push(((el.innerText || el.textContent) + '').trim().slice(0, 40));
                    }
                    if (el.shadowRoot) visit(el.shadowRoot);
                });
                visit(document);
                return found.slice(0, 10);
                """);
    }

    /** axe-core on the page: the violations of impact critical or serious, described. */
    List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact())) {
                found.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")));
            }
        }
        return found;
    }

    /** The counts of axe violations by impact on this page, for the report. */
    Map<String, Long> accessibilityCounts() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .collect(Collectors.groupingBy(rule -> String.valueOf(rule.getImpact()), Collectors.counting()));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
