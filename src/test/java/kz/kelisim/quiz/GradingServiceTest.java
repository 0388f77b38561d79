package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.CourseFixture;
import kz.kelisim.quiz.GradingService.EssayToGrade;
import kz.kelisim.quiz.Response.Selected;
import kz.kelisim.quiz.Response.Typed;

/** Trainers grade essays and corrected questions regrade attempts, on the real database. */
@Tag("persistence")
class GradingServiceTest extends QuizTestSupport {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient seminarRows;

    /** A trainer reads only the results of trainees in the seminars they run: the demo trainer ran one. */
    @org.junit.jupiter.api.BeforeEach
    void theDemoTrainerRanASeminarWithTheDemoTrainees() {
        kz.kelisim.seminar.TrainerFixture.trainerRanASeminarWith(seminarRows, "trainer", "trainee", "trainee2",
                "trainee3", "trainee4", "trainee5");
    }

    private static final String ESSAY = "Келісім — бірлігіміздің негізі.";

    @Autowired
    AttemptService quizzes;

    @Autowired
    GradingService grading;

    @Autowired
    kz.kelisim.user.AccountAdministration administration;

    @Autowired
    AttemptRepository attempts;

    /** The trainee answers every question right but the capital, writes the essay and submits. */
    private long submitted(String course, String trainee, String capital) {
        enrol(trainee, course);
        return as(trainee, () -> {
            long id = quizzes.startOrResume(course, QuizFixture.QUIZ);
            AttemptServiceTest.rightAnswers().forEach((question, response) -> quizzes.saveAnswer(id, question, response));
            quizzes.saveAnswer(id, "capital", new Selected(Set.of(capital)));
            quizzes.saveAnswer(id, "reflection", new Typed(ESSAY));
            quizzes.submit(id);
            return id;
        });
    }

    private EssayToGrade waitingFor(long attemptId) {
        return as("trainer", () -> grading.essaysWaiting(PageRequest.of(0, 1000), Language.KK)).stream()
                .filter(essay -> essay.attemptId() == attemptId).findFirst().orElseThrow();
    }

    @Test
    void a_graded_essay_completes_the_total_and_passing_completes_the_course() {
        String course = course();
        long id = submitted(course, "trainee5", "astana");
        assertThat(as("trainee5", () -> catalogue.course(course, Language.KK).orElseThrow().progress().completed()))
                .as("5 of 10 with the essay waiting: not passed").isFalse();

        EssayToGrade essay = waitingFor(id);
        assertThat(essay.essay()).isEqualTo(ESSAY);
        assertThat(essay.quizTitle()).isEqualTo("Өзін-өзі тексеру");
        assertThat(essay.maxMarks()).isEqualTo(5.0);
        doAs("trainer", () -> grading.gradeEssay(essay.answerId(), 3, "  Жақсы ой, мысал жетіспейді. "));

        Attempt graded = attempts.findById(id).orElseThrow();
        assertThat(graded.getMarks()).isEqualTo(8.0);
        assertThat(graded.getAwaitingGrading()).isZero();
        assertThat(as("trainee5", () -> catalogue.course(course, Language.KK).orElseThrow().progress().completed()))
                .as("80 % reaches the pass mark of 60: the course is completed").isTrue();
        var review = as("trainee5", () -> quizzes.review(id, Language.KK));
        assertThat(review.questions()).filteredOn(question -> question.question().questionId().equals("reflection"))
                .singleElement().satisfies(question -> {
                    assertThat(question.marks()).isEqualTo(3.0);
                    assertThat(question.trainerComment()).isEqualTo("Жақсы ой, мысал жетіспейді.");
                });
        assertThat(as("trainer", () -> grading.essaysWaiting(PageRequest.of(0, 1000), Language.KK)))
                .noneMatch(waiting -> waiting.attemptId() == id);
    }

    @Test
    void marks_out_of_range_are_refused_and_change_nothing() {
        String course = course();
        long id = submitted(course, "trainee", "astana");
        long answerId = waitingFor(id).answerId();

        for (double marks : new double[] {-1, 5.5, Double.NaN}) {
            assertThatThrownBy(() -> doAs("trainer", () -> grading.gradeEssay(answerId, marks, ""))).isInstanceOf(RuleViolation.class).hasMessage("grading.error.marks-range");
        }
        assertThatThrownBy(() -> doAs("trainer", () -> grading.gradeEssay(answerId, 2, "ә".repeat(GradingService.MAX_COMMENT_LENGTH + 1)))).hasMessage("grading.error.comment-too-long");

        assertThat(attempts.findById(id).orElseThrow().getAwaitingGrading()).isEqualTo(1);
    }

    @Test
    void a_second_trainer_grading_the_same_essay_is_told_it_was_graded_meanwhile() {
        String course = course();
        long id = submitted(course, "trainee4", "astana");
        long answerId = waitingFor(id).answerId();
        doAs("trainer", () -> grading.gradeEssay(answerId, 5, "Өте жақсы."));

        assertThatThrownBy(() -> doAs("trainer", () -> grading.gradeEssay(answerId, 1, "")))
                .hasMessage("grading.error.already-graded");
        assertThat(attempts.findById(id).orElseThrow().getMarks()).isEqualTo(5.0 + 5);
    }

    @Test
    void a_question_whose_options_changed_keeps_its_old_version_in_the_attempts() {
        String course = course();
        long id = submitted(course, "trainee4", "almaty");
        CourseFixture.replace(FOLDER.resolve(course).resolve("questions/basics.yaml"),
                "      - {id: almaty, text: {kk: Алматы, ru: Алматы, en: Almaty}}",
                "      - {id: shymkent, text: {kk: Шымкент, ru: Шымкент, en: Shymkent}}");
        doAs("admin", () -> loader.reloadAll());

        assertThat(attempts.findById(id).orElseThrow().getMarks()).as("almaty was wrong and stays wrong").isEqualTo(4.0);
        assertThat(as("trainee4", () -> quizzes.review(id, Language.RU)).questions())
                .filteredOn(question -> question.question().questionId().equals("capital")).singleElement()
                .satisfies(question -> assertThat(question.question().options()).extracting(option -> option.id())
                        .containsExactlyInAnyOrder("astana", "almaty"));
    }

    @Test
    void a_trainer_grades_only_the_essays_of_trainees_in_the_seminars_they_run() {
        String course = course();
        long id = submitted(course, "trainee3", "astana");
        long answerId = waitingFor(id).answerId();
        String other = as("admin", () -> administration.create(new kz.kelisim.user.AccountAdministration.NewAccountRequest(
                "Эссе тексермейтін тренер " + course, null, null, Set.of(kz.kelisim.security.Roles.TRAINER)))).username();
        kz.kelisim.seminar.TrainerFixture.trainerRanASeminarTitled(seminarRows, "Тест: " + other, other, "trainee5");

        assertThat(as(other, () -> grading.essaysWaiting(PageRequest.of(0, 1000), Language.KK)))
                .noneMatch(essay -> essay.attemptId() == id);
        assertThatThrownBy(() -> doAs(other, () -> grading.gradeEssay(answerId, 5, "")))
                .hasMessage("grading.error.not-found");
        assertThat(attempts.findById(id).orElseThrow().getAwaitingGrading()).isEqualTo(1);
        assertThat(as("staff", () -> grading.essaysWaiting(PageRequest.of(0, 1000), Language.KK)))
                .anyMatch(essay -> essay.attemptId() == id);
    }

    @Test
    void trainees_cannot_read_or_grade_essays() {
        String course = course();
        long id = submitted(course, "trainee2", "astana");
        long answerId = waitingFor(id).answerId();

        assertThatThrownBy(() -> as("trainee2", () -> grading.essaysWaiting(PageRequest.of(0, 10), Language.KK)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> doAs("trainee2", () -> grading.gradeEssay(answerId, 5, ""))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void correcting_a_question_regrades_every_attempt_that_holds_it_and_keeps_the_trainers_grades() {
        String course = course();
        long id = submitted(course, "trainee3", "almaty");
        long answerId = waitingFor(id).answerId();
        doAs("trainer", () -> grading.gradeEssay(answerId, 4, ""));
        assertThat(attempts.findById(id).orElseThrow().getMarks()).isEqualTo(4.0 + 4);

        // the author turns the key the other way round (to test regrading, not geography) and doubles the mark
        CourseFixture.replace(FOLDER.resolve(course).resolve("questions/basics.yaml"), "{id: astana, right: true,",
                "{id: astana,");
        CourseFixture.replace(FOLDER.resolve(course).resolve("questions/basics.yaml"),
                "      - {id: almaty, text: {kk: Алматы, ru: Алматы, en: Almaty}}",
                "      - {id: almaty, right: true, text: {kk: Алматы, ru: Алматы, en: Almaty}}");
        CourseFixture.replace(FOLDER.resolve(course).resolve("questions/basics.yaml"),
                "  - id: capital\n    type: single-choice\n", "  - id: capital\n    type: single-choice\n    mark: 2\n");
        as("admin", () -> loader.reloadAll());

        Attempt regraded = attempts.findById(id).orElseThrow();
        assertThat(regraded.getMaxMarks()).isEqualTo(11.0);
        assertThat(as("trainee3", () -> quizzes.review(id, Language.KK)).questions())
                .filteredOn(question -> question.question().questionId().equals("capital")).singleElement()
                .satisfies(question -> {
                    assertThat(question.question().mark()).as("the paper shows the corrected mark").isEqualTo(2.0);
                    assertThat(question.marks()).isEqualTo(2.0);
                });
        assertThat(regraded.getMarks()).as("2 for the capital now, 4 right answers, the trainer's 4").isEqualTo(2 + 4 + 4.0);
    }
}
