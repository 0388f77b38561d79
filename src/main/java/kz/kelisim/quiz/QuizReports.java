package kz.kelisim.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import kz.kelisim.quiz.QuizStatistics.QuestionStatistics;

/** What the trainers' test reports show. Percentages are of the maximum mark. */
public final class QuizReports {

    private QuizReports() {
    }

    /** A course that has quizzes, titled in the reader's language. */
    public record ReportCourse(String courseId, String title) {
    }

    /**
     * A quiz of a course with its counts: submitted attempts, trainees who submitted one, and essays
     * of submitted attempts still waiting for a trainer.
     */
    public record QuizSummary(String quizId, String title, QuizSettings.Role role, long attempts, long trainees,
            long essaysAwaiting) {
    }

    /** Which submitted attempts the statistics analyse (Moodle's "attempts to analyse"). */
    public enum AttemptsToAnalyse {
        /** Every submitted attempt of every trainee. */
        ALL,
        /** Each trainee's first attempt only: the one least shaped by having seen the questions before. */
        FIRST
    }

    /**
     * A quiz's statistics. {@code analysed}: the attempts in the figures; attempts left out are
     * counted: those whose essays still wait for a trainer (their grade is not final) and those drawn
     * under earlier settings with another number of questions. {@code statistics} is empty (and
     * {@code slots} too) when fewer than {@link QuizReportService#MIN_ATTEMPTS} attempts are analysed.
     */
    public record QuizReport(String courseId, String quizId, String quizTitle, AttemptsToAnalyse attemptsToAnalyse,
            int analysed, long leftOutAwaitingGrading, int leftOutOtherSettings, Optional<QuizStatistics> statistics,
            List<SlotReport> slots) {
    }

    /**
     * One place of the quiz (its slot, numbered from 1 in the order of the quiz's draws before any
     * shuffling) with the questions the analysed attempts held there and its figures.
     */
    public record SlotReport(int number, double maxMarks, List<SlotQuestion> questions, QuestionStatistics figures,
            Set<Attention> attention) {
    }

    /** A question seen in a slot, and by how many of the analysed attempts. */
    public record SlotQuestion(String questionId, String text, long attempts) {
    }

    /** Why a slot's question deserves a second look. */
    public enum Attention {
        /** Facility under 10 %: almost nobody earns its marks. */
        TOO_HARD,
        /** Facility over 90 %: almost everybody earns its marks. */
        TOO_EASY,
        /** Discrimination index under 20: it hardly separates strong from weak trainees. */
        WEAK_DISCRIMINATION,
        /** Discrimination index under 0: weak trainees do better on it than strong ones (a wrong key?). */
        NEGATIVE_DISCRIMINATION
    }

    /**
     * Each trainee's grades on the course's pre-test and final test, each by its quiz's grading
     * method, and the gain. A title is null when the course has no such test. Group means: pre-test
     * and final test over everyone who took it; gains over the trainees who took both.
     */
    public record GainsReport(String courseId, String preTestTitle, String finalTestTitle, List<TraineeGain> trainees,
            OptionalDouble meanPre, OptionalDouble meanFinal, OptionalDouble meanGain,
            OptionalDouble meanNormalisedGain, int withBoth) {

        public boolean hasTests() {
            return preTestTitle != null || finalTestTitle != null;
        }
    }

    /**
     * One trainee's grades in percent; {@code gain} in percentage points (final minus pre);
     * {@code normalisedGain} Hake's (final - pre) / (100 - pre), a share of what was left to learn,
     * undefined when the pre-test grade is 100. {@code provisional}: an essay of a counted attempt
     * still waits for a trainer.
     */
    public record TraineeGain(long traineeId, String name, OptionalDouble prePercent, OptionalDouble finalPercent,
            OptionalDouble gain, OptionalDouble normalisedGain, boolean provisional) {
    }

    /** A submitted attempt in the trainers' list, with its review open to them. */
    public record AttemptRow(long attemptId, String traineeName, int number, Instant submittedAt, double percent,
            int awaitingGrading) {
    }
}
