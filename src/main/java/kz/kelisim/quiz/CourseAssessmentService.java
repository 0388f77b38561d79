package kz.kelisim.quiz;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.security.Roles;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A course's question bank, with the right answers, and its quiz settings: for the people who write
 * and run quizzes only. Trainees meet questions through quizzes, which never show an answer before
 * the review allows.
 */
@Service
@Transactional(readOnly = true)
public class CourseAssessmentService {

    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<QuizSettings>> QUIZZES = new TypeReference<>() {
    };

    private final CourseAssessmentRepository banks;
    private final JsonMapper json;

    CourseAssessmentService(CourseAssessmentRepository banks, JsonMapper json) {
        this.banks = banks;
        this.json = json;
    }

    /** The questions of the course's loaded bank, in file and then written order; empty if it has none. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public List<Question> questions(String courseId) {
        return banks.findById(courseId).map(bank -> questionsOf(json, bank)).orElse(List.of());
    }

    /** The settings of the course's quizzes, in the order of its lessons. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public List<QuizSettings> quizzes(String courseId) {
        return banks.findById(courseId).map(bank -> quizzesOf(json, bank)).orElse(List.of());
    }

    static List<Question> questionsOf(JsonMapper json, CourseAssessment bank) {
        return json.readValue(bank.getQuestionsJson(), QUESTIONS);
    }

    static List<QuizSettings> quizzesOf(JsonMapper json, CourseAssessment bank) {
        return json.readValue(bank.getQuizzesJson(), QUIZZES);
    }
}
