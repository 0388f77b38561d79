package kz.kelisim.course;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that computes progress and completion from a course's rules, and publishes
 * {@link CourseCompleted} exactly once per trainee and course. Called by the learning services
 * (which check permissions) for the caller's own enrolment.
 */
@Service
class ProgressService {

    private final LessonProgressRepository progress;
    private final EnrolmentRepository enrolments;
    private final ObjectProvider<QuizResults> quizResults;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressService(LessonProgressRepository progress, EnrolmentRepository enrolments,
            ObjectProvider<QuizResults> quizResults, ApplicationEventPublisher events, Clock clock) {
        this.progress = progress;
        this.enrolments = enrolments;
        this.quizResults = quizResults;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CourseProgress progressOf(Enrolment enrolment, CourseContent content) {
        Set<String> lessonIds = content.lessons().stream().map(CourseContent.Lesson::id).collect(Collectors.toSet());
        Set<String> done = progress.findByUserIdAndCourseId(enrolment.getUserId(), enrolment.getCourseId()).stream()
                .map(LessonProgress::getLessonId)
                .filter(lessonIds::contains)
                .collect(Collectors.toCollection(HashSet::new));
        boolean quizRequired = content.completion().requiresQuiz();
        boolean quizPassed = quizRequired && quizPassed(enrolment, content);
        return new CourseProgress(done.size(), lessonIds.size(), Set.copyOf(done), quizRequired, quizPassed,
                enrolment.getCompletedAt());
    }

    /**
     * Records a completed lesson (once, however often it is sent), then completes the course if its
     * rules are now met. Runs in the caller's transaction, which holds the enrolment's lock.
     */
    @Transactional
    CourseProgress recordLessonDone(Enrolment enrolment, CourseContent content, String lessonId) {
        LessonProgress.Key key = new LessonProgress.Key(enrolment.getUserId(), enrolment.getCourseId(), lessonId);
        if (!progress.existsById(key)) {
            progress.save(new LessonProgress(key.userId(), key.courseId(), lessonId, clock.instant()));
        }
        return completeIfDue(enrolment, content);
    }

    /** Completes the course when the rules are met and it was not completed before. */
    @Transactional
    CourseProgress completeIfDue(Enrolment enrolment, CourseContent content) {
        CourseProgress now = progressOf(enrolment, content);
        boolean lessonsMet = !content.completion().allLessons() || now.lessonsDone() == now.lessonsTotal();
        boolean quizMet = !now.quizRequired() || now.quizPassed();
        if (now.completed() || !lessonsMet || !quizMet) {
            return now;
        }
        var completedAt = clock.instant();
        if (enrolments.markCompleted(enrolment.getId(), completedAt) == 1) {
            events.publishEvent(new CourseCompleted(enrolment.getUserId(), enrolment.getCourseId(), content.version(),
                    completedAt));
        }
        Enrolment reread = enrolments.findById(enrolment.getId()).orElseThrow();
        return progressOf(reread, content);
    }

    private boolean quizPassed(Enrolment enrolment, CourseContent content) {
        QuizResults results = quizResults.getIfAvailable();
        return results != null
                && results.hasPassed(enrolment.getUserId(), enrolment.getCourseId(), content.completion().passQuiz());
    }
}
