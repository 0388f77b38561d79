package kz.kelisim.course;

import java.time.Instant;
import java.util.Set;

/**
 * A trainee's standing in a course, computed from the course's completion rules: lessons done of
 * the lessons the course has now, whether the required quiz is passed, and when it was completed.
 */
public record CourseProgress(int lessonsDone, int lessonsTotal, Set<String> doneLessonIds, boolean quizRequired,
        boolean quizPassed, Instant completedAt) {

    public int percent() {
        return lessonsTotal == 0 ? 0 : Math.round(100f * lessonsDone / lessonsTotal);
    }

    public boolean completed() {
        return completedAt != null;
    }

    public boolean isDone(String lessonId) {
        return doneLessonIds.contains(lessonId);
    }
}
