package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.course.CourseFixture;
import kz.kelisim.course.CourseFolderTest;
import kz.kelisim.course.CourseLoadStatus;
import kz.kelisim.course.CourseLoader;

/** A question bank loads with its course, whole or not at all, on the real database. */
@Transactional
@Tag("persistence")
class QuestionBankLoadingTest extends CourseFolderTest {

    private static final String ID = "bank-test";
    private static final String BANK = """
            category: basics
            title: {kk: Негіздер, ru: Основы, en: Basics}
            questions:
              - {id: founded, type: true-false, answer: true, text: {kk: 1995 жыл, ru: 1995 год, en: Year 1995}}
              - {id: law-year, type: numeric, number: 2011, text: {kk: Жыл, ru: Год, en: Year}}
            """;

    @Autowired
    CourseLoader loader;

    @Autowired
    CourseAssessmentService banks;

    Path course;

    @BeforeEach
    void writeCourse() {
        course = CourseFixture.writeCourse(FOLDER, ID);
        CourseFixture.write(course.resolve("questions/basics.yaml"), BANK);
    }

    @Test
    @WithUserDetails("admin")
    void bank_is_stored_with_its_course() {
        CourseFixture.write(course.resolve("questions/.gitkeep"), "");

        assertThat(statusOf(loader.reloadAll()).outcome()).isEqualTo(CourseLoadStatus.Outcome.LOADED);

        assertThat(banks.questions(ID)).extracting(Question::id).containsExactly("founded", "law-year");
    }

    @Test
    @WithUserDetails("admin")
    void a_broken_bank_rejects_the_course_and_the_version_before_stays_with_its_bank() {
        loader.reloadAll();
        CourseFixture.replace(course.resolve("questions/basics.yaml"), "type: numeric", "type: number");
        CourseFixture.replace(course.resolve("course.yaml"), "version: \"1\"", "version: \"2\"");

        CourseLoadStatus status = statusOf(loader.reloadAll());

        assertThat(status.outcome()).isEqualTo(CourseLoadStatus.Outcome.REJECTED);
        assertThat(status.liveVersion()).isEqualTo("1");
        assertThat(status.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo("question-type-unknown");
            assertThat(problem.location()).isEqualTo(ID + "/questions/basics.yaml:5");
        });
        assertThat(banks.questions(ID)).extracting(Question::id).containsExactly("founded", "law-year");
    }

    @Test
    @WithUserDetails("admin")
    void a_course_without_a_questions_folder_has_an_empty_bank() throws IOException {
        Files.delete(course.resolve("questions/basics.yaml"));
        Files.delete(course.resolve("questions"));

        assertThat(statusOf(loader.reloadAll()).problems()).isEmpty();
        assertThat(banks.questions(ID)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void every_quiz_activity_needs_its_settings_and_every_settings_file_its_quiz() {
        CourseFixture.replace(course.resolve("course.yaml"), """
                          - id: handout
                """, """
                          - id: final-test
                            type: quiz
                            title: {kk: Тест, ru: Тест, en: Test}
                          - id: handout
                """);
        CourseFixture.write(course.resolve("quizzes/old-test.yaml"), "quiz: old-test\n");

        CourseLoadStatus status = statusOf(loader.reloadAll());

        assertThat(status.problems()).extracting(problem -> problem.kind() + " " + problem.file())
                .containsExactlyInAnyOrder("quiz-unknown " + ID + "/quizzes/old-test.yaml",
                        "quiz-settings-missing " + ID + "/quizzes/final-test.yaml");

        java.nio.file.Path oldTest = course.resolve("quizzes/old-test.yaml");
        oldTest.toFile().delete();
        CourseFixture.write(course.resolve("quizzes/final-test.yaml"), """
                quiz: final-test
                role: final-test
                draw:
                  - {category: basics, count: 2}
                """);
        assertThat(statusOf(loader.reloadAll()).problems()).isEmpty();
        assertThat(banks.quizzes(ID)).singleElement().satisfies(quiz -> {
            assertThat(quiz.role()).isEqualTo(QuizSettings.Role.FINAL_TEST);
            assertThat(quiz.questionCount()).isEqualTo(2);
        });
    }

    @Test
    @WithUserDetails("trainee")
    void trainees_never_read_a_bank_with_its_answers() {
        assertThatThrownBy(() -> banks.questions(ID)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> banks.quizzes(ID)).isInstanceOf(AccessDeniedException.class);
    }

    private static CourseLoadStatus statusOf(List<CourseLoadStatus> report) {
        return report.stream().filter(status -> status.courseId().equals(ID)).findFirst().orElseThrow();
    }
}
