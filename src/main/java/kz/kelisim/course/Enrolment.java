package kz.kelisim.course;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person taking a course: since when, where they stopped, and when they completed it. */
@Entity
@Table(name = "enrolment")
class Enrolment {

    /** How the person came to the course. */
    enum Source {
        SELF, SEMINAR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_lesson_id", length = 64)
    private String lastLessonId;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Enrolment() {
    }

    Enrolment(long userId, String courseId, Source source, Instant enrolledAt) {
        this.userId = userId;
        this.courseId = courseId;
        this.source = source;
        this.enrolledAt = enrolledAt;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getCourseId() {
        return courseId;
    }

    String getLastLessonId() {
        return lastLessonId;
    }

    Instant getCompletedAt() {
        return completedAt;
    }
}
