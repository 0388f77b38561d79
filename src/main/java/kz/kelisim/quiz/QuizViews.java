package kz.kelisim.quiz;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import kz.kelisim.base.Language;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;

/** What the quiz screens show: only what the caller may see at that moment. */
public final class QuizViews {

    private QuizViews() {
    }

    /**
     * A quiz's page for a trainee: its rules, the trainee's attempts and what may be done next.
     * {@code refusal}: why no attempt may be started (a translation key), or null when one may;
     * {@code gradePercent}: the quiz grade by its grading method, null until an attempt is submitted
     * or when the review hides marks; {@code gradeFinal} false while an essay waits for a trainer.
     */
    public record QuizOverview(String courseId, String quizId, String courseTitle, String quizTitle,
            Language shownIn, Duration timeLimit, LocalDateTime opens, LocalDateTime closes, int attemptsAllowed,
            QuizSettings.Grading grading, double passMark, int questionCount, QuizSettings.Role role,
            List<AttemptSummary> attempts, Long attemptInProgress, String refusal, Double gradePercent,
            boolean passed, boolean gradeFinal) {

        public boolean mayStart() {
            return refusal == null;
        }
    }

    /** One attempt in a list. {@code percent} is null while marks are hidden or not yet known. */
    public record AttemptSummary(long id, int number, boolean submitted, Instant startedAt, Instant submittedAt,
            Double percent, int awaitingGrading, boolean reviewable) {
    }

    /**
     * An attempt in progress as the trainee takes it: the questions in their order, the answers
     * saved so far, and the deadline on the server's clock ({@code now} lets the page count down
     * without trusting the device's clock).
     */
    public record AttemptPage(long attemptId, String courseId, String quizId, String courseTitle, String quizTitle,
            int number, Language shownIn, QuizSettings.Layout layout, Instant deadline, Instant now, boolean submitted,
            List<PaperQuestion> questions, Map<String, Response> answers, Map<String, Instant> savedAt) {
    }

    /** What happened to an answer sent from the page. */
    public enum SaveOutcome {
        SAVED, TIME_UP, ALREADY_SUBMITTED
    }

    public record AnswerSaved(SaveOutcome outcome, Instant at) {
    }

    /**
     * A submitted attempt as its review shows it. Marks, right answers and feedback are null or
     * empty unless the quiz's review settings (or the caller's role) allow them.
     */
    public record AttemptReview(long attemptId, String courseId, String quizId, String courseTitle,
            String quizTitle, String traineeName, int number, Language shownIn, Instant startedAt,
            Instant submittedAt, boolean showsMarks, Double marks, double maxMarks, Double percent, Boolean passed,
            int awaitingGrading, List<ReviewedQuestion> questions) {
    }

    /**
     * A question of a reviewed attempt: what was answered and, as allowed, its marks, the right
     * answer ({@code solution}: the question with its answers) and feedback.
     */
    public record ReviewedQuestion(PaperQuestion question, Response response, Double marks, Double fraction,
            boolean awaitingTrainer, Question solution, List<String> feedback, String trainerComment) {
    }
}
