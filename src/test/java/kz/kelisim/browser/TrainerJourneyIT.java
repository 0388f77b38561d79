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
import kz.kelisim.security.RunAs;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.SeminarService;

/**
 * A trainer's seminar days: the seminar running today tab by tab (schedule, participants, groups,
 * attendance, exercises, gradebook), a finished group exercise graded, essays to grade, the test
 * reports and the question bank.
 */
class TrainerJourneyIT extends Journey {

    @Autowired
    SeminarService seminars;

    @Autowired
    GroupExerciseService exercises;

    @Autowired
    RunAs runAs;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyLanguageAndSize")
    void a_trainer_runs_the_seminar_of_today(String language, Size size) throws IOException {
        Language reader = Language.fromTag(language).orElseThrow();
        browser.as("trainer", language, size).signIn("trainer");
        browser.see(Texts.of(language, "dashboard.trainer.title"));
        browser.step("start");
        browser.open("/seminars");
        assertThat(browser.findAll(By.id("seminar-key"))).as("the key is for trainees to enter").isEmpty();
        browser.step("seminars");

        var today = runAs.as("trainer", () -> seminars.mySeminars(reader)).stream()
                .filter(seminar -> seminar.status() == kz.kelisim.seminar.SeminarStatus.RUNNING).findFirst().orElseThrow();
        browser.open("/seminars/" + today.id());
        browser.seeHeading(today.title());
        WebElement tabs = browser.find(By.id("seminar-tabs"));
        if (size == Size.LAPTOP) {
            assertThat(tabs.getRect().getY()).as("the tabs start within the first screen of a laptop")
                    .isLessThan(420);
        }
        browser.step("schedule");
        for (String tab : new String[] {"participants", "groups", "attendance", "exercises", "gradebook"}) {
            browser.click(By.id("tab-seminar-tab-" + tab));
            browser.settle();
            browser.step(tab);
        }
        WebElement csv = browser.find(By.id("gradebook-csv"));
        WebElement xlsx = browser.find(By.id("gradebook-xlsx"));
        assertThat(csv.getDomAttribute("title")).as("the CSV's separator said in its tooltip").isNotBlank();
        if (csv.getRect().getY() == xlsx.getRect().getY()) {
            assertThat(xlsx.getRect().getX()).as("the two links apart")
                    .isGreaterThan(csv.getRect().getX() + csv.getRect().getWidth() + 4);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("eachLanguageOnce")
    void a_trainer_grades_group_work_and_essays_and_reads_the_reports(String language, Size size) throws IOException {
        Language reader = Language.fromTag(language).orElseThrow();
        browser.as("trainer", language, size).signIn("trainer");
        var finished = runAs.as("trainer", () -> seminars.mySeminars(reader)).stream()
                .filter(seminar -> seminar.status() == kz.kelisim.seminar.SeminarStatus.FINISHED).findFirst()
                .orElseThrow();
        var exercise = runAs.as("trainer", () -> exercises.exercises(finished.id(), reader)).getFirst();
        browser.open("/seminars/" + finished.id() + "/exercises/" + exercise.id() + "/workspace/"
                + exercise.groups().getFirst().workspaceId());
        browser.find(By.cssSelector(".workspace-template"));
        browser.step("workspace-graded");

        browser.open("/grading");
        browser.seeHeading(Texts.of(language, "grading.title"));
        browser.step("essays");

        browser.open("/test-reports/ethnomediation/final-test");
        browser.find(By.id("report-figures"));
        browser.step("test-report");

        browser.open("/courses/sample-ethnomediation/bank");
        browser.find(By.id("bank-questions"));
        browser.step("question-bank");

        // an academy lesson as a trainer previews it: checked against the law on its date, the case's
        // worked analysis and each party's role card for the trainer
        browser.open("/courses/ethnomediation/lessons/full-mediation-practice");
        browser.find(By.id("lesson-legal-basis"));
        browser.find(By.id("trainer-notes-case-market-rows"));
        browser.find(By.id("role-cards-mediation-role-play"));
        browser.step("academy-lesson");
        browser.click(By.cssSelector("#trainer-notes-case-market-rows vaadin-details-summary"));
        browser.step("academy-lesson-trainer-notes");

        browser.open("/glossary?term=glasl-escalation");
        browser.seeHeading(Texts.of(language, "glossary.title"));
        browser.find(By.cssSelector("#term-glasl-escalation.glossary-term-opened"));
        browser.step("glossary");
    }
}
