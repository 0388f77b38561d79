package kz.kelisim.course;

import java.time.Instant;

/**
 * Published once when a trainee meets a course's completion rules. Certificates listen to it;
 * courses never call certificates. It is published inside the transaction that records the
 * completion: listen with {@code @TransactionalEventListener} (after commit), so nothing follows
 * from a completion that was rolled back.
 */
public record CourseCompleted(long userId, String courseId, String courseVersion, Instant completedAt) {
}
