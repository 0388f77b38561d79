package kz.kelisim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import kz.kelisim.base.Language;
import kz.kelisim.browser.Browser.Size;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateViews.RegistryFilter;
import kz.kelisim.security.RunAs;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.SeminarService;

/**
 * axe-core on the pages every role lives on: not one violation of impact critical or serious. The
 * counts per page and impact are printed, for the closing note.
 */
class AccessibilityIT extends Journey {

    private static final Map<String, Map<String, Long>> COUNTS = new LinkedHashMap<>();

    @Autowired
    SeminarService seminars;

    @Autowired
    GroupExerciseService exercises;

    @Autowired
    CertificateService certificates;

    @Autowired
    RunAs runAs;

    @AfterAll
    void report() {
        COUNTS.forEach((page, counts) -> System.out.println("axe " + page + ": " + counts));
    }

    private void check(String page) throws IOException {
        browser.settle();
        COUNTS.put(page, browser.accessibilityCounts());
        List<String> serious = browser.seriousAccessibilityViolations();
        browser.screenshot("axe-" + page);
        assertThat(serious).as("critical or serious accessibility violations on %s", page).isEmpty();
    }

    @Test
    void the_sign_in_and_verification_pages_have_no_serious_accessibility_violation() throws IOException {
        browser.as("accessibility", "kk", Size.LAPTOP);
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.find(By.cssSelector("vaadin-login-form"));
        check("sign-in");
        String verification = runAs.as("staff", () -> certificates.registry(RegistryFilter.none(), 0, 1, Language.KK))
                .getFirst().verificationUrl();
        browser.open(verification.substring(verification.indexOf("/verify/")));
        browser.find(By.cssSelector(".verify-card"));
        check("verification");
    }

    @Test
    void a_trainees_pages_have_no_serious_accessibility_violation() throws IOException {
        browser.as("accessibility", "kk", Size.LAPTOP).signIn("trainee2");
        check("start");
        browser.open("/courses/sample-ethnomediation/lessons/what-is-mediation");
        browser.find(By.cssSelector("article.lesson-body"));
        check("lesson");
        browser.open("/courses/sample-ethnomediation/quizzes/self-check");
        browser.click(By.id("quiz-start"));
        browser.find(By.cssSelector(".attempt-questions .question"));
        check("quiz-attempt");
        var seminar = runAs.as("trainee2", () -> seminars.mySeminars(Language.KK)).getFirst();
        var exercise = runAs.as("trainee2", () -> exercises.exercises(seminar.id(), Language.KK)).getFirst();
        browser.open("/seminars/" + seminar.id() + "/exercises/" + exercise.id() + "/workspace");
        browser.find(By.cssSelector(".workspace-template"));
        check("workspace");
    }

    @Test
    void the_trainers_and_staffs_pages_have_no_serious_accessibility_violation() throws IOException {
        browser.as("accessibility", "kk", Size.LAPTOP).signIn("trainer");
        var seminar = runAs.as("trainer", () -> seminars.mySeminars(Language.KK)).getFirst();
        browser.open("/seminars/" + seminar.id());
        browser.click(By.id("tab-seminar-tab-groups"));
        browser.find(By.id("seminar-groups"));
        check("seminar-groups");
        browser.signIn("staff");
        browser.open("/certificates");
        browser.find(By.id("certificates-grid"));
        check("certificate-registry");
    }
}
