package kz.kelisim.quiz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.kelisim.base.Latin;
import kz.kelisim.base.Language;
import kz.kelisim.course.LocalizedText;
import kz.kelisim.course.YamlSource;
import kz.kelisim.quiz.Question.NumberAnswer;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;
import kz.kelisim.quiz.gift.GiftProblem;
import kz.kelisim.quiz.gift.GiftQuestion;
import kz.kelisim.quiz.gift.GiftQuestion.Choice;
import kz.kelisim.quiz.gift.GiftQuestion.Choices;
import kz.kelisim.quiz.gift.GiftQuestion.Description;
import kz.kelisim.quiz.gift.GiftQuestion.Essay;
import kz.kelisim.quiz.gift.GiftQuestion.Matching;
import kz.kelisim.quiz.gift.GiftQuestion.Numeric;
import kz.kelisim.quiz.gift.GiftQuestion.ShortAnswer;
import kz.kelisim.quiz.gift.GiftQuestion.TrueFalse;

/**
 * Between a bank's questions and Moodle's GIFT, one language at a time. GIFT has no marks, tags,
 * ordering questions or languages: an exported question keeps its id as the GIFT title, an imported
 * one has mark 1, no tags and its texts in the one language chosen.
 */
final class GiftMapping {

    private static final double FULL = QuestionBankReader.FULL;

    private GiftMapping() {
    }

    /** The question in GIFT, in one language; null for an ordering question, which GIFT cannot hold. */
    static GiftQuestion toGift(Question question, Language language) {
        GiftQuestion.Answer answer = switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Choices(question.options().stream()
                    .map(option -> new Choice(option.text().in(language), option.weight(), in(option.feedback(), language)))
                    .toList(), question.type() == QuestionType.MULTIPLE_CHOICE);
            case TRUE_FALSE -> new TrueFalse(Boolean.TRUE.equals(question.correct()), null, null);
            case MATCHING -> new Matching(question.pairs().stream()
                    .map(pair -> new GiftQuestion.Pair(pair.prompt().texts().isEmpty() ? "" : pair.prompt().in(language),
                            pair.match().in(language)))
                    .toList());
            case SHORT_ANSWER -> new ShortAnswer(question.accepted().getOrDefault(language, List.of()).stream()
                    .map(accepted -> new Choice(accepted, FULL, null)).toList());
            case NUMERIC -> new Numeric(List.of(new GiftQuestion.NumberAnswer(question.number().value(),
                    question.number().tolerance(), FULL, null)));
            case ESSAY -> new Essay();
            case ORDERING -> null;
        };
        return answer == null ? null : new GiftQuestion(0, question.category(), question.id(), null,
                question.text().in(language), null, answer, in(question.feedback(), language));
    }

    /**
     * The GIFT question as a question of the bank, its texts in {@code language}; null, with the
     * reason added to {@code problems}, when Kelisim has no such question.
     */
    static Question fromGift(GiftQuestion gift, Language language, String id, String category,
            List<GiftProblem> problems) {
        String text = gift.textAfter() == null ? gift.text() : gift.text() + " _____ " + gift.textAfter();
        LocalizedText feedback = text(gift.generalFeedback(), language);
        List<Option> options = List.of();
        List<Pair> pairs = List.of();
        Map<Language, List<String>> accepted = Map.of();
        NumberAnswer number = null;
        Boolean correct = null;
        QuestionType type;
        switch (gift.answer()) {
            case Description description -> {
                problems.add(new GiftProblem(gift.line(), "description-not-imported", List.of()));
                return null;
            }
            case Essay essay -> type = QuestionType.ESSAY;
            case TrueFalse trueFalse -> {
                type = QuestionType.TRUE_FALSE;
                correct = trueFalse.correct();
                // Kelisim explains a true/false question once: the general feedback, else the one for a wrong answer
                if (feedback == null) {
                    feedback = text(trueFalse.feedbackWhenWrong() != null ? trueFalse.feedbackWhenWrong()
                            : trueFalse.feedbackWhenRight(), language);
                }
            }
            case Choices choices -> {
                type = choices.multipleResponse() ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
                List<Option> read = new ArrayList<>();
                for (Choice choice : choices.choices()) {
                    read.add(new Option(optionId(read.size()), required(choice.text(), language), choice.weight(),
                            text(choice.feedback(), language)));
                }
                options = List.copyOf(read);
            }
            case ShortAnswer shortAnswer -> {
                type = QuestionType.SHORT_ANSWER;
                for (Choice choice : shortAnswer.accepted()) {
                    if (choice.weight() != FULL) {
                        problems.add(new GiftProblem(gift.line(), "short-answer-partial",
                                List.of(choice.text(), AnswerText.plainNumber(choice.weight()))));
                    }
                }
                accepted = Map.of(language, shortAnswer.accepted().stream().map(Choice::text).toList());
            }
            case Matching matching -> {
                type = QuestionType.MATCHING;
                List<Pair> read = new ArrayList<>();
                for (GiftQuestion.Pair pair : matching.pairs()) {
                    read.add(new Pair("p" + (read.size() + 1), required(pair.prompt(), language),
                            required(pair.match(), language)));
                }
                pairs = List.copyOf(read);
            }
            case Numeric numeric -> {
                type = QuestionType.NUMERIC;
                if (numeric.answers().size() != 1 || numeric.answers().getFirst().weight() != FULL) {
                    problems.add(new GiftProblem(gift.line(), "numeric-several",
                            List.of(String.valueOf(numeric.answers().size()))));
                    return null;
                }
                GiftQuestion.NumberAnswer answer = numeric.answers().getFirst();
                number = new NumberAnswer(answer.value(), answer.tolerance());
            }
        }
        return new Question(id, type, category, Set.of(), 1, required(text, language), options, pairs, accepted, number,
                correct, feedback);
    }

    /**
     * A GIFT category as a category id: its last part ({@code $course$/top/Law} gives {@code law}),
     * in lowercase Latin letters (Kazakh and Russian letters transliterated), digits and hyphens; null
     * when nothing of it is left.
     */
    static String categoryId(String giftCategory) {
        if (giftCategory == null) {
            return null;
        }
        String last = giftCategory.substring(giftCategory.lastIndexOf('/') + 1);
        // Kazakh and Russian category names in Latin letters ("Құқық" gives "kukyk"), not dropped
        String id = Latin.of(last).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > YamlSource.MAX_ID_LENGTH) {
            id = id.substring(0, YamlSource.MAX_ID_LENGTH).replaceAll("-+$", "");
        }
        return YamlSource.ID.matcher(id).matches() ? id : null;
    }

    private static String optionId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
    }

    /** The text in the language, or no text at all (which the bank's checks then name). */
    private static LocalizedText required(String text, Language language) {
        LocalizedText given = text(text, language);
        return given == null ? new LocalizedText(Map.of()) : given;
    }

    /** The text in the language, or null when there is none (an optional text). */
    private static LocalizedText text(String text, Language language) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(language, text.strip());
        return new LocalizedText(texts);
    }

    private static String in(LocalizedText text, Language language) {
        return text == null || text.texts().isEmpty() ? null : text.in(language);
    }
}
