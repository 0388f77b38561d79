package kz.kelisim.quiz;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How a quiz activity of a course runs, from {@code quizzes/<quiz-id>.yaml}. Dates are the
 * academy's local time; a null time limit, opening or closing means none.
 *
 * @param draws     the questions: so many drawn at random from each category of the bank
 * @param attempts  attempts allowed; 0 for no limit
 * @param passMark  percent of the maximum needed to pass
 */
public record QuizSettings(String quizId, List<Draw> draws, boolean shuffleQuestions, boolean shuffleOptions,
        Duration timeLimit, LocalDateTime opens, LocalDateTime closes, int attempts, Grading grading,
        double passMark, Layout layout, Review review, Role role) {

    /** {@code count} questions drawn at random from {@code category}. */
    public record Draw(String category, int count) {
    }

    /** Which attempt counts when several are allowed. */
    public enum Grading {
        HIGHEST, LAST, AVERAGE
    }

    public enum Layout {
        ONE_PER_PAGE, ALL_ON_ONE_PAGE
    }

    /** What a trainee sees of a submitted attempt, and from when. */
    public record Review(When when, boolean marks, boolean rightAnswers, boolean feedback) {

        public enum When {
            NEVER, AFTER_SUBMIT, AFTER_CLOSE
        }
    }

    /** A course's pre-test and final test are compared to show each trainee's gain. */
    public enum Role {
        NONE, PRE_TEST, FINAL_TEST
    }

    public int questionCount() {
        return draws.stream().mapToInt(Draw::count).sum();
    }
}
