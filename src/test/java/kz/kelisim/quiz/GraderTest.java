package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.kelisim.base.Language;
import kz.kelisim.course.LocalizedText;
import kz.kelisim.quiz.Question.NumberAnswer;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;
import kz.kelisim.quiz.Response.Matched;
import kz.kelisim.quiz.Response.Ordered;
import kz.kelisim.quiz.Response.Selected;
import kz.kelisim.quiz.Response.TrueOrFalse;
import kz.kelisim.quiz.Response.Typed;

class GraderTest {

    @Test
    void single_choice_earns_the_weight_of_the_one_option_chosen() {
        Question question = choices(QuestionType.SINGLE_CHOICE, 100, 0, 0);

        assertThat(Grader.grade(question, new Selected(Set.of("o1")))).isEqualTo(Grade.RIGHT);
        assertThat(Grader.grade(question, new Selected(Set.of("o2")))).isEqualTo(Grade.WRONG);
        assertThat(Grader.grade(question, new Selected(Set.of("o1", "o2")))).isEqualTo(Grade.WRONG);
        assertThat(Grader.grade(question, new Selected(Set.of()))).isEqualTo(Grade.WRONG);
    }

    @Test
    void multiple_choice_gives_partial_credit_and_never_less_than_nothing() {
        Question question = choices(QuestionType.MULTIPLE_CHOICE, 50, 50, -100);

        assertThat(Grader.grade(question, new Selected(Set.of("o1"))).fraction()).isEqualTo(0.5);
        assertThat(Grader.grade(question, new Selected(Set.of("o1", "o2"))).fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(question, new Selected(Set.of("o1", "o2", "o3"))).fraction()).isZero();
        assertThat(Grader.grade(question, new Selected(Set.of("o3"))).fraction()).isZero();
        assertThat(Grade.of(0.5).marks(question)).isEqualTo(1.0);
    }

    @Test
    void true_false_is_right_only_when_it_agrees() {
        Question question = question(QuestionType.TRUE_FALSE, List.of(), List.of(), Map.of(), null, true);

        assertThat(Grader.grade(question, new TrueOrFalse(true))).isEqualTo(Grade.RIGHT);
        assertThat(Grader.grade(question, new TrueOrFalse(false))).isEqualTo(Grade.WRONG);
        assertThat(Grader.grade(question, new Typed("true"))).isEqualTo(Grade.WRONG);
    }

    @Test
    void matching_earns_the_share_of_prompts_matched_right_and_ignores_distractors() {
        Question question = question(QuestionType.MATCHING, List.of(), List.of(
                new Pair("p1", text("Медиатор"), text("бейтарап делдал")),
                new Pair("p2", text("Тарап"), text("дауға қатысушы")),
                new Pair("d1", new LocalizedText(Map.of()), text("бақылаушы"))), Map.of(), null, null);

        assertThat(Grader.grade(question, new Matched(Map.of("p1", "p1", "p2", "p2")))).isEqualTo(Grade.RIGHT);
        assertThat(Grader.grade(question, new Matched(Map.of("p1", "p1", "p2", "d1"))).fraction()).isEqualTo(0.5);
        assertThat(Grader.grade(question, new Matched(Map.of()))).isEqualTo(Grade.WRONG);
    }

    @Test
    void ordering_earns_the_share_of_items_in_their_right_place() {
        Question question = question(QuestionType.ORDERING, List.of(option("prepare", 0), option("open", 0),
                option("explore", 0), option("agree", 0)), List.of(), Map.of(), null, null);

        assertThat(Grader.grade(question, new Ordered(List.of("prepare", "open", "explore", "agree"))))
                .isEqualTo(Grade.RIGHT);
        assertThat(Grader.grade(question, new Ordered(List.of("prepare", "explore", "open", "agree"))).fraction())
                .isEqualTo(0.5);
        assertThat(Grader.grade(question, new Ordered(List.of("prepare", "open")))).isEqualTo(Grade.WRONG);
    }

    @ParameterizedTest(name = "\"{0}\" is right: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Қоғамдық келісім            | true
            '  қоғамдық   КЕЛІСІМ. '     | true
            «Қоғамдық келісім»          | true
            Қoғaмдық келiсiм            | true
            общественное согласие       | true
            общественное соглaсие       | true
            Қогамдық келісім            | false
            Коғамдық келісім            | false
            қоғамдық                    | false
            ''                          | false
            """)
    void short_answer_ignores_case_spacing_punctuation_and_wrong_keyboard_letters_but_not_kazakh_letters(
            String typed, boolean right) {
        Question question = question(QuestionType.SHORT_ANSWER, List.of(), List.of(),
                Map.of(Language.KK, List.of("қоғамдық келісім"), Language.RU, List.of("общественное согласие")),
                null, null);

        assertThat(Grader.grade(question, new Typed(typed)).fraction()).isEqualTo(right ? 1.0 : 0.0);
    }

    @Test
    void russian_yo_counts_as_ye_and_latin_schwa_as_kazakh_schwa() {
        assertThat(AnswerText.normalise("Ёлка")).isEqualTo(AnswerText.normalise("елка"));
        assertThat(AnswerText.normalise("ədiлет")).isEqualTo(AnswerText.normalise("әdiлет"));
        assertThat(AnswerText.normalise("əділет")).isEqualTo(AnswerText.normalise("әділет"));
        assertThat(AnswerText.normalise("қазақ")).isNotEqualTo(AnswerText.normalise("казак"));
        assertThat(AnswerText.normalise("үй")).isNotEqualTo(AnswerText.normalise("уй"));
    }

    @Test
    void english_answers_compare_as_english_whatever_their_case() {
        assertThat(AnswerText.normalise("PUBLIC ACCORD")).isEqualTo(AnswerText.normalise("public accord"));
        assertThat(AnswerText.normalise("Tolerance")).isEqualTo(AnswerText.normalise("tolerance"));
        assertThat(AnswerText.normalise("cop")).isNotEqualTo(AnswerText.normalise("сор"));
        assertThat(AnswerText.normalise("‘келісім’\u200B")).isEqualTo("келісім");
        assertThat(AnswerText.normalise("келісім . !")).isEqualTo("келісім");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NaN      | false
            Infinity | false
            0x7CB    | false
            1e3      | false
            1995     | true
            '1995,0' | true
            1995.4   | true
            1994.4   | false
            '1 995'  | true
            мың      | false
            """)
    void numeric_answer_is_right_within_the_tolerance(String typed, boolean right) {
        Question question = question(QuestionType.NUMERIC, List.of(), List.of(), Map.of(), new NumberAnswer(1995, 0.5),
                null);

        assertThat(Grader.grade(question, new Typed(typed)).fraction()).isCloseTo(right ? 1.0 : 0.0, within(0.0));
    }

    @Test
    void essay_waits_for_a_trainer_and_counts_nothing_until_then() {
        Question question = question(QuestionType.ESSAY, List.of(), List.of(), Map.of(), null, null);

        Grade grade = Grader.grade(question, new Typed("Біздің ауданда..."));

        assertThat(grade.awaitingTrainer()).isTrue();
        assertThat(grade.fraction()).isZero();
    }

    private static Question choices(QuestionType type, double... weights) {
        List<Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            options.add(option("o" + (i + 1), weights[i]));
        }
        return question(type, options, List.of(), Map.of(), null, null);
    }

    private static Option option(String id, double weight) {
        return new Option(id, text(id), weight, null);
    }

    private static Question question(QuestionType type, List<Option> options, List<Pair> pairs,
            Map<Language, List<String>> accepted, NumberAnswer number, Boolean correct) {
        return new Question("q", type, "category", Set.of(), 2, text("Сұрақ"), options, pairs, accepted, number,
                correct, null);
    }

    private static LocalizedText text(String kazakh) {
        return new LocalizedText(Map.of(Language.KK, kazakh));
    }
}
