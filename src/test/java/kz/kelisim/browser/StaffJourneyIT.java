package kz.kelisim.browser;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

import kz.kelisim.browser.Browser.Size;

/**
 * Academy staff with certificates: the registry, issuing for the finished seminar (who may have one
 * and every reason why the others may not), the template; the legal-basis register.
 */
class StaffJourneyIT extends Journey {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("eachLanguageOnce")
    void staff_find_certificates_and_issue_them_for_a_finished_seminar(String language, Size size) throws IOException {
        browser.as("staff", language, size).signIn("staff");
        browser.step("start");
        browser.open("/certificates");
        browser.find(By.id("certificates-grid"));
        browser.see("KLS-");
        browser.step("registry");

        browser.click(By.id("certificates-issue"));
        browser.find(By.id("issue-dialog"));
        browser.step("issue-dialog");

        browser.open("/certificates/template");
        browser.step("template");

        browser.open("/legal-basis");
        browser.seeHeading(Texts.of(language, "legal-basis.title"));
        browser.find(By.id("lessons-under-review"));
        browser.find(By.id("act-constitution-2026"));
        browser.step("legal-basis");
    }
}
