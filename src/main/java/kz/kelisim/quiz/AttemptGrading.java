package kz.kelisim.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import kz.kelisim.course.QuizOutcomeChanged;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grades the answers of an attempt and keeps its totals: when it is submitted (by the trainee or at
 * the deadline), when a trainer grades an essay, and when a corrected question regrades it. Callers
 * hold the attempt's lock and check permissions.
 */
@Component
class AttemptGrading {

    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
    };

    private final AttemptAnswerRepository answers;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    AttemptGrading(AttemptAnswerRepository answers, JsonMapper json, ApplicationEventPublisher events) {
        this.answers = answers;
        this.json = json;
        this.events = events;
    }

    /** Submits the attempt at {@code now} (or at its deadline, if that passed), grading every answer. */
    void submit(Attempt attempt, Instant now) {
        attempt.submit(now);
        regrade(attempt);
    }

    /** Grades every answer again from the attempt's questions and updates its totals. */
    void regrade(Attempt attempt) {
        Map<String, Question> questions = questionsOf(attempt).stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        List<AttemptAnswer> rows = answers.findByAttemptIdOrderByPosition(attempt.getId());
        for (AttemptAnswer row : rows) {
            Question question = questions.get(row.getQuestionId());
            row.maxMarks(question.mark());
            row.grade(grade(question, response(row.getResponseJson())));
        }
        total(attempt, rows);
    }

    /** Recomputes the attempt's totals from its answers, and tells courses the result may have changed. */
    void total(Attempt attempt, List<AttemptAnswer> rows) {
        double marks = rows.stream().mapToDouble(AttemptAnswer::marks).sum();
        int awaiting = (int) rows.stream().filter(AttemptAnswer::isAwaitingTrainer).count();
        attempt.totals(marks, rows.stream().mapToDouble(AttemptAnswer::getMaxMarks).sum(), awaiting);
        if (attempt.isSubmitted()) {
            events.publishEvent(new QuizOutcomeChanged(attempt.getUserId(), attempt.getCourseId()));
        }
    }

    /** An essay left blank earns nothing at once rather than waiting for a trainer. */
    static Grade grade(Question question, Response response) {
        if (question.type() == QuestionType.ESSAY
                && (response == null || response instanceof Response.Typed typed && typed.text().isBlank())) {
            return Grade.WRONG;
        }
        return Grader.grade(question, response);
    }

    List<Question> questionsOf(Attempt attempt) {
        return json.readValue(attempt.getQuestionsJson(), QUESTIONS);
    }

    Response response(String stored) {
        return stored == null ? null : json.readValue(stored, Response.class);
    }

    String store(Response response) {
        return response == null ? null : json.writeValueAsString(response);
    }

    String store(List<Question> questions) {
        return json.writeValueAsString(questions);
    }
}
