package kz.kelisim.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kelisim.quiz.QuestionPaper.PaperQuestion;
import tools.jackson.databind.json.JsonMapper;

/**
 * When a course is stored with corrected questions (a wrong key fixed, a text or mark changed),
 * every attempt holding an older version takes the corrected one, in its questions and in the paper
 * it shows, and a submitted attempt is graded again, so trainees are never held to a mistake. Runs
 * after the course is committed, one attempt at a time under the attempt's lock, so it waits for a
 * trainee's save or submission rather than failing the course's load; an attempt started meanwhile
 * from the old bank is caught too, since every attempt's versions are compared. A question whose type,
 * options or pairs changed keeps its old version in the attempts that hold it: the answers given no
 * longer fit it. Essays graded by a trainer keep their grade.
 */
@Component
class AttemptRegrading {

    private static final Logger log = LoggerFactory.getLogger(AttemptRegrading.class);

    private final AttemptRepository attempts;
    private final AttemptGrading grading;
    private final JsonMapper json;
    private final TransactionTemplate eachAttempt;

    AttemptRegrading(AttemptRepository attempts, AttemptGrading grading, JsonMapper json,
            PlatformTransactionManager transactionManager) {
        this.attempts = attempts;
        this.grading = grading;
        this.json = json;
        this.eachAttempt = new TransactionTemplate(transactionManager);
        this.eachAttempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The questions of {@code after} that correct a question of {@code before} with the same choices. */
    static List<Question> corrections(List<Question> before, List<Question> after) {
        Map<String, Question> old = before.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        return after.stream()
                .filter(question -> old.containsKey(question.id()) && !old.get(question.id()).equals(question))
                .filter(question -> PaperDrawer.sameChoices(old.get(question.id()), question))
                .toList();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(BankCorrected event) {
        Map<String, Question> corrected = event.corrected().stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        int regraded = 0;
        for (Long attemptId : attempts.findIdsByCourseId(event.courseId())) {
            Boolean changed = eachAttempt.execute(status -> attempts.lockById(attemptId)
                    .map(attempt -> correct(attempt, corrected)).orElse(false));
            if (Boolean.TRUE.equals(changed)) {
                regraded++;
            }
        }
        log.info("Course '{}': {} corrected questions, {} attempts regraded", event.courseId(), corrected.size(),
                regraded);
    }

    private boolean correct(Attempt attempt, Map<String, Question> corrected) {
        List<Question> held = grading.questionsOf(attempt);
        List<Question> updated = new ArrayList<>();
        boolean changed = false;
        for (Question question : held) {
            Question better = corrected.get(question.id());
            if (better != null && !better.equals(question) && PaperDrawer.sameChoices(question, better)) {
                updated.add(better);
                changed = true;
            } else {
                updated.add(question);
            }
        }
        if (!changed) {
            return false;
        }
        QuestionPaper paper = json.readValue(attempt.getPaperJson(), QuestionPaper.class);
        Map<String, Question> byId = updated.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        List<PaperQuestion> shown = paper.questions().stream()
                .map(question -> PaperDrawer.corrected(question, byId.get(question.questionId()))).toList();
        attempt.replaceQuestions(grading.store(updated), json.writeValueAsString(new QuestionPaper(paper.seed(), shown)));
        if (attempt.isSubmitted()) {
            grading.regrade(attempt);
        }
        return true;
    }
}
