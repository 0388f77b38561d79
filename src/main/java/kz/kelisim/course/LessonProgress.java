package kz.kelisim.course;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One lesson a person has completed, kept by lesson id so it survives a course reload. */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
class LessonProgress {

    record Key(long userId, String courseId, String lessonId) implements Serializable {
        Key() {
            this(0, null, null);
        }
    }

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "course_id")
    private String courseId;

    @Id
    @Column(name = "lesson_id")
    private String lessonId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {
    }

    LessonProgress(long userId, String courseId, String lessonId, Instant completedAt) {
        this.userId = userId;
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.completedAt = completedAt;
    }

    String getLessonId() {
        return lessonId;
    }
}
