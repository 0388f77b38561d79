package kz.kelisim.certificate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import kz.kelisim.course.CourseCompleted;

/**
 * Remembers who completed which course, after the completion is committed, so staff can issue course
 * certificates; courses know nothing of certificates.
 */
@Component
class CourseCompletionListener {

    private final CourseCompletionRepository completions;

    CourseCompletionListener(CourseCompletionRepository completions) {
        this.completions = completions;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CourseCompleted event) {
        if (!completions.existsById(new CourseCompletion.Key(event.userId(), event.courseId()))) {
            completions.save(new CourseCompletion(event.userId(), event.courseId(), event.completedAt()));
        }
    }
}
