package kz.kelisim.course;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a course whose rules ask for a passed quiz as soon as the quiz is passed. Runs in the
 * publisher's transaction, so the completion stands or falls with the result that caused it.
 */
@Component
class QuizOutcomeListener {

    private final EnrolmentRepository enrolments;
    private final CourseRepository courses;
    private final CourseStore store;
    private final ProgressService progress;

    QuizOutcomeListener(EnrolmentRepository enrolments, CourseRepository courses, CourseStore store,
            ProgressService progress) {
        this.enrolments = enrolments;
        this.courses = courses;
        this.store = store;
        this.progress = progress;
    }

    @EventListener
    @Transactional
    void on(QuizOutcomeChanged event) {
        courses.findById(event.courseId()).ifPresent(course -> enrolments
                .lockByUserIdAndCourseId(event.userId(), event.courseId())
                .ifPresent(enrolment -> progress.completeIfDue(enrolment, store.contentOf(course))));
    }
}
