package kz.kelisim.browser;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

import kz.kelisim.browser.Browser.Size;

/** An administrator: the start page's figures, course content and its reload, reference data. */
class AdminJourneyIT extends Journey {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("eachLanguageOnce")
    void an_administrator_reloads_courses_and_corrects_reference_data(String language, Size size) throws IOException {
        browser.as("admin", language, size).signIn("admin");
        browser.step("start");
        browser.open("/admin/courses");
        browser.seeHeading(Texts.of(language, "course-content.title"));
        browser.click(By.id("reload-courses"));
        browser.see(Texts.of(language, "course-content.outcome.unchanged"));
        browser.step("course-content");

        browser.open("/reference-data");
        browser.find(By.id("regions-grid"));
        browser.step("reference-data");
    }
}
