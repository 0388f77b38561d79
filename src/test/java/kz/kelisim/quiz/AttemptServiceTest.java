package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.kelisim.AtTheSameMoment;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.quiz.QuizViews.AttemptPage;
import kz.kelisim.quiz.QuizViews.AttemptReview;
import kz.kelisim.quiz.QuizViews.QuizOverview;
import kz.kelisim.quiz.QuizViews.SaveOutcome;
import kz.kelisim.quiz.Response.Ordered;
import kz.kelisim.quiz.Response.Selected;
import kz.kelisim.quiz.Response.TrueOrFalse;
import kz.kelisim.quiz.Response.Typed;
import tools.jackson.databind.json.JsonMapper;

/** Taking a quiz on the real database, with real commits: saving, deadlines, submitting, reviewing. */
@Tag("persistence")
class AttemptServiceTest extends QuizTestSupport {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient seminarRows;

    /** A trainer reads only the results of trainees in the seminars they run: the demo trainer ran one. */
    @org.junit.jupiter.api.BeforeEach
    void theDemoTrainerRanASeminarWithTheDemoTrainees() {
        kz.kelisim.seminar.TrainerFixture.trainerRanASeminarWith(seminarRows, "trainer", "trainee", "trainee2",
                "trainee3", "trainee4", "trainee5");
    }

    private static final String Q = QuizFixture.QUIZ;

    @Autowired
    AttemptService quizzes;

    @Autowired
    AttemptDeadlines deadlines;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    JsonMapper json;

    private final ExecutorService tabs = Executors.newFixedThreadPool(6);

    @AfterEach
    void closeTabs() throws InterruptedException {
        tabs.shutdownNow();
        tabs.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void every_answer_is_saved_as_it_is_given_and_the_attempt_resumes_with_it() {
        String course = course();
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));

        as("trainee", () -> {
            assertThat(quizzes.saveAnswer(id, "capital", new Selected(Set.of("astana"))).outcome())
                    .isEqualTo(SaveOutcome.SAVED);
            quizzes.saveAnswer(id, "council", new Typed("Келісім"));
            quizzes.saveAnswer(id, "capital", new Selected(Set.of("almaty")));
            return null;
        });

        AttemptPage resumed = as("trainee", () -> quizzes.attempt(id, Language.RU));
        assertThat(resumed.answers()).containsEntry("capital", new Selected(Set.of("almaty")))
                .containsEntry("council", new Typed("Келісім")).hasSize(2);
        assertThat(resumed.savedAt()).containsKeys("capital", "council");
        assertThat(resumed.quizTitle()).isEqualTo("Самопроверка");
        assertThat(as("trainee", () -> quizzes.startOrResume(course, Q))).as("start again resumes").isEqualTo(id);
    }

    @Test
    void the_paper_a_trainee_gets_carries_no_answer() {
        String course = course();
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));

        String page = json.writeValueAsString(as("trainee", () -> quizzes.attempt(id, Language.KK)));

        assertThat(page).contains("Елорда қай қала?", "Астана")
                .doesNotContain("келісім", "согласие", "2011", "weight", "right", "Дұрыс", "accepted");
    }

    @Test
    void submitting_grades_the_attempt_and_submitting_again_changes_nothing() {
        String course = course();
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));
        answerAllRight("trainee", id);

        doAs("trainee", () -> quizzes.submit(id));
        Attempt first = attempts.findById(id).orElseThrow();
        clock.advance(Duration.ofMinutes(3));
        doAs("trainee", () -> quizzes.submit(id));
        Attempt second = attempts.findById(id).orElseThrow();

        assertThat(first.getMarks()).isEqualTo(5.0);
        assertThat(first.getMaxMarks()).isEqualTo(10.0);
        assertThat(first.getAwaitingGrading()).as("the essay waits for a trainer").isEqualTo(1);
        assertThat(second.getSubmittedAt()).isEqualTo(first.getSubmittedAt());
        assertThat(second.getMarks()).isEqualTo(first.getMarks());
        assertThat(as("trainee", () -> quizzes.saveAnswer(id, "capital", new Selected(Set.of("almaty")))).outcome())
                .isEqualTo(SaveOutcome.ALREADY_SUBMITTED);
        assertThat(attempts.findById(id).orElseThrow().getMarks()).isEqualTo(5.0);
    }

    @Test
    void a_double_click_on_submit_from_two_tabs_submits_once() throws Exception {
        String course = course();
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));
        answerAllRight("trainee", id);

        inTabsAtOnce("trainee", 4, () -> {
            quizzes.submit(id);
            return null;
        });

        Attempt attempt = attempts.findById(id).orElseThrow();
        assertThat(attempt.isSubmitted()).isTrue();
        assertThat(attempt.getMarks()).isEqualTo(5.0);
    }

    @Test
    void nothing_is_accepted_after_the_deadline_and_the_attempt_submits_itself_at_it() {
        String course = course(QuizFixture.SETTINGS + "time-limit: 10m\n");
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));
        as("trainee", () -> quizzes.saveAnswer(id, "capital", new Selected(Set.of("astana"))));
        var deadline = attempts.findById(id).orElseThrow().getDeadline();

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        var late = as("trainee", () -> quizzes.saveAnswer(id, "founded", new TrueOrFalse(true)));

        assertThat(late.outcome()).isEqualTo(SaveOutcome.TIME_UP);
        Attempt attempt = attempts.findById(id).orElseThrow();
        assertThat(attempt.isSubmitted()).isTrue();
        assertThat(attempt.getSubmittedAt()).as("submitted at the deadline, not when noticed").isEqualTo(deadline);
        assertThat(attempt.getMarks()).as("the answer saved in time counts, the late one does not").isEqualTo(1.0);
        assertThat(as("trainee", () -> quizzes.attempt(id, Language.KK)).answers()).containsOnlyKeys("capital");
    }

    @Test
    void an_attempt_left_open_past_its_deadline_is_submitted_by_the_server() {
        String course = course(QuizFixture.SETTINGS + "time-limit: 5m\n");
        enrol("trainee2", course);
        long id = as("trainee2", () -> quizzes.startOrResume(course, Q));
        as("trainee2", () -> quizzes.saveAnswer(id, "founded", new TrueOrFalse(true)));

        clock.advance(Duration.ofMinutes(6));
        deadlines.submitOverdue();

        Attempt attempt = attempts.findById(id).orElseThrow();
        assertThat(attempt.isSubmitted()).isTrue();
        assertThat(attempt.getMarks()).isEqualTo(1.0);
    }

    @Test
    void answers_saved_at_the_same_moment_in_several_tabs_all_land() throws Exception {
        String course = course();
        enrol("trainee3", course);
        long id = as("trainee3", () -> quizzes.startOrResume(course, Q));
        Map<String, Response> answers = rightAnswers();
        List<Map.Entry<String, Response>> entries = new ArrayList<>(answers.entrySet());

        List<Callable<Object>> saves = entries.stream()
                .<Callable<Object>>map(entry -> () -> quizzes.saveAnswer(id, entry.getKey(), entry.getValue())).toList();
        List<Object> outcomes = AtTheSameMoment.run(tabs, () -> signIn("trainee3"), securityContext::clearContext,
                saves);

        assertThat(outcomes).extracting("outcome").containsOnly(SaveOutcome.SAVED);
        assertThat(as("trainee3", () -> quizzes.attempt(id, Language.KK)).answers())
                .containsExactlyInAnyOrderEntriesOf(answers);
    }

    @Test
    void a_save_racing_the_submission_is_either_counted_or_refused_never_lost_silently() throws Exception {
        String course = course();
        enrol("trainee3", course);
        long id = as("trainee3", () -> quizzes.startOrResume(course, Q));

        Callable<Object> save = () -> quizzes.saveAnswer(id, "capital", new Selected(Set.of("astana")));
        Callable<Object> submit = () -> {
            quizzes.submit(id);
            return null;
        };
        List<Object> results = AtTheSameMoment.run(tabs, () -> signIn("trainee3"), securityContext::clearContext,
                List.of(save, submit));
        SaveOutcome outcome = ((QuizViews.AnswerSaved) results.getFirst()).outcome();

        double marks = attempts.findById(id).orElseThrow().getMarks();
        if (outcome == SaveOutcome.SAVED) {
            assertThat(marks).as("saved before the submission, so graded").isEqualTo(1.0);
        } else {
            assertThat(outcome).isEqualTo(SaveOutcome.ALREADY_SUBMITTED);
            assertThat(marks).isZero();
        }
    }

    @Test
    void two_tabs_starting_at_once_get_the_same_attempt() throws Exception {
        String course = course();
        enrol("trainee4", course);

        List<Object> ids = inTabsAtOnce("trainee4", 3, () -> quizzes.startOrResume(course, Q));

        assertThat(Set.copyOf(ids)).hasSize(1);
        assertThat(attempts.findByUserIdAndCourseIdAndQuizIdOrderByNumber(trainee("trainee4"), course, Q)).hasSize(1);
    }

    @Test
    void a_trainee_never_reaches_another_trainees_attempt() {
        String course = course();
        enrol("trainee", course);
        enrol("trainee2", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));
        as("trainee", () -> quizzes.saveAnswer(id, "capital", new Selected(Set.of("astana"))));

        for (var call : List.<Runnable>of(() -> quizzes.attempt(id, Language.KK),
                () -> quizzes.saveAnswer(id, "capital", new Selected(Set.of("almaty"))),
                () -> quizzes.submit(id), () -> quizzes.review(id, Language.KK))) {
            assertThatThrownBy(() -> doAs("trainee2", () -> call.run())).isInstanceOf(RuleViolation.class).hasMessage("quiz.error.attempt-not-found");
        }
        assertThat(as("trainee", () -> quizzes.attempt(id, Language.KK)).answers())
                .containsEntry("capital", new Selected(Set.of("astana")));
        assertThat(attempts.findById(id).orElseThrow().isSubmitted()).isFalse();
    }

    @Test
    void the_review_shows_marks_but_no_right_answer_when_the_settings_say_so() {
        String course = course(QuizFixture.SETTINGS.replace(
                "review: {when: after-submit, marks: true, right-answers: true, feedback: true}",
                "review: {when: after-submit, marks: true, right-answers: false, feedback: false}"));
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));
        assertThatThrownBy(() -> as("trainee", () -> quizzes.review(id, Language.KK)))
                .hasMessage("quiz.error.review-not-yet");
        answerAllRight("trainee", id);
        doAs("trainee", () -> quizzes.submit(id));

        AttemptReview review = as("trainee", () -> quizzes.review(id, Language.KK));
        AttemptReview trainers = as("trainer", () -> quizzes.review(id, Language.KK));

        assertThat(review.percent()).isEqualTo(50.0);
        assertThat(review.questions()).allSatisfy(question -> {
            assertThat(question.solution()).isNull();
            assertThat(question.feedback()).isEmpty();
        });
        assertThat(trainers.questions()).allSatisfy(question -> assertThat(question.solution()).isNotNull());
        assertThat(trainers.traineeName()).isNotBlank();
    }

    @Test
    void a_quiz_without_review_shows_no_marks_and_no_review() {
        String course = course(QuizFixture.SETTINGS.replace(
                "review: {when: after-submit, marks: true, right-answers: true, feedback: true}",
                "review: {when: never, marks: false, right-answers: false, feedback: false}"));
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));
        answerAllRight("trainee", id);
        doAs("trainee", () -> quizzes.submit(id));

        QuizOverview overview = as("trainee", () -> quizzes.overview(course, Q, Language.EN));

        assertThat(overview.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.percent()).isNull();
            assertThat(attempt.reviewable()).isFalse();
        });
        assertThat(overview.gradePercent()).isNull();
        assertThatThrownBy(() -> as("trainee", () -> quizzes.review(id, Language.KK)))
                .hasMessage("quiz.error.review-closed");
    }

    @Test
    void an_over_long_or_ill_shaped_answer_is_refused_and_changes_nothing() {
        String course = course();
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));
        as("trainee", () -> quizzes.saveAnswer(id, "council", new Typed("келісім")));

        assertThatThrownBy(() -> as("trainee", () -> quizzes.saveAnswer(id, "council",
                new Typed("ә".repeat(AttemptService.MAX_SHORT_ANSWER_LENGTH + 1)))))
                .isInstanceOf(RuleViolation.class).hasMessage("quiz.error.answer-too-long");
        assertThatThrownBy(() -> as("trainee", () -> quizzes.saveAnswer(id, "reflection",
                new Typed("ө".repeat(AttemptService.MAX_ESSAY_LENGTH + 1)))))
                .hasMessage("quiz.error.answer-too-long");
        assertThatThrownBy(() -> as("trainee", () -> quizzes.saveAnswer(id, "capital",
                new Selected(Set.of("astana", "almaty"))))).hasMessage("quiz.error.answer-invalid");
        assertThatThrownBy(() -> as("trainee", () -> quizzes.saveAnswer(id, "steps",
                new Ordered(List.of("listen", "listen", "sign"))))).hasMessage("quiz.error.answer-invalid");

        assertThat(as("trainee", () -> quizzes.attempt(id, Language.KK)).answers())
                .containsOnly(Map.entry("council", new Typed("келісім")));
    }

    @Test
    void a_number_typed_with_a_unit_or_a_decimal_comma_is_saved_and_marked_right_and_words_are_refused() {
        String course = course();
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));

        assertThatThrownBy(() -> as("trainee", () -> quizzes.saveAnswer(id, "law-year", new Typed("шамамен 2011"))))
                .isInstanceOf(RuleViolation.class).hasMessage("number.problem.not-a-number");
        assertThatThrownBy(() -> as("trainee", () -> quizzes.saveAnswer(id, "law-year", new Typed("2,011"))))
                .hasMessage("number.problem.ambiguous");
        assertThat(as("trainee", () -> quizzes.attempt(id, Language.KK)).answers()).doesNotContainKey("law-year");

        as("trainee", () -> quizzes.saveAnswer(id, "law-year", new Typed("2011 ж.")));
        doAs("trainee", () -> quizzes.submit(id));

        AttemptReview review = as("trainee", () -> quizzes.review(id, Language.KK));
        assertThat(review.questions()).filteredOn(question -> question.question().questionId().equals("law-year"))
                .singleElement().satisfies(question -> assertThat(question.fraction()).isEqualTo(1.0));
    }

    @Test
    void attempts_are_refused_to_the_unenrolled_and_once_none_remain() {
        String course = course(QuizFixture.SETTINGS.replace("attempts: 2", "attempts: 1"));
        assertThatThrownBy(() -> as("trainee", () -> quizzes.startOrResume(course, Q)))
                .hasMessage("quiz.refusal.not-enrolled");
        enrol("trainee", course);
        long id = as("trainee", () -> quizzes.startOrResume(course, Q));
        doAs("trainee", () -> quizzes.submit(id));

        assertThat(as("trainee", () -> quizzes.overview(course, Q, Language.KK)).refusal())
                .isEqualTo("quiz.refusal.no-attempts-left");
        assertThatThrownBy(() -> as("trainee", () -> quizzes.startOrResume(course, Q)))
                .hasMessage("quiz.refusal.no-attempts-left");
    }

    /** Answers the five auto-graded questions right and writes the essay. */
    private void answerAllRight(String username, long id) {
        as(username, () -> {
            rightAnswers().forEach((question, response) -> quizzes.saveAnswer(id, question, response));
            quizzes.saveAnswer(id, "reflection", new Typed("Менің ойымша, келісім — ортақ іс."));
            return null;
        });
    }

    /** Right answers to the five auto-graded questions (5 of 10 marks: the essay is worth 5). */
    static Map<String, Response> rightAnswers() {
        return Map.of("capital", new Selected(Set.of("astana")), "founded", new TrueOrFalse(true),
                "law-year", new Typed("2011"), "council", new Typed("  СОГЛАСИЕ "),
                "steps", new Ordered(List.of("listen", "agree", "sign")));
    }

    private long trainee(String username) {
        return ((kz.kelisim.security.KelisimPrincipal) users.loadUserByUsername(username)).accountId();
    }

    private List<Object> inTabsAtOnce(String username, int count, Callable<?> action) throws Exception {
        return AtTheSameMoment.run(tabs, () -> signIn(username), securityContext::clearContext,
                Collections.nCopies(count, action));
    }
}
