package kz.kelisim.quiz.gift;

import java.util.List;

/**
 * One question read from Moodle's GIFT format, as written: before it becomes a question of a
 * Kelisim bank (in one of its languages). {@code textAfter} is set for a "missing word" question,
 * whose answers stand in the middle of the text.
 */
public record GiftQuestion(int line, String category, String title, String format, String text, String textAfter,
        Answer answer, String generalFeedback) {

    /** What kind of question it is and what counts as right. */
    public sealed interface Answer permits Essay, Description, TrueFalse, Choices, ShortAnswer, Matching, Numeric {
    }

    /** Free text, graded by a trainer: {@code {}}. */
    public record Essay() implements Answer {
    }

    /** No answer at all: text shown between questions. */
    public record Description() implements Answer {
    }

    /** {@code {T}} or {@code {F}}, with feedback for a wrong and for a right answer. */
    public record TrueFalse(boolean correct, String feedbackWhenWrong, String feedbackWhenRight) implements Answer {
    }

    /**
     * Choices: one right answer ({@code =}), or several with partial credit ({@code ~%50%}), in
     * which case {@code multipleResponse} is true. Weights are percentages from -100 to 100.
     */
    public record Choices(List<Choice> choices, boolean multipleResponse) implements Answer {
    }

    /** Accepted answers typed by the trainee: {@code {=Астана =Нұр-Сұлтан}}. */
    public record ShortAnswer(List<Choice> accepted) implements Answer {
    }

    /** Pairs to match: {@code {=prompt -> match ...}}. */
    public record Matching(List<Pair> pairs) implements Answer {
    }

    /** Numbers within a tolerance: {@code {#1995:0}}, ranges {@code {#1..5}}, or several with weights. */
    public record Numeric(List<NumberAnswer> answers) implements Answer {
    }

    public record Choice(String text, double weight, String feedback) {
    }

    public record Pair(String prompt, String match) {
    }

    /** Right when the value given is within {@code tolerance} of {@code value}. */
    public record NumberAnswer(double value, double tolerance, double weight, String feedback) {
    }
}
