package kz.kelisim.quiz;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.kelisim.base.Columns;

/**
 * One trainee's attempt at a quiz: the questions it was drawn with, the paper shown, its deadline
 * (on the server's clock) and, once submitted, its marks.
 */
@Entity
@Table(name = "quiz_attempt")
class Attempt {

    enum State {
        IN_PROGRESS, SUBMITTED
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

    @Column(name = "quiz_id", nullable = false, length = 64)
    private String quizId;

    @Column(name = "attempt_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private long seed;

    @Lob
    @Column(name = "questions_json", nullable = false, length = Columns.LARGE)
    private String questionsJson;

    @Lob
    @Column(name = "paper_json", nullable = false, length = Columns.LARGE)
    private String paperJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column
    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(nullable = false)
    private double marks;

    @Column(name = "max_marks", nullable = false)
    private double maxMarks;

    @Column(name = "awaiting_grading", nullable = false)
    private int awaitingGrading;

    protected Attempt() {
    }

    Attempt(long userId, String courseId, String quizId, int number, long seed, String questionsJson,
            String paperJson, double maxMarks, Instant startedAt, Instant deadline) {
        this.userId = userId;
        this.courseId = courseId;
        this.quizId = quizId;
        this.number = number;
        this.seed = seed;
        this.questionsJson = questionsJson;
        this.paperJson = paperJson;
        this.maxMarks = maxMarks;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.state = State.IN_PROGRESS;
    }

    boolean isOverdueAt(Instant now) {
        return state == State.IN_PROGRESS && deadline != null && !now.isBefore(deadline);
    }

    /** Submits at {@code at}, or at the deadline when that came first (an automatic submission). */
    void submit(Instant at) {
        this.state = State.SUBMITTED;
        this.submittedAt = deadline != null && deadline.isBefore(at) ? deadline : at;
    }

    void totals(double marks, double maxMarks, int awaitingGrading) {
        this.marks = marks;
        this.maxMarks = maxMarks;
        this.awaitingGrading = awaitingGrading;
    }

    /** A corrected version of the attempt's questions and of the paper that shows them. */
    void replaceQuestions(String questionsJson, String paperJson) {
        this.questionsJson = questionsJson;
        this.paperJson = paperJson;
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

    String getQuizId() {
        return quizId;
    }

    int getNumber() {
        return number;
    }

    String getQuestionsJson() {
        return questionsJson;
    }

    String getPaperJson() {
        return paperJson;
    }

    State getState() {
        return state;
    }

    boolean isSubmitted() {
        return state == State.SUBMITTED;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getDeadline() {
        return deadline;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    double getMarks() {
        return marks;
    }

    double getMaxMarks() {
        return maxMarks;
    }

    int getAwaitingGrading() {
        return awaitingGrading;
    }

    /** Marks as a percent of the maximum. */
    double percent() {
        return maxMarks > 0 ? 100 * marks / maxMarks : 0;
    }
}
