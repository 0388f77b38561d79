package kz.kelisim.course;

/**
 * Whether a trainee passed a course's quiz activity: supplied by the assessments feature, which
 * depends on courses, not the reverse. Until a bean exists, no quiz counts as passed, so a course
 * whose rules require one cannot be completed yet.
 */
public interface QuizResults {

    boolean hasPassed(long userId, String courseId, String quizActivityId);
}
