package kz.kelisim.course;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An editor's check of a lesson against the law after an act it cites changed: who, and on which day. */
@Entity
@Table(name = "lesson_law_review")
class LessonLawReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LessonLawReview() {
    }

    LessonLawReview(String courseId, String lessonId, LocalDate reviewedOn, long reviewerId, Instant recordedAt) {
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.reviewedOn = reviewedOn;
        this.reviewerId = reviewerId;
        this.recordedAt = recordedAt;
    }

    String getCourseId() {
        return courseId;
    }

    String getLessonId() {
        return lessonId;
    }

    LocalDate getReviewedOn() {
        return reviewedOn;
    }

    long getReviewerId() {
        return reviewerId;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
