package kz.kelisim.browser;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

import kz.kelisim.browser.Browser.Size;

/**
 * An administrator: the start page's figures, course content and its reload, reference data; People:
 * creating a trainer who then signs in with the temporary password and chooses their own, the person's
 * page and the audit log.
 */
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

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("eachLanguageOnce")
    void an_administrator_creates_a_trainer_who_then_signs_in_and_chooses_a_password(String language, Size size)
            throws IOException {
        browser.as("admin", language, size).signIn("admin");
        browser.open("/people");
        browser.seeHeading(Texts.of(language, "people.title"));
        browser.find(By.id("people-grid"));
        browser.step("people");

        browser.click(By.id("people-new"));
        String name = "Айжан Серікқызы Бекова " + language + size.label();
        browser.type(By.id("person-full-name"), name);
        browser.type(By.id("person-organisation"), "Түркістан облысы әкімдігі");
        browser.click(By.xpath("//*[@id='person-roles']//vaadin-checkbox[normalize-space(.)='"
                + Texts.of(language, "role.trainee") + "']"));
        browser.click(By.xpath("//*[@id='person-roles']//vaadin-checkbox[normalize-space(.)='"
                + Texts.of(language, "role.trainer") + "']"));
        browser.step("new-person");
        browser.click(By.id("new-person-create"));
        String username = browser.find(By.id("temporary-username")).getText();
        String password = browser.find(By.id("temporary-password")).getText();
        browser.see(Texts.of(language, "people.password.once"));
        browser.step("temporary-password");
        browser.click(By.id("temporary-password-done"));

        browser.type(By.id("people-search"), name);
        browser.click(By.xpath("//vaadin-grid-cell-content[.//span[normalize-space(.)='" + name + "']]"));
        browser.seeHeading(name);
        browser.step("person");
        browser.driver().executeScript("document.getElementById('person-actions-section').scrollIntoView()");
        browser.step("person-actions");

        browser.open("/audit");
        browser.seeHeading(Texts.of(language, "audit.title"));
        browser.see(name);
        browser.step("audit-log");

        browser.as("new-trainer", language, size).signIn(username, password);
        browser.find(By.id("must-change-password"));
        browser.type(By.id("password-current"), password);
        browser.type(By.id("password-new"), "Көктем келді, қар кетті 2026");
        browser.type(By.id("password-confirm"), "Көктем келді, қар кетті 2026");
        browser.step("first-sign-in");
        browser.click(By.id("password-save"));
        browser.open("/seminars");
        browser.find(By.id("user-menu"));
        browser.step("trainer-seminars");
    }
}
