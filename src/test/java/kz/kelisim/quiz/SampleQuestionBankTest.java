package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import kz.kelisim.base.Language;
import kz.kelisim.course.CourseLoadStatus;
import kz.kelisim.course.CourseLoader;

/** Every course in the repository's courses/ folder loads with its bank; the sample uses every type. */
@SpringBootTest
class SampleQuestionBankTest {

    @Autowired
    CourseLoader loader;

    @Autowired
    CourseAssessmentService banks;

    @Test
    @WithUserDetails("admin")
    void every_course_in_the_repository_loads_with_its_question_bank() {
        assertThat(loader.reloadAll()).isNotEmpty().allSatisfy(status -> {
            assertThat(status.problems()).as(status.courseId()).isEmpty();
            assertThat(status.outcome()).isIn(CourseLoadStatus.Outcome.LOADED, CourseLoadStatus.Outcome.UNCHANGED);
        });
    }

    @Test
    @WithUserDetails("trainer")
    void sample_bank_uses_every_question_type_in_three_languages() {
        var questions = banks.questions("sample-ethnomediation");

        assertThat(questions).extracting(Question::type).containsAll(EnumSet.allOf(QuestionType.class));
        assertThat(questions).allSatisfy(question -> {
            assertThat(question.text().texts()).containsOnlyKeys(Language.KK, Language.RU, Language.EN);
            assertThat(question.feedback()).as("explanation of %s", question.id()).isNotNull();
        });
    }

    @Test
    @WithUserDetails("trainer")
    void the_sample_final_test_draws_three_questions_of_each_category() {
        QuizSettings finalTest = banks.quizzes("sample-ethnomediation").stream()
                .filter(quiz -> quiz.role() == QuizSettings.Role.FINAL_TEST).findFirst().orElseThrow();

        QuestionPaper paper = PaperDrawer.draw(finalTest, banks.questions("sample-ethnomediation"), 2026);

        assertThat(paper.questions()).hasSize(6);
        var categories = banks.questions("sample-ethnomediation").stream()
                .collect(java.util.stream.Collectors.toMap(Question::id, Question::category));
        assertThat(paper.questions()).extracting(question -> categories.get(question.questionId()))
                .containsExactlyInAnyOrder("principles", "principles", "principles", "practice", "practice", "practice");
    }

    @Test
    @WithUserDetails("trainer")
    void sample_quizzes_are_an_entry_test_a_practice_self_check_and_a_timed_final_test() {
        assertThat(banks.quizzes("sample-ethnomediation")).satisfiesExactly(
                preTest -> {
                    assertThat(preTest.role()).isEqualTo(QuizSettings.Role.PRE_TEST);
                    assertThat(preTest.attempts()).isEqualTo(1);
                    assertThat(preTest.questionCount()).isEqualTo(6);
                },
                selfCheck -> {
                    assertThat(selfCheck.quizId()).isEqualTo("self-check");
                    assertThat(selfCheck.attempts()).isZero();
                    assertThat(selfCheck.review().rightAnswers()).isTrue();
                },
                finalTest -> {
                    assertThat(finalTest.role()).isEqualTo(QuizSettings.Role.FINAL_TEST);
                    assertThat(finalTest.timeLimit()).isEqualTo(java.time.Duration.ofMinutes(20));
                    assertThat(finalTest.questionCount()).isEqualTo(6);
                });
    }
}
