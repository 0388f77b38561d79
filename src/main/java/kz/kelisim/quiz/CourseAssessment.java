package kz.kelisim.quiz;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.kelisim.base.Columns;

/** The question bank and quiz settings of one course, as loaded with the course's version. */
@Entity
@Table(name = "course_assessment")
class CourseAssessment {

    @Id
    @Column(name = "course_id")
    private String courseId;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Lob
    @Column(name = "questions_json", nullable = false, length = Columns.LARGE)
    private String questionsJson;

    @Lob
    @Column(name = "quizzes_json", nullable = false, length = Columns.LARGE)
    private String quizzesJson;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected CourseAssessment() {
    }

    CourseAssessment(String courseId) {
        this.courseId = courseId;
    }

    void replace(String questionsJson, String quizzesJson, Instant loadedAt) {
        this.questionsJson = questionsJson;
        this.quizzesJson = quizzesJson;
        this.loadedAt = loadedAt;
    }

    String getQuestionsJson() {
        return questionsJson;
    }

    String getQuizzesJson() {
        return quizzesJson;
    }
}
