package kz.kelisim.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a course is loaded with corrected questions (a wrong key fixed, a mark changed), every
 * attempt that holds one of them takes the corrected version and is graded again, so trainees are
 * never held to a mistake. A question whose type changed keeps its old version in the attempts
 * that hold it: the answers given no longer fit it. Essays graded by a trainer keep their grade.
 * Runs in the transaction that stores the course.
 */
@Component
class AttemptRegrading {

    private static final Logger log = LoggerFactory.getLogger(AttemptRegrading.class);

    private final AttemptRepository attempts;
    private final AttemptGrading grading;

    AttemptRegrading(AttemptRepository attempts, AttemptGrading grading) {
        this.attempts = attempts;
        this.grading = grading;
    }

    /** @return how many attempts were regraded */
    int bankChanged(String courseId, List<Question> before, List<Question> after) {
        Map<String, Question> old = before.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        Map<String, Question> corrected = after.stream()
                .filter(question -> old.containsKey(question.id()) && !Objects.equals(old.get(question.id()), question))
                .filter(question -> old.get(question.id()).type() == question.type())
                .collect(Collectors.toMap(Question::id, Function.identity()));
        if (corrected.isEmpty()) {
            return 0;
        }
        int regraded = 0;
        for (Attempt attempt : attempts.findByCourseId(courseId)) {
            List<Question> held = grading.questionsOf(attempt);
            if (held.stream().noneMatch(question -> corrected.containsKey(question.id()))) {
                continue;
            }
            List<Question> updated = new ArrayList<>();
            held.forEach(question -> updated.add(corrected.getOrDefault(question.id(), question)));
            attempt.replaceQuestions(grading.store(updated));
            if (attempt.isSubmitted()) {
                grading.regrade(attempt);
            }
            regraded++;
        }
        log.info("Course '{}': {} corrected questions, {} attempts regraded", courseId, corrected.size(), regraded);
        return regraded;
    }
}
