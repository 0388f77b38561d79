package kz.kelisim.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.kelisim.base.Language;
import kz.kelisim.course.LocalizedText;

/**
 * A question of a course's bank, in every language of the course. Which parts are used depends on
 * the type: {@code options} for choices (weights in percent) and for ordering (in the right order),
 * {@code pairs} for matching, {@code accepted} for short answers (per language), {@code number} for
 * numeric, {@code correct} for true/false.
 */
public record Question(String id, QuestionType type, String category, Set<String> tags, double mark,
        LocalizedText text, List<Option> options, List<Pair> pairs, Map<Language, List<String>> accepted,
        NumberAnswer number, Boolean correct, LocalizedText feedback) {

    /** A choice, or an item to order. {@code weight}: percent of the mark it is worth when chosen. */
    public record Option(String id, LocalizedText text, double weight, LocalizedText feedback) {
    }

    /** A prompt and the answer it matches; an empty prompt makes the answer a distractor. */
    public record Pair(String id, LocalizedText prompt, LocalizedText match) {
    }

    public record NumberAnswer(double value, double tolerance) {
    }
}
