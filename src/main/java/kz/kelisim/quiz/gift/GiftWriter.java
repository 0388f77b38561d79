package kz.kelisim.quiz.gift;

import java.util.List;
import java.util.Objects;

import kz.kelisim.quiz.AnswerText;
import kz.kelisim.quiz.gift.GiftQuestion.Choice;
import kz.kelisim.quiz.gift.GiftQuestion.Choices;
import kz.kelisim.quiz.gift.GiftQuestion.Description;
import kz.kelisim.quiz.gift.GiftQuestion.Essay;
import kz.kelisim.quiz.gift.GiftQuestion.Matching;
import kz.kelisim.quiz.gift.GiftQuestion.NumberAnswer;
import kz.kelisim.quiz.gift.GiftQuestion.Numeric;
import kz.kelisim.quiz.gift.GiftQuestion.ShortAnswer;
import kz.kelisim.quiz.gift.GiftQuestion.TrueFalse;

/**
 * Writes questions in Moodle's GIFT format, escaping what GIFT treats as syntax, so that reading
 * the result back gives the same questions (and Moodle can import it).
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(List<GiftQuestion> questions) {
        StringBuilder gift = new StringBuilder();
        String category = null;
        for (GiftQuestion question : questions) {
            if (question.category() != null && !Objects.equals(question.category(), category)) {
                gift.append("$CATEGORY: ").append(question.category()).append("\n\n");
            }
            category = question.category();
            // a text that would read as a comment, a format or a category gets an (empty) title first
            String text = question.text();
            boolean needsTitle = text.startsWith("//") || text.startsWith("[") || text.startsWith("$")
                    || text.startsWith("::");
            if (question.title() != null || needsTitle) {
                gift.append("::").append(question.title() == null ? "" : escape(question.title())).append("::");
            }
            if (question.format() != null) {
                gift.append('[').append(question.format()).append(']');
            }
            gift.append(escape(question.text()));
            if (!(question.answer() instanceof Description)) {
                gift.append(" {").append(answer(question)).append('}');
            }
            if (question.textAfter() != null) {
                gift.append(' ').append(escape(question.textAfter()));
            }
            gift.append("\n\n");
        }
        return gift.toString();
    }

    private static String answer(GiftQuestion question) {
        StringBuilder answer = new StringBuilder();
        switch (question.answer()) {
            case Essay essay -> {
            }
            case Description description -> {
            }
            case TrueFalse trueFalse -> {
                answer.append(trueFalse.correct() ? "TRUE" : "FALSE");
                if (trueFalse.feedbackWhenWrong() != null || trueFalse.feedbackWhenRight() != null) {
                    answer.append('#').append(escapeAnswer(Objects.toString(trueFalse.feedbackWhenWrong(), "")));
                }
                if (trueFalse.feedbackWhenRight() != null) {
                    answer.append('#').append(escapeAnswer(trueFalse.feedbackWhenRight()));
                }
            }
            case Choices choices -> choices.choices().forEach(choice -> answer.append("\n\t")
                    .append(choices.multipleResponse() || choice.weight() != 100
                            ? "~" + weight(choice.weight(), 0, choice.text()) : "=" + weight(100, 100, choice.text()))
                    .append(choiceText(choice)));
            case ShortAnswer shortAnswer -> shortAnswer.accepted().forEach(choice -> answer.append("\n\t=")
                    .append(weight(choice.weight(), 100, choice.text())).append(choiceText(choice)));
            case Matching matching -> matching.pairs().forEach(pair -> answer.append("\n\t=")
                    .append(escapeAnswer(pair.prompt())).append(" -> ").append(escapeAnswer(pair.match())));
            case Numeric numeric -> {
                answer.append('#');
                for (NumberAnswer number : numeric.answers()) {
                    answer.append("\n\t=").append(weight(number.weight(), 100, ""))
                            .append(AnswerText.plainNumber(number.value())).append(':')
                            .append(AnswerText.plainNumber(number.tolerance()));
                    if (number.feedback() != null) {
                        answer.append('#').append(escapeAnswer(number.feedback()));
                    }
                }
            }
        }
        if (question.generalFeedback() != null) {
            answer.append("\n\t####").append(escape(question.generalFeedback()));
        }
        return answer.length() > 0 && answer.charAt(0) == '\n' || question.generalFeedback() != null
                ? answer.append('\n').toString() : answer.toString();
    }

    private static String choiceText(Choice choice) {
        return escapeAnswer(choice.text()) + (choice.feedback() == null ? "" : "#" + escapeAnswer(choice.feedback()));
    }

    /**
     * {@code %50%}, or nothing when the weight is the marker's own, unless the text itself starts
     * with {@code %} and would otherwise read as a weight.
     */
    private static String weight(double weight, double implied, String text) {
        return weight == implied && !text.startsWith("%") ? "" : "%" + AnswerText.plainNumber(weight) + "%";
    }

    /** Backslash before GIFT's special characters; new lines as {@code \n}, so a blank line never splits. */
    static String escape(String text) {
        return escape(text, false);
    }

    /**
     * A text inside the answer block, where {@code ->} would make a matching pair (or split one in
     * the wrong place): it is written {@code -\>}, which {@link GiftParser} reads back as {@code ->}.
     * Moodle's own GIFT has no escape for it and shows the backslash; the text outside the block
     * (question, general feedback) keeps its plain arrow, which means nothing there.
     */
    static String escapeAnswer(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean arrows) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        char previous = 0;
        for (char c : text.replace("\r\n", "\n").replace('\r', '\n').toCharArray()) {
            if (c == '\n') {
                escaped.append("\\n");
            } else {
                if ("~=#{}:\\".indexOf(c) >= 0 || arrows && c == '>' && previous == '-') {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
            previous = c;
        }
        return escaped.toString();
    }
}
