package kz.kelisim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import kz.kelisim.base.Language;
import kz.kelisim.browser.Browser.Size;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.security.RunAs;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.SeminarService;

/**
 * A trainee's day as the README tells it: the start page with their seminars and learning, the
 * catalogue, a course and a lesson, a test in progress and a review, the seminar with their group
 * and attendance, the group's workspace, their certificates; and a whole quiz taken with the
 * keyboard alone.
 */
class TraineeJourneyIT extends Journey {

    private static final String TRAINEE = "trainee2";
    private static final String COURSE = "sample-ethnomediation";

    @Autowired
    SeminarService seminars;

    @Autowired
    GroupExerciseService exercises;

    @Autowired
    AttemptService quizzes;

    @Autowired
    RunAs runAs;

    @Autowired
    CourseCatalogue catalogue;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyLanguageAndSize")
    void a_trainee_learns_takes_a_test_and_works_with_the_seminar_group(String language, Size size) throws IOException {
        Language reader = Language.fromTag(language).orElseThrow();
        browser.as("trainee", language, size).signIn(TRAINEE);
        var seminar = runAs.as(TRAINEE, () -> seminars.mySeminars(reader)).getFirst();
        browser.see(Texts.of(language, "dashboard.seminars.title"));
        browser.see(seminar.title());
        browser.see(Texts.of(language, "dashboard.trainee.title"));
        browser.step("start");

        browser.open("/courses");
        browser.seeHeading(Texts.of(language, "catalogue.title"));
        browser.step("catalogue");

        browser.open("/courses/" + COURSE);
        browser.step("course");
        browser.open("/courses/" + COURSE + "/lessons/what-is-mediation");
        browser.find(By.cssSelector("article.lesson-body"));
        browser.step("lesson");

        browser.open("/courses/" + COURSE + "/quizzes/self-check");
        browser.click(By.id("quiz-start"));
        browser.find(By.cssSelector(".attempt-questions .question"));
        browser.step("attempt");

        long reviewed = runAs.as(TRAINEE, () -> quizzes.overview(COURSE, "pre-test", reader)).attempts().getFirst().id();
        browser.open("/quiz-attempts/" + reviewed + "/review");
        browser.find(By.id("review-summary"));
        browser.step("review");

        browser.open("/seminars/" + seminar.id());
        browser.seeHeading(seminar.title());
        browser.step("seminar-schedule");
        browser.click(By.id("tab-seminar-tab-mine"));
        browser.find(By.id("my-group"));
        browser.step("seminar-mine");

        var exercise = runAs.as(TRAINEE, () -> exercises.exercises(seminar.id(), reader)).getFirst();
        browser.click(By.id("tab-seminar-tab-exercises"));
        browser.click(By.id("exercise-open-" + exercise.groups().getFirst().workspaceId()));
        browser.find(By.cssSelector(".workspace-template"));
        browser.step("workspace");

        browser.open("/my-certificates");
        browser.step("my-certificates");
    }

    @Test
    void a_trainee_with_a_certificate_finds_it_with_its_verification_link() throws IOException {
        browser.as("trainee", "kk", Size.PHONE).signIn("trainee3");
        browser.open("/my-certificates");
        browser.see("KLS-");
        assertThat(browser.findAll(By.cssSelector("a[href*='/verify/']"))).isNotEmpty();
        browser.step("my-certificates-held");
    }

    /** Tab, Space, arrows and Enter only: every question of the self-check answered and the test submitted. */
    @Test
    void a_trainee_takes_a_whole_quiz_with_the_keyboard_alone() throws IOException {
        browser.as("trainee", "kk", Size.LAPTOP).signIn("trainee");
        runAs.doAs("trainee", () -> catalogue.enrol(COURSE));
        browser.open("/courses/" + COURSE + "/quizzes/self-check");
        browser.tabTo("#quiz-start");
        browser.press(Keys.ENTER);
        browser.find(By.cssSelector(".attempt-questions .question"));
        int questions = browser.findAll(By.cssSelector(".attempt-navigation vaadin-button")).size();
        assertThat(questions).isPositive();
        for (int number = 1; number <= questions; number++) {
            browser.tabTo("#nav-" + number);
            browser.press(Keys.ENTER);
            answerWithKeys(number);
        }
        browser.step("keyboard-answered");
        browser.tabTo("#attempt-submit");
        browser.press(Keys.ENTER);
        browser.find(By.id("attempt-submit-confirm"));
        browser.press(Keys.ENTER);
        browser.find(By.id("review-summary"));
        browser.step("keyboard-submitted");
    }

    /** Answers the question shown with the keys its input takes. */
    private void answerWithKeys(int number) {
        String question = "#question-" + number;
        if (!browser.findAll(By.cssSelector(question + " vaadin-radio-group")).isEmpty()) {
            browser.tabTo(question + " vaadin-radio-button");
            browser.press(Keys.SPACE);
        } else if (!browser.findAll(By.cssSelector(question + " vaadin-checkbox-group")).isEmpty()) {
            browser.tabTo(question + " vaadin-checkbox");
            browser.press(Keys.SPACE);
        } else if (!browser.findAll(By.cssSelector(question + " vaadin-select")).isEmpty()) {
            for (int select = 0; select < browser.findAll(By.cssSelector(question + " vaadin-select")).size(); select++) {
                browser.tabTo(question + " vaadin-select:nth-of-type(" + (select + 1) + ")");
                browser.press(Keys.ENTER);
                browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
            }
        } else if (!browser.findAll(By.cssSelector(question + " .order-keep")).isEmpty()) {
            browser.tabTo(question + " .order-keep");
            browser.press(Keys.ENTER);
        } else if (!browser.findAll(By.cssSelector(question + " vaadin-text-area")).isEmpty()) {
            browser.tabTo(question + " vaadin-text-area");
            browser.press("Келісім — ортақ үйіміздің іргетасы.");
            browser.press(Keys.TAB);
        } else if (!browser.findAll(By.cssSelector(question + " vaadin-text-field")).isEmpty()) {
            browser.tabTo(question + " vaadin-text-field");
            browser.press("2011");
            browser.press(Keys.TAB);
        }
        browser.waitUntilClass(By.id("nav-" + number), "answered");
    }
}
