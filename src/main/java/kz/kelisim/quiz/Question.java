package kz.kelisim.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.kelisim.base.Language;
import kz.kelisim.course.LocalizedText;

/**
 * A question of a course's bank, in every language of the course. Which parts are used depends on
 * the type: {@code options} for choices (weights in percent) and for ordering (in the right order),
 * {@code pairs} for matching, {@code accepted} for short answers (per language), {@code number} for
 * numeric, {@code correct} for true/false. {@code markingGuide} (essays only, may be null) is for the
 * trainers who grade: it is never shown to a trainee.
 */
public record Question(String id, QuestionType type, String category, Set<String> tags, double mark,
        LocalizedText text, List<Option> options, List<Pair> pairs, Map<Language, List<String>> accepted,
        NumberAnswer number, Boolean correct, LocalizedText feedback, LocalizedText markingGuide) {

    /** A question without a marking guide (every type but essays, and essays that have none). */
    public Question(String id, QuestionType type, String category, Set<String> tags, double mark, LocalizedText text,
            List<Option> options, List<Pair> pairs, Map<Language, List<String>> accepted, NumberAnswer number,
            Boolean correct, LocalizedText feedback) {
        this(id, type, category, tags, mark, text, options, pairs, accepted, number, correct, feedback, null);
    }

    /** A choice, or an item to order. {@code weight}: percent of the mark it is worth when chosen. */
    public record Option(String id, LocalizedText text, double weight, LocalizedText feedback) {
    }

    /** A prompt and the answer it matches; an empty prompt makes the answer a distractor. */
    public record Pair(String id, LocalizedText prompt, LocalizedText match) {
    }

    public record NumberAnswer(double value, double tolerance) {
    }

    /**
     * The languages of {@code languages} in which some text of the question (its text, feedback,
     * options, pairs) or, for a short answer, its accepted answers are missing: a trainee reading
     * in one of them would meet another language or, for a short answer, could never be right.
     */
    public List<Language> missingLanguages(List<Language> languages) {
        List<LocalizedText> texts = new ArrayList<>();
        texts.add(text);
        texts.add(feedback);
        options.forEach(option -> {
            texts.add(option.text());
            texts.add(option.feedback());
        });
        pairs.forEach(pair -> {
            texts.add(pair.prompt().texts().isEmpty() ? null : pair.prompt());
            texts.add(pair.match());
        });
        return languages.stream()
                .filter(language -> texts.stream().anyMatch(given -> given != null && !given.texts().isEmpty()
                        && !given.texts().containsKey(language))
                        || type == QuestionType.SHORT_ANSWER && accepted.getOrDefault(language, List.of()).isEmpty())
                .toList();
    }
}
