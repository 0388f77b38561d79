package kz.kelisim.quiz;

import java.util.List;
import java.util.Objects;

import kz.kelisim.base.TypedNumber;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;
import kz.kelisim.quiz.Response.Matched;
import kz.kelisim.quiz.Response.Ordered;
import kz.kelisim.quiz.Response.Selected;
import kz.kelisim.quiz.Response.TrueOrFalse;
import kz.kelisim.quiz.Response.Typed;

/**
 * Grades an answer by the question's type. Partial credit where the type allows it: the weights
 * of the options chosen (multiple choice), the share of prompts matched right (matching), the share
 * of items in their right place (ordering). An answer of the wrong shape earns nothing.
 */
public final class Grader {

    private Grader() {
    }

    public static Grade grade(Question question, Response response) {
        if (response == null) {
            return question.type() == QuestionType.ESSAY ? Grade.AWAITING_TRAINER : Grade.WRONG;
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> response instanceof Selected selected && selected.optionIds().size() == 1
                    ? Grade.of(weightOf(question, selected.optionIds().iterator().next()) / 100) : Grade.WRONG;
            case MULTIPLE_CHOICE -> response instanceof Selected selected
                    ? Grade.of(selected.optionIds().stream().mapToDouble(id -> weightOf(question, id)).sum() / 100)
                    : Grade.WRONG;
            case TRUE_FALSE -> response instanceof TrueOrFalse answer && Objects.equals(question.correct(), answer.value())
                    ? Grade.RIGHT : Grade.WRONG;
            case MATCHING -> response instanceof Matched matched ? matching(question, matched) : Grade.WRONG;
            case ORDERING -> response instanceof Ordered ordered ? ordering(question, ordered) : Grade.WRONG;
            case SHORT_ANSWER -> response instanceof Typed typed && shortAnswerRight(question, typed.text())
                    ? Grade.RIGHT : Grade.WRONG;
            case NUMERIC -> response instanceof Typed typed ? numeric(question, typed.text()) : Grade.WRONG;
            case ESSAY -> Grade.AWAITING_TRAINER;
        };
    }

    private static double weightOf(Question question, String optionId) {
        return question.options().stream().filter(option -> option.id().equals(optionId))
                .mapToDouble(Option::weight).findFirst().orElse(0);
    }

    private static Grade matching(Question question, Matched matched) {
        List<Pair> prompts = question.pairs().stream().filter(pair -> !pair.prompt().texts().isEmpty()).toList();
        if (prompts.isEmpty()) {
            return Grade.WRONG;
        }
        long right = prompts.stream().filter(pair -> pair.id().equals(matched.choiceByPrompt().get(pair.id()))).count();
        return Grade.of((double) right / prompts.size());
    }

    private static Grade ordering(Question question, Ordered ordered) {
        List<Option> items = question.options();
        if (items.isEmpty() || ordered.optionIds().size() != items.size()) {
            return Grade.WRONG;
        }
        int inPlace = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(ordered.optionIds().get(i))) {
                inPlace++;
            }
        }
        return Grade.of((double) inPlace / items.size());
    }

    /** Any accepted answer in any of the course's languages counts: knowing it in Russian is knowing it. */
    private static boolean shortAnswerRight(Question question, String typed) {
        String answer = AnswerText.normalise(typed);
        return !answer.isEmpty() && question.accepted().values().stream().flatMap(List::stream)
                .anyMatch(accepted -> AnswerText.normalise(accepted).equals(answer));
    }

    private static Grade numeric(Question question, String typed) {
        TypedNumber.Reading reading = TypedNumber.read(typed);
        return reading.isNumber() && question.number() != null
                && Math.abs(reading.value().doubleValue() - question.number().value())
                        <= question.number().tolerance() + 1e-9
                ? Grade.RIGHT : Grade.WRONG;
    }
}
