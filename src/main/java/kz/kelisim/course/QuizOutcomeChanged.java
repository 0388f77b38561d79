package kz.kelisim.course;

/**
 * Published by the assessments feature when a trainee's result on a course's quiz may have changed
 * (an attempt submitted, an essay graded, attempts regraded): courses then check completion again,
 * asking {@link QuizResults}. Courses define it so they never depend on who publishes it.
 */
public record QuizOutcomeChanged(long userId, String courseId) {
}
