package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import kz.kelisim.base.Language;
import kz.kelisim.course.LocalizedText;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;
import kz.kelisim.quiz.QuestionPaper.PaperOption;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;
import kz.kelisim.quiz.QuizSettings.Draw;

class PaperDrawerTest {

    private static final List<Question> BANK = bank();

    @Test
    void the_same_seed_gives_the_same_paper_so_a_resumed_attempt_looks_as_it_did() {
        QuizSettings settings = settings(true, true, new Draw("principles", 3), new Draw("practice", 2));

        assertThat(PaperDrawer.draw(settings, BANK, 42)).isEqualTo(PaperDrawer.draw(settings, BANK, 42));
    }

    @Test
    void each_category_gives_as_many_different_questions_as_drawn() {
        QuizSettings settings = settings(true, true, new Draw("principles", 3), new Draw("practice", 2));

        for (long seed = 0; seed < 50; seed++) {
            List<String> ids = PaperDrawer.draw(settings, BANK, seed).questions().stream()
                    .map(PaperQuestion::questionId).toList();
            assertThat(ids).hasSize(5).doesNotHaveDuplicates();
            assertThat(ids).filteredOn(id -> id.startsWith("principles")).hasSize(3);
            assertThat(ids).filteredOn(id -> id.startsWith("practice")).hasSize(2);
        }
    }

    @Test
    void different_seeds_draw_different_papers() {
        QuizSettings settings = settings(true, true, new Draw("principles", 3));

        Set<List<String>> papers = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            papers.add(PaperDrawer.draw(settings, BANK, seed).questions().stream().map(PaperQuestion::questionId)
                    .toList());
        }
        assertThat(papers).hasSizeGreaterThan(10);
    }

    @Test
    void without_shuffling_questions_and_options_keep_the_bank_order() {
        QuizSettings settings = settings(false, false, new Draw("principles", 6));

        QuestionPaper paper = PaperDrawer.draw(settings, BANK, 7);

        assertThat(paper.questions()).extracting(PaperQuestion::questionId)
                .containsExactly("principles-0", "principles-1", "principles-2", "principles-3", "principles-4",
                        "principles-5");
        assertThat(paper.questions().getFirst().options()).extracting(PaperOption::id).containsExactly("a", "b", "c");
    }

    @Test
    void items_to_order_and_matches_are_never_shown_in_their_right_order() {
        QuizSettings settings = settings(false, false, new Draw("practice", 2));

        for (long seed = 0; seed < 200; seed++) {
            QuestionPaper paper = PaperDrawer.draw(settings, BANK, seed);
            PaperQuestion ordering = question(paper, "practice-ordering");
            assertThat(ordering.options()).extracting(PaperOption::id).isNotEqualTo(List.of("first", "second", "third"))
                    .containsExactlyInAnyOrder("first", "second", "third");
            PaperQuestion matching = question(paper, "practice-matching");
            assertThat(matching.prompts()).extracting(PaperOption::id).containsExactly("p1", "p2");
            assertThat(matching.matches()).extracting(PaperOption::id).isNotEqualTo(List.of("p1", "p2", "d1"))
                    .containsExactlyInAnyOrder("p1", "p2", "d1");
        }
    }

    @Test
    void a_paper_has_no_place_for_an_answer() {
        Set<String> allowed = Set.of("seed", "questions", "questionId", "slot", "type", "mark", "text", "options",
                "prompts", "matches", "id");
        for (Class<?> part : List.of(QuestionPaper.class, PaperQuestion.class, PaperOption.class)) {
            assertThat(Arrays.stream(part.getRecordComponents()).map(RecordComponent::getName))
                    .as(part.getSimpleName()).allMatch(allowed::contains);
        }
    }

    @Test
    void drawing_more_than_a_category_holds_is_refused() {
        assertThatThrownBy(() -> PaperDrawer.draw(settings(true, true, new Draw("practice", 3)), BANK, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PaperQuestion question(QuestionPaper paper, String id) {
        return paper.questions().stream().filter(question -> question.questionId().equals(id)).findFirst().orElseThrow();
    }

    private static QuizSettings settings(boolean shuffleQuestions, boolean shuffleOptions, Draw... draws) {
        return new QuizSettings("final-test", List.of(draws), shuffleQuestions, shuffleOptions, Duration.ofMinutes(20),
                null, null, 1, QuizSettings.Grading.HIGHEST, 50, QuizSettings.Layout.ONE_PER_PAGE,
                new QuizSettings.Review(QuizSettings.Review.When.AFTER_SUBMIT, true, false, true),
                QuizSettings.Role.FINAL_TEST);
    }

    private static List<Question> bank() {
        List<Question> bank = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> bank.add(new Question("principles-" + i, QuestionType.SINGLE_CHOICE,
                "principles", Set.of(), 1, text("Сұрақ " + i), List.of(option("a", 100), option("b", 0), option("c", 0)),
                List.of(), Map.of(), null, null, text("Түсініктеме"))));
        bank.add(new Question("practice-ordering", QuestionType.ORDERING, "practice", Set.of(), 1, text("Ретімен"),
                List.of(option("first", 0), option("second", 0), option("third", 0)), List.of(), Map.of(), null, null,
                null));
        bank.add(new Question("practice-matching", QuestionType.MATCHING, "practice", Set.of(), 1, text("Сәйкестендір"),
                List.of(), List.of(new Pair("p1", text("Медиатор"), text("делдал")),
                        new Pair("p2", text("Тарап"), text("қатысушы")),
                        new Pair("d1", new LocalizedText(Map.of()), text("бақылаушы"))), Map.of(), null, null, null));
        return List.copyOf(bank);
    }

    private static Option option(String id, double weight) {
        return new Option(id, text(id), weight, text("кері байланыс"));
    }

    private static LocalizedText text(String kazakh) {
        return new LocalizedText(Map.of(Language.KK, kazakh));
    }
}
