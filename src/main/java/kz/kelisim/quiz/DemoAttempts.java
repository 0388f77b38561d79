package kz.kelisim.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kz.kelisim.security.RunAs;

import kz.kelisim.base.Language;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;

/**
 * Demo mode: four demo trainees (not {@code trainee}, who starts fresh) have taken the sample
 * course's entry test and final test, so a trainer finds statistics, gains and essays to grade at
 * once. Each acts as themselves through the same services a browser uses; answers are right with a
 * chance that grows from entry to final test. Runs once: nothing happens when attempts exist.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "kelisim.demo.attempts", havingValue = "true")
class DemoAttempts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAttempts.class);
    private static final String COURSE = "sample-ethnomediation";
    private static final List<String> TRAINEES = List.of("trainee2", "trainee3", "trainee4", "trainee5");
    private static final String ESSAY =
            "Медиатор екі тарапты да тыңдап, олардың мүдделерін анықтайды; шешімді тараптардың өздері табады.";

    private final AttemptService quizzes;
    private final CourseAssessmentService banks;
    private final CourseCatalogue catalogue;
    private final AttemptRepository attempts;
    private final RunAs runAs;

    DemoAttempts(AttemptService quizzes, CourseAssessmentService banks, CourseCatalogue catalogue,
            AttemptRepository attempts, RunAs runAs) {
        this.quizzes = quizzes;
        this.banks = banks;
        this.catalogue = catalogue;
        this.attempts = attempts;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!attempts.findByCourseId(COURSE).isEmpty()) {
            return;
        }
        List<Question> bank = runAs.as("trainer", () -> banks.questions(COURSE));
        if (bank.isEmpty()) {
            return;
        }
        Map<String, Question> byId = new LinkedHashMap<>();
        bank.forEach(question -> byId.put(question.id(), question));
        Random random = new Random(2026);
        for (int i = 0; i < TRAINEES.size(); i++) {
            String trainee = TRAINEES.get(i);
            double ability = 0.3 + 0.1 * i;
            runAs.as(trainee, () -> {
                catalogue.enrol(COURSE);
                take("pre-test", byId, ability, random);
                take("final-test", byId, Math.min(0.95, ability + 0.35), random);
                return null;
            });
        }
        log.info("Demo mode: {} demo trainees have taken the sample course's entry and final tests", TRAINEES.size());
    }

    private void take(String quizId, Map<String, Question> bank, double ability, Random random) {
        long attemptId = quizzes.startOrResume(COURSE, quizId);
        for (PaperQuestion question : quizzes.attempt(attemptId, Language.KK).questions()) {
            Question full = bank.get(question.questionId());
            quizzes.saveAnswer(attemptId, full.id(), answer(full, random.nextDouble() < ability));
        }
        quizzes.submit(attemptId);
    }

    /** A right or a wrong answer in the question's shape. */
    private static Response answer(Question question, boolean right) {
        List<Option> options = question.options();
        return switch (question.type()) {
            case SINGLE_CHOICE -> new Response.Selected(Set.of(options.stream()
                    .filter(option -> right == option.weight() >= 100).findFirst().orElse(options.getFirst()).id()));
            case MULTIPLE_CHOICE -> new Response.Selected(Set.copyOf(options.stream()
                    .filter(option -> right == option.weight() > 0).map(Option::id).toList()));
            case TRUE_FALSE -> new Response.TrueOrFalse(right == Boolean.TRUE.equals(question.correct()));
            case MATCHING -> {
                List<String> ids = question.pairs().stream().map(Pair::id).toList();
                Map<String, String> matched = new LinkedHashMap<>();
                List<Pair> prompts = question.pairs().stream().filter(pair -> !pair.prompt().texts().isEmpty()).toList();
                for (int i = 0; i < prompts.size(); i++) {
                    matched.put(prompts.get(i).id(), right ? prompts.get(i).id() : ids.get((i + 1) % ids.size()));
                }
                yield new Response.Matched(matched);
            }
            case ORDERING -> {
                List<String> order = new ArrayList<>(options.stream().map(Option::id).toList());
                if (!right) {
                    Collections.reverse(order);
                }
                yield new Response.Ordered(order);
            }
            case SHORT_ANSWER -> new Response.Typed(right
                    ? question.accepted().values().iterator().next().getFirst() : "білмеймін");
            case NUMERIC -> new Response.Typed(String.valueOf(question.number().value() + (right ? 0 : 100)));
            case ESSAY -> new Response.Typed(ESSAY);
        };
    }

}
