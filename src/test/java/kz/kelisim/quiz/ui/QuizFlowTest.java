package kz.kelisim.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.TestClock;
import kz.kelisim.UiTest;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseFixture;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.quiz.QuestionPaper.PaperOption;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.GradingService.EssayToGrade;
import kz.kelisim.quiz.QuizFixture;
import kz.kelisim.quiz.Response;
import kz.kelisim.ui.DecimalField;

/** A trainee takes a quiz in the (mocked) browser: answers save as given, time runs out, the attempt resumes, the review shows. */
@Import(TestClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class QuizFlowTest extends UiTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient seminarRows;

    /** A trainer reads only the results of trainees in the seminars they run: the demo trainer ran one. */
    @org.junit.jupiter.api.BeforeEach
    void theDemoTrainerRanASeminarWithTheDemoTrainees() {
        kz.kelisim.seminar.TrainerFixture.trainerRanASeminarWith(seminarRows, "trainer", "trainee", "trainee2",
                "trainee3", "trainee4", "trainee5");
    }

    private static final Path FOLDER = CourseFixture.temporaryFolder("kelisim-quiz-ui");
    private static final AtomicInteger COURSES = new AtomicInteger();
    private static final String REVIEW_OF_FIRST = "1-талпынысты қарау";

    @DynamicPropertySource
    static void coursesFolder(DynamicPropertyRegistry registry) {
        registry.add("kelisim.courses.dir", FOLDER::toString);
    }

    @Autowired
    TestClock clock;

    @Autowired
    CourseLoader loader;

    @Autowired
    CourseCatalogue catalogue;

    @Autowired
    AttemptService quizzes;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** A fresh course with the fixture's quiz, the trainee enrolled and signed in. */
    private String courseFor(String trainee, String settings) {
        String id = "quiz-ui-" + COURSES.incrementAndGet();
        QuizFixture.writeCourse(FOLDER, id, settings);
        signInAs("admin");
        loader.reloadAll();
        signInAs(trainee);
        catalogue.enrol(id);
        return id;
    }

    private void openQuiz(String courseId) {
        UI.getCurrent().navigate(QuizView.class, QuizView.parameters(courseId, QuizFixture.QUIZ));
    }

    @Test
    void trainee_answers_leaves_comes_back_on_another_device_submits_and_reviews() {
        String course = courseFor("trainee2", QuizFixture.SETTINGS);
        openQuiz(course);
        assertThat(_get(H1.class).getText()).isEqualTo("Өзін-өзі тексеру");
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<PaperOption> capital = _get(RadioButtonGroup.class);
        PaperOption astana = capital.getListDataView().getItems().filter(option -> option.id().equals("astana"))
                .findFirst().orElseThrow();
        _setValue(capital, astana);
        assertThat(_get(Span.class, spec -> spec.withClasses("save-status")).getText()).startsWith("Сақталды");
        assertThat(_get(Button.class, spec -> spec.withId("nav-1")).hasClassName("answered")).isTrue();

        _click(_get(Button.class, spec -> spec.withId("nav-6")));
        _setValue(_get(TextArea.class), "Келісім — ортақ үйіміздің іргетасы.");

        startBrowserSession();
        openQuiz(course);
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PaperOption> resumed = _get(RadioButtonGroup.class);
        assertThat(resumed.getValue()).isEqualTo(astana);
        assertThat(_get(Button.class, spec -> spec.withId("nav-6")).hasClassName("answered")).isTrue();
        _click(_get(Button.class, spec -> spec.withId("nav-6")));
        assertThat(_get(TextArea.class).getValue()).isEqualTo("Келісім — ортақ үйіміздің іргетасы.");

        _click(_get(Button.class, spec -> spec.withId("attempt-submit")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Талпыныс жіберілді.");
        assertThat(_get(H1.class).getText()).as("the review shows at once").isEqualTo(REVIEW_OF_FIRST);
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-marks")).getText()).isEqualTo("Балл: 10 ішінен 1 (10 %)");

        openQuiz(course);
        assertThat(_get(Span.class, spec -> spec.withId("quiz-grade")).getText())
                .isEqualTo("Әзірге бағаңыз: 10 %. Эссе тренердің тексеруін күтуде, баға әлі түпкілікті емес.");
        Grid<?> attempts = _get(Grid.class, spec -> spec.withId("quiz-attempts"));
        RouterLinkKt._click((RouterLink) GridKt._getCellComponent(attempts, 0, "review"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-marks")).getText()).isEqualTo("Балл: 10 ішінен 1 (10 %)");
        assertThat(_find(Div.class, spec -> spec.withClasses("review-right-answer")))
                .extracting(div -> div.getElement().getTextRecursively()).contains("Дұрыс жауап: 2011", "Дұрыс жауап: Астана");
    }

    @Test
    void an_ordering_left_as_shown_says_it_is_not_answered_until_the_trainee_takes_that_order() {
        String course = courseFor("trainee5", QuizFixture.SETTINGS);
        openQuiz(course);
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        _click(_get(Button.class, spec -> spec.withId("nav-5")));

        assertThat(_get(Span.class, spec -> spec.withClasses("question-not-answered")).getText())
                .startsWith("Әзірге жауап берілмеді");
        assertThat(_get(Button.class, spec -> spec.withId("nav-5")).hasClassName("answered")).isFalse();
        _click(_get(Button.class, spec -> spec.withClasses("order-keep")));

        assertThat(_get(Button.class, spec -> spec.withId("nav-5")).hasClassName("answered")).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("question-5")).getElement().getTextRecursively())
                .contains("Сақталды").doesNotContain("Әзірге жауап берілмеді");
    }

    @Test
    void reloading_the_attempt_page_returns_to_the_question_in_its_address() {
        String course = courseFor("trainee", QuizFixture.SETTINGS);
        openQuiz(course);
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        String attempt = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        UI.getCurrent().navigate(attempt, QueryParameters.of("question", "4"));

        assertThat(_get(Button.class, spec -> spec.withId("nav-4")).getElement().getAttribute("aria-current"))
                .isEqualTo("step");
        assertThat(_find(Div.class, spec -> spec.withClasses("question"))).extracting(Div::getId)
                .containsExactly(Optional.of("question-4"));
    }

    @Test
    void another_trainees_attempt_is_not_found_in_progress_and_in_review_and_nothing_is_logged_as_an_error(
            CapturedOutput output) {
        String course = courseFor("trainee2", QuizFixture.SETTINGS);
        long attemptId = quizzes.startOrResume(course, QuizFixture.QUIZ);
        signInAs("trainee4");

        UI.getCurrent().navigate(AttemptView.class, AttemptView.parameters(attemptId));
        assertThat(_get(H1.class).getText()).isEqualTo("Бет табылмады");
        signInAs("trainee2");
        quizzes.submit(attemptId);
        signInAs("trainee4");
        UI.getCurrent().navigate(AttemptReviewView.class, AttemptView.parameters(attemptId));
        assertThat(_get(H1.class).getText()).isEqualTo("Бет табылмады");

        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void when_time_runs_out_the_attempt_is_submitted_and_the_trainee_is_told() {
        String course = courseFor("trainee4", QuizFixture.SETTINGS + "time-limit: 15m\n");
        openQuiz(course);
        _click(_get(Button.class, spec -> spec.withId("quiz-start")));
        assertThat(_get(Span.class, spec -> spec.withId("attempt-timer"))).isNotNull();
        AttemptView attempt = _get(AttemptView.class);

        clock.advance(Duration.ofMinutes(15));
        attempt.timeUp();

        NotificationsKt.expectNotifications("Уақыт бітті. Талпыныс мерзімге дейін сақталған барлық жауаппен жіберілді.");
        assertThat(_get(H1.class).getText()).isEqualTo("Өзін-өзі тексеру");
        _assertNone(AttemptView.class);
        assertThat(_get(Button.class, spec -> spec.withId("quiz-start")).getText()).isEqualTo("Жаңа талпыныс бастау");
    }

    @Test
    void trainer_grades_an_essay_from_the_queue_and_the_trainee_sees_the_grade() {
        String course = courseFor("trainee3", QuizFixture.SETTINGS);
        long attemptId = quizzes.startOrResume(course, QuizFixture.QUIZ);
        quizzes.saveAnswer(attemptId, "reflection", new Response.Typed("Диалог — келісімнің кілті."));
        quizzes.submit(attemptId);

        signInAs("trainer");
        UI.getCurrent().navigate(GradingView.class);
        @SuppressWarnings("unchecked")
        Grid<EssayToGrade> essays = _get(Grid.class, spec -> spec.withId("grading-essays"));
        EssayToGrade essay = GridKt._findAll(essays).stream().filter(item -> item.attemptId() == attemptId)
                .findFirst().orElseThrow();
        essays.asSingleSelect().setValue(essay);
        assertThat(_get(Div.class, spec -> spec.withId("grading-essay")).getElement().getTextRecursively())
                .isEqualTo("Диалог — келісімнің кілті.");
        DecimalField marks = _get(DecimalField.class, spec -> spec.withId("grading-marks"));
        _setValue(_get(marks, TextField.class), "7");
        _click(_get(Button.class, spec -> spec.withId("grading-save")));
        assertThat(marks.getErrorMessage()).isEqualTo("Балл 0-ден 5-ге дейін болуы керек.");
        _setValue(_get(marks, TextField.class), "4,5");
        assertThat(marks.getValue()).as("a decimal comma, as trainers type it").isEqualByComparingTo("4.5");
        _setValue(_get(TextArea.class, spec -> spec.withId("grading-comment")), "Ой анық, мысал келтіріңіз.");
        _click(_get(Button.class, spec -> spec.withId("grading-save")));
        assertThat(GridKt._findAll(essays)).noneMatch(item -> item.attemptId() == attemptId);

        signInAs("trainee3");
        UI.getCurrent().navigate(AttemptReviewView.class, AttemptView.parameters(attemptId));
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-marks")).getText()).isEqualTo("Балл: 10 ішінен 4,5 (45 %)");
        assertThat(_find(Div.class, spec -> spec.withClasses("review-comment")))
                .extracting(div -> div.getElement().getTextRecursively()).containsExactly("Тренер: Ой анық, мысал келтіріңіз.");
    }
}
