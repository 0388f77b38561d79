package kz.kelisim.course;

/**
 * When a trainee has completed a course: every lesson viewed (if {@code allLessons}) and, if
 * {@code passQuiz} names a quiz activity, that quiz passed.
 */
public record CompletionRule(boolean allLessons, String passQuiz) {

    public boolean requiresQuiz() {
        return passQuiz != null;
    }
}
