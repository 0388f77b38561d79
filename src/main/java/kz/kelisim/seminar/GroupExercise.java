package kz.kelisim.seminar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.kelisim.base.Columns;

/**
 * A case a trainer gives to groups of a seminar, with a deadline and a rubric: the case is written
 * here in Markdown or is a case-study activity of a course ({@code courseId} + {@code activityId}).
 */
@Entity
@Table(name = "group_exercise")
class GroupExercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(nullable = false)
    private String title;

    @Lob
    @Column(name = "case_text", length = Columns.LARGE)
    private String caseText;

    @Column(name = "course_id")
    private String courseId;

    @Column(name = "activity_id")
    private String activityId;

    @Column(nullable = false)
    private Instant deadline;

    @Lob
    @Column(name = "rubric_json", nullable = false, length = Columns.LARGE)
    private String rubricJson;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GroupExercise() {
    }

    GroupExercise(long seminarId, long createdBy, Instant createdAt) {
        this.seminarId = seminarId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(String title, String caseText, String courseId, String activityId, Instant deadline,
            String rubricJson) {
        this.title = title;
        this.caseText = caseText;
        this.courseId = courseId;
        this.activityId = activityId;
        this.deadline = deadline;
        this.rubricJson = rubricJson;
    }

    Long getId() {
        return id;
    }

    long getSeminarId() {
        return seminarId;
    }

    String getTitle() {
        return title;
    }

    String getCaseText() {
        return caseText;
    }

    String getCourseId() {
        return courseId;
    }

    String getActivityId() {
        return activityId;
    }

    Instant getDeadline() {
        return deadline;
    }

    String getRubricJson() {
        return rubricJson;
    }
}
