package kz.kelisim.certificate;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A trainee completed a course (heard from {@code CourseCompleted}): the ground for a course certificate. */
@Entity
@Table(name = "course_completion")
@IdClass(CourseCompletion.Key.class)
class CourseCompletion {

    record Key(long userId, String courseId) implements Serializable {
        Key() {
            this(0, null);
        }
    }

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "course_id")
    private String courseId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected CourseCompletion() {
    }

    CourseCompletion(long userId, String courseId, Instant completedAt) {
        this.userId = userId;
        this.courseId = courseId;
        this.completedAt = completedAt;
    }

    long getUserId() {
        return userId;
    }

    String getCourseId() {
        return courseId;
    }

    Instant getCompletedAt() {
        return completedAt;
    }
}
