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

/** A group's shared workspace for an exercise assigned to it: its submission and its grade. */
@Entity
@Table(name = "exercise_workspace")
class ExerciseWorkspace {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Lob
    @Column(name = "grade_levels", length = Columns.LARGE)
    private String gradeLevels;

    @Column(name = "grade_points")
    private Integer gradePoints;

    @Lob
    @Column(name = "grade_comment", length = Columns.LARGE)
    private String gradeComment;

    @Column(name = "graded_by")
    private Long gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    protected ExerciseWorkspace() {
    }

    ExerciseWorkspace(long exerciseId, long groupId) {
        this.exerciseId = exerciseId;
        this.groupId = groupId;
    }

    Long getId() {
        return id;
    }

    long getExerciseId() {
        return exerciseId;
    }

    long getGroupId() {
        return groupId;
    }

    Long getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    void submit(long userId, Instant at) {
        this.submittedBy = userId;
        this.submittedAt = at;
    }

    String getGradeLevels() {
        return gradeLevels;
    }

    Integer getGradePoints() {
        return gradePoints;
    }

    String getGradeComment() {
        return gradeComment;
    }

    Instant getGradedAt() {
        return gradedAt;
    }

    boolean isGraded() {
        return gradedAt != null;
    }

    /**
     * A member's points: the group's grade plus the trainer's adjustment for them, kept within 0 and
     * the rubric's maximum. Only for a graded workspace.
     */
    int pointsOf(GradeAdjustment adjustment, int maxPoints) {
        int change = adjustment == null ? 0 : adjustment.getPoints();
        return Math.clamp((long) gradePoints + change, 0, maxPoints);
    }

    void grade(String levelsJson, int points, String comment, long trainerId, Instant at) {
        this.gradeLevels = levelsJson;
        this.gradePoints = points;
        this.gradeComment = comment;
        this.gradedBy = trainerId;
        this.gradedAt = at;
    }
}
