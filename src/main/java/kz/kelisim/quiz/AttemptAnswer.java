package kz.kelisim.quiz;

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
 * The answer to one question of an attempt, saved as the trainee gives it, and its grade: computed,
 * or given by a trainer for an essay (with a comment).
 */
@Entity
@Table(name = "quiz_answer")
class AttemptAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int slot;

    @Column(name = "question_id", nullable = false, length = 64)
    private String questionId;

    @Column(name = "max_marks", nullable = false)
    private double maxMarks;

    @Lob
    @Column(name = "response_json", length = Columns.LARGE)
    private String responseJson;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(nullable = false)
    private double fraction;

    @Column(name = "awaiting_trainer", nullable = false)
    private boolean awaitingTrainer;

    @Column(name = "graded_by_trainer", nullable = false)
    private boolean gradedByTrainer;

    @Lob
    @Column(name = "trainer_comment", length = Columns.LARGE)
    private String trainerComment;

    @Column(name = "graded_by")
    private Long gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    protected AttemptAnswer() {
    }

    AttemptAnswer(long attemptId, int position, int slot, String questionId, double maxMarks) {
        this.attemptId = attemptId;
        this.position = position;
        this.slot = slot;
        this.questionId = questionId;
        this.maxMarks = maxMarks;
    }

    void save(String responseJson, Instant at) {
        this.responseJson = responseJson;
        this.savedAt = at;
    }

    /** A computed grade; a trainer's grade of an essay is kept whatever is computed later. */
    void grade(Grade grade) {
        if (gradedByTrainer) {
            return;
        }
        this.fraction = grade.fraction();
        this.awaitingTrainer = grade.awaitingTrainer();
    }

    void gradeByTrainer(double fraction, String comment, long trainerId, Instant at) {
        this.fraction = fraction;
        this.awaitingTrainer = false;
        this.gradedByTrainer = true;
        this.trainerComment = comment;
        this.gradedBy = trainerId;
        this.gradedAt = at;
    }

    void maxMarks(double maxMarks) {
        this.maxMarks = maxMarks;
    }

    Long getId() {
        return id;
    }

    long getAttemptId() {
        return attemptId;
    }

    int getPosition() {
        return position;
    }

    String getQuestionId() {
        return questionId;
    }

    double getMaxMarks() {
        return maxMarks;
    }

    String getResponseJson() {
        return responseJson;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    double getFraction() {
        return fraction;
    }

    double marks() {
        return fraction * maxMarks;
    }

    boolean isAwaitingTrainer() {
        return awaitingTrainer;
    }

    boolean isGradedByTrainer() {
        return gradedByTrainer;
    }

    String getTrainerComment() {
        return trainerComment;
    }

    Instant getGradedAt() {
        return gradedAt;
    }
}
