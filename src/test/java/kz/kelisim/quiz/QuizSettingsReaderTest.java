package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.kelisim.course.ContentProblem;
import kz.kelisim.quiz.QuizSettings.Draw;
import kz.kelisim.quiz.QuizSettings.Review;

class QuizSettingsReaderTest {

    private static final String SETTINGS = """
            quiz: final-test
            role: final-test
            draw:
              - {category: principles, count: 3}
              - {category: practice, count: 2}
            shuffle-options: false
            time-limit: 1h30m
            opens: 2026-03-02T09:00
            closes: 2026-03-06 18:00
            attempts: 2
            grading: average
            pass-mark: 60
            layout: all-on-one-page
            review:
              when: after-close
              right-answers: true
            """;

    @Test
    void reads_every_setting_and_fills_in_the_defaults() {
        List<ContentProblem> problems = new ArrayList<>();

        QuizSettings settings = read(SETTINGS, problems);

        assertThat(problems).isEmpty();
        assertThat(settings.draws()).containsExactly(new Draw("principles", 3), new Draw("practice", 2));
        assertThat(settings.questionCount()).isEqualTo(5);
        assertThat(settings.shuffleQuestions()).isTrue();
        assertThat(settings.shuffleOptions()).isFalse();
        assertThat(settings.timeLimit()).isEqualTo(Duration.ofMinutes(90));
        assertThat(settings.opens()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        assertThat(settings.closes()).isEqualTo(LocalDateTime.of(2026, 3, 6, 18, 0));
        assertThat(settings.attempts()).isEqualTo(2);
        assertThat(settings.grading()).isEqualTo(QuizSettings.Grading.AVERAGE);
        assertThat(settings.passMark()).isEqualTo(60);
        assertThat(settings.layout()).isEqualTo(QuizSettings.Layout.ALL_ON_ONE_PAGE);
        assertThat(settings.review()).isEqualTo(new Review(Review.When.AFTER_CLOSE, true, true, true));
        assertThat(settings.role()).isEqualTo(QuizSettings.Role.FINAL_TEST);
    }

    @Test
    void a_minimal_file_gets_one_attempt_half_marks_to_pass_and_answers_hidden() {
        QuizSettings settings = read("quiz: final-test\ndraw:\n  - {category: practice, count: 1}\n", new ArrayList<>());

        assertThat(settings.attempts()).isEqualTo(1);
        assertThat(settings.passMark()).isEqualTo(50);
        assertThat(settings.timeLimit()).isNull();
        assertThat(settings.review().rightAnswers()).isFalse();
        assertThat(settings.role()).isEqualTo(QuizSettings.Role.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            category-unknown    | 'category: practice, count: 2' | 'category: cases, count: 2'
            draw-too-many       | 'category: practice, count: 2' | 'category: practice, count: 7'
            count-invalid       | 'category: practice, count: 2' | 'category: practice, count: 0'
            time-limit-invalid  | 'time-limit: 1h30m'            | 'time-limit: soon'
            date-invalid        | 'opens: 2026-03-02T09:00'      | 'opens: 2 March'
            closes-before-opens | 'closes: 2026-03-06 18:00'     | 'closes: 2026-03-01 18:00'
            attempts-invalid    | 'attempts: 2'                  | 'attempts: -1'
            pass-mark-invalid   | 'pass-mark: 60'                | 'pass-mark: 160'
            code-unknown        | 'grading: average'             | 'grading: best'
            code-unknown        | 'when: after-close'            | 'when: tomorrow'
            quiz-id-mismatch    | 'quiz: final-test'             | 'quiz: pre-test'
            unknown-key         | 'layout: all-on-one-page'      | 'lay-out: all-on-one-page'
            time-limit-invalid  | 'time-limit: 1h30m'            | 'time-limit: 99999999999999999999'
            time-limit-invalid  | 'time-limit: 1h30m'            | 'time-limit: 9999999999999999h'
            draw-too-many       | '- {category: practice, count: 2}' | '- {category: practice, count: 4}\\n  - {category: practice, count: 3}'
            """)
    void each_mistake_is_named_with_its_line(String kind, String text, String replacement) {
        String broken = SETTINGS.replace(text, replacement.replace("\\n", "\n"));
        assertThat(broken).isNotEqualTo(SETTINGS);
        List<ContentProblem> problems = new ArrayList<>();

        read(broken, problems);

        assertThat(problems).extracting(ContentProblem::kind).containsExactly(kind);
        assertThat(problems.getFirst().line()).isEqualTo(lineOf(broken, replacement));
    }

    @Test
    void review_after_close_needs_a_closing_time() {
        List<ContentProblem> problems = new ArrayList<>();

        read(SETTINGS.replace("closes: 2026-03-06 18:00\n", ""), problems);

        assertThat(problems).extracting(ContentProblem::kind).containsExactly("review-needs-close");
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment.replace("\\n", "\n").lines().reduce((first, last) -> last).orElseThrow()
                    .strip())) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }

    private static QuizSettings read(String yaml, List<ContentProblem> problems) {
        return new QuizSettingsReader("sample/quizzes/final-test.yaml", "final-test",
                Map.of("principles", 6L, "practice", 6L), problems).read(yaml);
    }
}
