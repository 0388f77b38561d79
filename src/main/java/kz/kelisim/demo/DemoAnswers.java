package kz.kelisim.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import kz.kelisim.base.Language;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.Question;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;
import kz.kelisim.quiz.Response;

/** A demo trainee taking a quiz: each question answered right with the given chance, then submitted. */
final class DemoAnswers {

    static final String ESSAY =
            "Медиатор екі тарапты да тыңдап, олардың мүдделерін анықтайды; шешімді тараптардың өздері табады.";

    private DemoAnswers() {
    }

    /** Starts the signed-in trainee's attempt, answers every question and submits; returns the attempt's id. */
    static long take(AttemptService quizzes, String courseId, String quizId, Map<String, Question> bank,
            double ability, Random random) {
        long attemptId = quizzes.startOrResume(courseId, quizId);
        for (PaperQuestion question : quizzes.attempt(attemptId, Language.KK).questions()) {
            Question full = bank.get(question.questionId());
            quizzes.saveAnswer(attemptId, full.id(), answer(full, random.nextDouble() < ability));
        }
        quizzes.submit(attemptId);
        return attemptId;
    }

    /** A right or a wrong answer in the question's shape. */
    static Response answer(Question question, boolean right) {
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
            case NUMERIC -> new Response.Typed(plain(question.number().value() + (right ? 0 : 100)));
            case ESSAY -> new Response.Typed(ESSAY);
        };
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
