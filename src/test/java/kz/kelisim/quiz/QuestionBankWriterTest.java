package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kz.kelisim.base.Language;
import kz.kelisim.course.ContentProblem;
import kz.kelisim.course.LocalizedText;

/** What the bank editor writes, the loader reads back to the same questions. */
class QuestionBankWriterTest {

    private static final Path SAMPLE_BANK = Path.of("courses/sample-ethnomediation/questions");
    private static final List<Language> ALL = List.of(Language.KK, Language.RU, Language.EN);

    @Test
    void every_question_of_the_sample_bank_reads_back_equal() throws IOException {
        List<Question> everyType = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLE_BANK)) {
            for (Path file : files.sorted().toList()) {
                String category = file.getFileName().toString().replace(".yaml", "");
                List<ContentProblem> problems = new ArrayList<>();
                QuestionBankReader reader = new QuestionBankReader(file.toString(), category, ALL, new HashMap<>(),
                        problems);
                List<Question> questions = reader.read(Files.readString(file));
                assertThat(problems).isEmpty();

                String written = QuestionBankWriter.write(category, reader.title(), questions);

                assertThat(readBack(category, written)).isEqualTo(questions);
                everyType.addAll(questions);
            }
        }
        assertThat(everyType).extracting(Question::type).containsAll(EnumSet.allOf(QuestionType.class));
    }

    @Test
    void kazakh_letters_and_yaml_special_characters_survive() {
        List<String> awkward = List.of("Әсел: ғ қ ң ө ұ ү һ і", "# not a comment", "'single' and \"double\" quotes",
                "- a leading dash", "first line\nsecond line\n\nafter a blank line", "true", "2011", "key: value #x",
                "{braces} [brackets] & * ! | > % @ `", "  leading and trailing spaces are trimmed by the reader");
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < awkward.size(); i++) {
            String text = awkward.get(i).strip();
            questions.add(new Question("q-" + i, QuestionType.SHORT_ANSWER, "awkward", Set.of("тег: бір", "#2"), 0.5,
                    new LocalizedText(Map.of(Language.KK, text, Language.RU, text + " (ru)", Language.EN, text)),
                    List.of(), List.of(), Map.of(Language.KK, List.of(text), Language.RU, List.of("a", text),
                            Language.EN, List.of("b")), null, null,
                    new LocalizedText(Map.of(Language.KK, "Кері байланыс: " + text, Language.RU, text, Language.EN, text))));
        }
        LocalizedText title = new LocalizedText(Map.of(Language.KK, "Қиын: таңбалар", Language.RU, "# Трудные",
                Language.EN, "- Awkward"));

        String written = QuestionBankWriter.write("awkward", title, questions);

        assertThat(written).contains("Әсел: ғ қ ң ө ұ ү һ і").contains("|");
        assertThat(readBack("awkward", written)).isEqualTo(questions);
    }

    @Test
    void one_question_on_its_own_reads_back_with_its_lines() {
        Question question = new Question("law-year", QuestionType.NUMERIC, "basics", Set.of(), 1,
                new LocalizedText(Map.of(Language.KK, "Жыл?", Language.RU, "Год?", Language.EN, "Year?")), List.of(),
                List.of(), Map.of(), new Question.NumberAnswer(2011.5, 0.25), null, null);

        String written = QuestionBankWriter.write(question);

        assertThat(written).startsWith("id: law-year\ntype: numeric\n").contains("number: 2011.5");
        List<ContentProblem> problems = new ArrayList<>();
        assertThat(new QuestionBankReader("snippet", "basics", ALL, new HashMap<>(), problems).readOne(written))
                .isEqualTo(question);
        assertThat(problems).isEmpty();
    }

    private static List<Question> readBack(String category, String yaml) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Question> read = new QuestionBankReader("written", category, ALL, new HashMap<>(), problems).read(yaml);
        assertThat(problems).as(yaml).isEmpty();
        return read;
    }
}
