package kz.kelisim.quiz;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.course.QuizResults;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells courses whether a trainee passed a quiz: the quiz grade (by its grading method) reaches the
 * pass mark. An essay still waiting for a trainer counts nothing until graded.
 */
@Component
class AttemptQuizResults implements QuizResults {

    private final AttemptRepository attempts;
    private final CourseAssessmentRepository banks;
    private final JsonMapper json;

    AttemptQuizResults(AttemptRepository attempts, CourseAssessmentRepository banks, JsonMapper json) {
        this.attempts = attempts;
        this.banks = banks;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasPassed(long userId, String courseId, String quizActivityId) {
        return banks.findById(courseId).stream()
                .flatMap(bank -> CourseAssessmentService.quizzesOf(json, bank).stream())
                .filter(settings -> settings.quizId().equals(quizActivityId))
                .findFirst()
                .map(settings -> QuizGrade.of(settings,
                        attempts.findByUserIdAndCourseIdAndQuizIdOrderByNumber(userId, courseId, quizActivityId))
                        .orElse(-1) >= settings.passMark())
                .orElse(false);
    }
}
