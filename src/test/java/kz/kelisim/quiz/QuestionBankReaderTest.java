package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.kelisim.base.Language;
import kz.kelisim.course.ContentProblem;

/** Question bank files: every type read as written, and each mistake named with its line. */
class QuestionBankReaderTest {

    private static final String BANK = """
            category: principles
            title: {kk: Қағидаттар, ru: Принципы}
            questions:
              - id: voluntariness
                type: single-choice
                tags: [law]
                text: {kk: Қай қағидат, ru: Какой принцип}
                options:
                  - id: a
                    text: {kk: Еріктілік, ru: Добровольность}
                    right: true
                    feedback: {kk: Дұрыс., ru: Верно.}
                  - id: b
                    text: {kk: Мәжбүрлеу, ru: Принуждение}
                feedback: {kk: Заң бойынша., ru: По закону.}
              - id: principles
                type: multiple-choice
                mark: 2
                text: {kk: Қағидаттар, ru: Принципы}
                options:
                  - {id: a, weight: 50, text: {kk: Еріктілік, ru: Добровольность}}
                  - {id: b, weight: 50, text: {kk: Құпиялылық, ru: Конфиденциальность}}
                  - {id: c, weight: -100, text: {kk: Мәжбүрлеу, ru: Принуждение}}
              - {id: founded, type: true-false, answer: true, text: {kk: 1995 жылы, ru: В 1995 году}}
              - id: roles
                type: matching
                text: {kk: Сәйкестендіріңіз, ru: Сопоставьте}
                pairs:
                  - {id: p1, prompt: {kk: Медиатор, ru: Медиатор}, match: {kk: делдал, ru: посредник}}
                  - {id: p2, prompt: {kk: Тарап, ru: Сторона}, match: {kk: қатысушы, ru: участник}}
                  - {id: d1, match: {kk: бақылаушы, ru: наблюдатель}}
              - id: stages
                type: ordering
                text: {kk: Ретімен, ru: По порядку}
                options:
                  - {id: prepare, text: {kk: Дайындық, ru: Подготовка}}
                  - {id: agree, text: {kk: Келісім, ru: Соглашение}}
              - id: term
                type: short-answer
                text: {kk: Термин, ru: Термин}
                accepted:
                  kk: [қоғамдық келісім]
                  ru: [общественное согласие, согласие]
              - {id: law-year, type: numeric, number: 2011, tolerance: 0, text: {kk: Жылы, ru: Год}}
              - {id: own-region, type: essay, mark: 5, text: {kk: Сипаттаңыз, ru: Опишите}}
              - id: own-plan
                type: essay
                mark: 10
                text: {kk: Жоспар жазыңыз, ru: Напишите план}
                marking-guide:
                  kk: Тараптарды атаса — 3 ұпай.
                  ru: Названы стороны — 3 балла.
            """;

    @Test
    void reads_every_type_as_written() {
        List<ContentProblem> problems = new ArrayList<>();

        List<Question> questions = read(BANK, problems);

        assertThat(problems).isEmpty();
        assertThat(questions).extracting(Question::type).containsExactly(QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.MATCHING, QuestionType.ORDERING,
                QuestionType.SHORT_ANSWER, QuestionType.NUMERIC, QuestionType.ESSAY, QuestionType.ESSAY);
        Question single = questions.getFirst();
        assertThat(single.category()).isEqualTo("principles");
        assertThat(single.tags()).containsExactly("law");
        assertThat(single.options()).extracting(Question.Option::weight).containsExactly(100.0, 0.0);
        assertThat(single.options().getFirst().feedback().in(Language.RU)).isEqualTo("Верно.");
        assertThat(questions.get(1).mark()).isEqualTo(2);
        assertThat(questions.get(2).correct()).isTrue();
        assertThat(questions.get(3).pairs()).hasSize(3);
        assertThat(questions.get(5).accepted().get(Language.RU)).containsExactly("общественное согласие", "согласие");
        assertThat(questions.get(6).number()).isEqualTo(new Question.NumberAnswer(2011, 0));
        assertThat(questions.get(7).mark()).isEqualTo(5);
        assertThat(questions.get(7).markingGuide()).isNull();
        assertThat(questions.get(8).markingGuide().in(Language.RU)).isEqualTo("Названы стороны — 3 балла.");
    }

    @Test
    void a_marking_guide_belongs_to_essays_only() {
        List<ContentProblem> problems = new ArrayList<>();

        read(BANK.replace("{id: founded, type: true-false,",
                "{id: founded, type: true-false, marking-guide: {kk: Нұсқау, ru: Указание},"), problems);

        assertThat(problems).extracting(ContentProblem::kind, ContentProblem::line, ContentProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("key-not-for-type", 24,
                        List.of("marking-guide", "true-false")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            question-type-unknown | 'type: true-false'           | 'type: yes-no'
            right-option-count    | '    right: true'              | '    right: false'
            weights-not-100       | 'weight: 50, text: {kk: Құп' | 'weight: 40, text: {kk: Құп'
            weight-invalid        | 'weight: -100'               | 'weight: -150'
            pairs-too-few         | '- {id: p2, prompt: {kk: Тарап, ru: Сторона},' | '- {id: p2,'
            accepted-missing      | '      ru: [общественное согласие, согласие]' | '      ru: []'
            number-invalid        | 'number: 2011'               | 'number: екі мың'
            tolerance-invalid     | 'tolerance: 0'               | 'tolerance: -1'
            mark-invalid          | 'mark: 5'                    | 'mark: 0'
            key-not-for-type      | 'type: essay, mark: 5'       | 'type: essay, number: 1, mark: 5'
            duplicate-id          | 'id: law-year'               | 'id: founded'
            translation-missing   | 'text: {kk: Жылы, ru: Год}' | 'text: {kk: Жылы}'
            category-mismatch     | 'category: principles'       | 'category: practice'
            unknown-key           | '    tags: [law]'            | '    tag: [law]'
            options-too-few       | '      - {id: agree, text: {kk: Келісім, ru: Соглашение}}' | ''
            accepted-empty        | '      kk: [қоғамдық келісім]' | '      kk: [қоғамдық келісім, ...]'
            language-repeated     | 'text: {kk: Жылы, ru: Год}'   | 'text: {kk: Жылы, ru: Год, ru: Год}'
            """)
    void each_mistake_is_named_with_its_line(String kind, String text, String replacement) {
        String broken = BANK.replace(text, replacement);
        assertThat(broken).as("the mutation applies").isNotEqualTo(BANK);
        List<ContentProblem> problems = new ArrayList<>();

        read(broken, problems);

        assertThat(problems).extracting(ContentProblem::kind).contains(kind);
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.line()).isPositive();
            assertThat(problem.file()).isEqualTo("sample/questions/principles.yaml");
        });
    }

    private static List<Question> read(String yaml, List<ContentProblem> problems) {
        Map<String, Integer> ids = new HashMap<>();
        return new QuestionBankReader("sample/questions/principles.yaml", "principles",
                List.of(Language.KK, Language.RU), ids, problems).read(yaml);
    }
}
