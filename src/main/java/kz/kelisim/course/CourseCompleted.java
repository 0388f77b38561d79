package kz.kelisim.course;

import java.time.Instant;

/**
 * Published once when a trainee meets a course's completion rules. Certificates listen to it;
 * courses never call certificates.
 */
public record CourseCompleted(long userId, String courseId, String courseVersion, Instant completedAt) {
}
