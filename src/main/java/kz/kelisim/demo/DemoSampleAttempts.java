package kz.kelisim.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kz.kelisim.base.Language;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.CourseAssessmentService;
import kz.kelisim.quiz.Question;
import kz.kelisim.security.RunAs;

/**
 * Demo mode: four demo trainees (not {@code trainee}, who starts fresh) have taken the sample
 * course's entry test and final test, so a trainer finds statistics, gains and essays at once.
 * Answers are right with a chance that grows from entry to final test. Runs once: nothing happens
 * when the first of them has an attempt.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "kelisim.demo.attempts", havingValue = "true")
class DemoSampleAttempts implements ApplicationRunner {

    static final String COURSE = "sample-ethnomediation";
    static final List<String> TRAINEES = List.of("trainee2", "trainee3", "trainee4", "trainee5");
    private static final Logger log = LoggerFactory.getLogger(DemoSampleAttempts.class);

    private final AttemptService quizzes;
    private final CourseAssessmentService banks;
    private final CourseCatalogue catalogue;
    private final RunAs runAs;

    DemoSampleAttempts(AttemptService quizzes, CourseAssessmentService banks, CourseCatalogue catalogue, RunAs runAs) {
        this.quizzes = quizzes;
        this.banks = banks;
        this.catalogue = catalogue;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Question> bank = runAs.as("trainer", () -> banks.questions(COURSE));
        if (bank.isEmpty() || taken()) {
            return;
        }
        Map<String, Question> byId = new LinkedHashMap<>();
        bank.forEach(question -> byId.put(question.id(), question));
        Random random = new Random(2026);
        for (int i = 0; i < TRAINEES.size(); i++) {
            double ability = 0.3 + 0.1 * i;
            runAs.doAs(TRAINEES.get(i), () -> {
                catalogue.enrol(COURSE);
                DemoAnswers.take(quizzes, COURSE, "pre-test", byId, ability, random);
                DemoAnswers.take(quizzes, COURSE, "final-test", byId, Math.min(0.95, ability + 0.35), random);
            });
        }
        log.info("Demo mode: {} demo trainees have taken the sample course's entry and final tests", TRAINEES.size());
    }

    private boolean taken() {
        return runAs.as(TRAINEES.getFirst(), () -> !quizzes.overview(COURSE, "pre-test", Language.KK).attempts().isEmpty());
    }
}
