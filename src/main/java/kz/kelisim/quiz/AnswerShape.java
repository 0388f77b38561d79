package kz.kelisim.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.base.TypedNumber;
import kz.kelisim.quiz.QuestionPaper.PaperOption;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;

/**
 * Checks that an answer sent for a question has the question's shape and a sane size before it is
 * saved: only the question's own options, every item once when ordering, text within its limit.
 */
final class AnswerShape {

    private AnswerShape() {
    }

    /** @throws RuleViolation naming what is wrong; a null answer (cleared) always fits */
    static void check(PaperQuestion question, Response response) {
        if (response == null) {
            return;
        }
        boolean fits = switch (question.type()) {
            case SINGLE_CHOICE -> response instanceof Response.Selected selected && selected.optionIds().size() <= 1
                    && ids(question.options()).containsAll(selected.optionIds());
            case MULTIPLE_CHOICE -> response instanceof Response.Selected selected
                    && ids(question.options()).containsAll(selected.optionIds());
            case TRUE_FALSE -> response instanceof Response.TrueOrFalse;
            case ORDERING -> response instanceof Response.Ordered ordered
                    && ordered.optionIds().size() == question.options().size()
                    && new HashSet<>(ordered.optionIds()).equals(ids(question.options()));
            case MATCHING -> response instanceof Response.Matched matched
                    && ids(question.prompts()).containsAll(matched.choiceByPrompt().keySet())
                    && ids(question.matches()).containsAll(matched.choiceByPrompt().values());
            case SHORT_ANSWER, NUMERIC, ESSAY -> response instanceof Response.Typed;
        };
        if (!fits) {
            throw new RuleViolation("quiz.error.answer-invalid");
        }
        if (response instanceof Response.Typed typed) {
            int limit = question.type() == QuestionType.ESSAY ? AttemptService.MAX_ESSAY_LENGTH
                    : AttemptService.MAX_SHORT_ANSWER_LENGTH;
            if (typed.text() == null || typed.text().length() > limit) {
                throw new RuleViolation("quiz.error.answer-too-long", limit);
            }
            // a number the grader could not read would be saved and then silently marked wrong
            TypedNumber.Reading number = TypedNumber.read(typed.text());
            if (question.type() == QuestionType.NUMERIC && !number.isNumber()) {
                throw new RuleViolation(number.problemKey(), typed.text().strip());
            }
        }
    }

    private static Set<String> ids(List<PaperOption> options) {
        Set<String> ids = new HashSet<>();
        options.forEach(option -> ids.add(option.id()));
        return ids;
    }
}
