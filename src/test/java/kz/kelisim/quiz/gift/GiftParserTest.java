package kz.kelisim.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.kelisim.quiz.gift.GiftQuestion.Choice;
import kz.kelisim.quiz.gift.GiftQuestion.Choices;
import kz.kelisim.quiz.gift.GiftQuestion.Description;
import kz.kelisim.quiz.gift.GiftQuestion.Essay;
import kz.kelisim.quiz.gift.GiftQuestion.Matching;
import kz.kelisim.quiz.gift.GiftQuestion.NumberAnswer;
import kz.kelisim.quiz.gift.GiftQuestion.Numeric;
import kz.kelisim.quiz.gift.GiftQuestion.Pair;
import kz.kelisim.quiz.gift.GiftQuestion.ShortAnswer;
import kz.kelisim.quiz.gift.GiftQuestion.TrueFalse;

/** Moodle's GIFT syntax, one feature at a time, then every mistake with its line, then a round trip. */
class GiftParserTest {

    private static final String BANK = """
            // Мысал банкі: этномедиация
            $CATEGORY: Этномедиация/Қағидаттар

            ::Еріктілік::Медиацияның қай қағидаты тараптардың өз еркімен қатысуын білдіреді? {
              =Еріктілік#Дұрыс: ешкім мәжбүрленбейді.
              ~Құпиялылық#Жоқ, бұл ақпаратты қорғау туралы.
              ~Бейтараптық
              ####«Медиация туралы» Заң, 2011 ж.
            }

            ::Бірнеше жауап::Медиацияның қағидаттарын таңдаңыз. {
              ~%50%Еріктілік
              ~%50%Құпиялылық
              ~%-100%Мәжбүрлеу
            }

            Қазақстан халқы Ассамблеясы 1995 жылы құрылды. {T#Қате: 1995 жылы.#Иә, 1995 жылы.}

            Ассамблея сессиясы — {=ең жоғарғы орган =жоғарғы орган} болып табылады.

            Сәйкестендіріңіз. {
              =Медиатор -> бейтарап делдал
              =Тарап -> дауға қатысушы
              =Кейс -> талдауға арналған жағдай
            }

            ::Жыл::«Медиация туралы» Заң қай жылы қабылданды? {#2011:0}

            Бір-бес аралығындағы сан: {#1..5}

            Жуық мән: {#
              =3.14159:0.00001#Дәл
              =%50%3.14:0.01#Жуық
            }

            ::Эссе::[markdown]Өз өңіріңіздегі бір дауды сипаттаңыз. {}

            Шешілетін \\{белгілер\\}: \\~ \\= \\# \\: және жаңа жол\\nосында.
            """;

    @Test
    void reads_a_bank_with_every_question_type_and_kazakh_text() {
        GiftImport result = GiftParser.parse(BANK);

        assertThat(result.problems()).isEmpty();
        List<GiftQuestion> questions = result.questions();
        assertThat(questions).hasSize(10);
        assertThat(questions).allSatisfy(question -> assertThat(question.category()).isEqualTo("Этномедиация/Қағидаттар"));

        GiftQuestion single = questions.get(0);
        assertThat(single.line()).isEqualTo(4);
        assertThat(single.title()).isEqualTo("Еріктілік");
        assertThat(single.text()).isEqualTo("Медиацияның қай қағидаты тараптардың өз еркімен қатысуын білдіреді?");
        assertThat(single.answer()).isEqualTo(new Choices(List.of(
                new Choice("Еріктілік", 100, "Дұрыс: ешкім мәжбүрленбейді."),
                new Choice("Құпиялылық", 0, "Жоқ, бұл ақпаратты қорғау туралы."),
                new Choice("Бейтараптық", 0, null)), false));
        assertThat(single.generalFeedback()).isEqualTo("«Медиация туралы» Заң, 2011 ж.");

        assertThat(questions.get(1).answer()).isEqualTo(new Choices(List.of(new Choice("Еріктілік", 50, null),
                new Choice("Құпиялылық", 50, null), new Choice("Мәжбүрлеу", -100, null)), true));
        assertThat(questions.get(2).answer()).isEqualTo(new TrueFalse(true, "Қате: 1995 жылы.", "Иә, 1995 жылы."));

        GiftQuestion missingWord = questions.get(3);
        assertThat(missingWord.text()).isEqualTo("Ассамблея сессиясы —");
        assertThat(missingWord.textAfter()).isEqualTo("болып табылады.");
        assertThat(missingWord.answer()).isEqualTo(new ShortAnswer(List.of(new Choice("ең жоғарғы орган", 100, null),
                new Choice("жоғарғы орган", 100, null))));

        assertThat(questions.get(4).answer()).isEqualTo(new Matching(List.of(new Pair("Медиатор", "бейтарап делдал"),
                new Pair("Тарап", "дауға қатысушы"), new Pair("Кейс", "талдауға арналған жағдай"))));
        assertThat(questions.get(5).answer()).isEqualTo(new Numeric(List.of(new NumberAnswer(2011, 0, 100, null))));
        assertThat(questions.get(6).answer()).isEqualTo(new Numeric(List.of(new NumberAnswer(3, 2, 100, null))));
        assertThat(questions.get(7).answer()).isEqualTo(new Numeric(List.of(
                new NumberAnswer(3.14159, 0.00001, 100, "Дәл"), new NumberAnswer(3.14, 0.01, 50, "Жуық"))));

        GiftQuestion essay = questions.get(8);
        assertThat(essay.answer()).isEqualTo(new Essay());
        assertThat(essay.format()).isEqualTo("markdown");

        GiftQuestion description = questions.get(9);
        assertThat(description.answer()).isEqualTo(new Description());
        assertThat(description.text()).isEqualTo("Шешілетін {белгілер}: ~ = # : және жаңа жол\nосында.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            brace-not-closed      | 4 | 'Сұрақ бір {=иә ~жоқ}\\n\\nСұрақ екі\\n{=иә\\n~жоқ'
            brace-unexpected      | 1 | 'Сұрақ } мұнда'
            brace-nested          | 2 | 'Сұрақ {=иә\\n~{жоқ}'
            second-answer-block   | 1 | 'Сұрақ {=иә ~жоқ} және {=тағы}'
            title-not-closed      | 1 | '::Атау Сұрақ {=иә ~жоқ}'
            text-empty            | 1 | '{=иә ~жоқ}'
            weight-invalid        | 2 | 'Сұрақ {\\n~%150%иә\\n~жоқ}'
            weight-invalid        | 2 | 'Сұрақ {\\n~%жарты%иә\\n~жоқ}'
            weights-not-100       | 1 | 'Сұрақ {~%50%иә ~%20%мүмкін ~жоқ}'
            no-right-answer       | 1 | 'Сұрақ {~иә ~жоқ}'
            several-right-answers | 1 | 'Сұрақ {=иә =әрине ~жоқ}'
            choices-too-few       | 1 | 'Сұрақ {~%100%иә}'
            answer-empty          | 1 | 'Сұрақ {= ~жоқ}'
            answer-text-outside   | 1 | 'Сұрақ {иә =жоқ}'
            matching-mixed        | 1 | 'Сұрақ {=а -> б ~в =г -> д}'
            matching-too-few      | 1 | 'Сұрақ {=а -> б}'
            number-invalid        | 1 | 'Жыл {#екі мың}'
            tolerance-negative    | 1 | 'Жыл {#2011:-1}'
            range-reversed        | 1 | 'Аралық {#5..1}'
            numeric-marker        | 1 | 'Сан {# =1:0 ~2:0}'
            true-false-feedback   | 1 | 'Шын ба? {T#а#б#в}'
            category-empty        | 1 | '$CATEGORY:\\n\\nСұрақ {=иә ~жоқ}'
            number-invalid        | 1 | 'Сан {#NaN}'
            number-invalid        | 1 | 'Сан {#Infinity:1}'
            weight-invalid        | 1 | 'Сұрақ {~%NaN%иә ~%100%жоқ}'
            partial-single-choice | 1 | 'Сұрақ {=%50%иә ~жоқ ~мүмкін}'
            answer-text-outside   | 1 | 'Шын ба? {true}'
            number-invalid        | 4 | 'Сан\\n{#\\n=1\\n=абв\\n}'
            """)
    void each_mistake_is_named_with_its_line_and_nothing_is_imported(String kind, int line, String gift) {
        GiftImport result = GiftParser.parse(gift.replace("\\n", "\n"));

        assertThat(result.ok()).isFalse();
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).extracting(GiftProblem::kind).contains(kind);
        assertThat(result.problems()).filteredOn(problem -> problem.kind().equals(kind))
                .first().extracting(GiftProblem::line).isEqualTo(line);
    }

    @Test
    void every_problem_of_a_file_is_reported_not_only_the_first() {
        GiftImport result = GiftParser.parse("Бір {~иә ~жоқ}\n\nЕкі {#жоқ}\n\nҮш {=дұрыс ~қате}\n\nТөрт {");

        assertThat(result.problems()).extracting(GiftProblem::line).containsExactly(1, 3, 7);
        assertThat(result.questions()).isEmpty();
    }

    @Test
    void windows_line_ends_a_byte_order_mark_and_comments_are_accepted() {
        GiftImport result = GiftParser.parse("\uFEFF// түсініктеме\r\nСұрақ {\r\n=иә\r\n~жоқ\r\n}\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).singleElement().satisfies(question -> assertThat(question.line()).isEqualTo(2));
    }

    @Test
    void writing_and_reading_back_gives_the_same_questions() {
        List<GiftQuestion> original = GiftParser.parse(BANK).questions();

        String written = GiftWriter.write(original);
        GiftImport again = GiftParser.parse(written);

        assertThat(again.problems()).as(written).isEmpty();
        assertThat(withoutLines(again.questions())).isEqualTo(withoutLines(original));
    }

    @Test
    void every_problem_the_parser_can_report_reads_in_all_three_languages() throws java.io.IOException {
        String parser = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/kz/kelisim/quiz/gift/GiftParser.java"));
        java.util.regex.Matcher kinds = java.util.regex.Pattern.compile("problem\\([^,]+, \"([a-z0-9-]+)\"")
                .matcher(parser);
        java.util.Set<String> reported = new java.util.TreeSet<>();
        while (kinds.find()) {
            reported.add(kinds.group(1));
        }
        assertThat(reported).hasSizeGreaterThan(15);
        for (String language : List.of("kk", "ru", "en")) {
            java.util.Properties bundle = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(reported).as(language).allSatisfy(kind ->
                    assertThat(bundle.getProperty("gift.problem." + kind)).as(kind).isNotBlank());
        }
    }

    @Test
    void texts_that_look_like_syntax_survive_a_round_trip() {
        List<GiftQuestion> tricky = GiftParser.parse("""
                ::::// бұл түсініктеме емес {=иә ~жоқ}

                ::::[html] — тег емес {~%100%\\%50 жеңілдік ~%0%\\%10}
                """).questions();
        assertThat(tricky).hasSize(2);
        assertThat(tricky.getFirst().text()).isEqualTo("// бұл түсініктеме емес");
        assertThat(tricky.getFirst().title()).isNull();

        GiftImport again = GiftParser.parse(GiftWriter.write(tricky));

        assertThat(again.problems()).isEmpty();
        assertThat(withoutLines(again.questions())).isEqualTo(withoutLines(tricky));
    }

    /** Every GIFT special character, an arrow that would read as a matching pair, and a backslash before one. */
    private static final String SYNTAX = "Қадам 1 -> қадам 2 = нәтиже ~ шамамен #ә {ң} : ғ --> ө \\-> ү";

    static java.util.stream.Stream<GiftQuestion> questions_with_syntax_in_every_free_text() {
        String t = SYNTAX;
        return java.util.stream.Stream.of(
                new GiftQuestion(0, "Санат", "бір жауап " + t, null, "Бір жауап: " + t, null, new Choices(List.of(
                        new Choice("Дұрыс " + t, 100, "Иә " + t), new Choice("Қате " + t, 0, "Жоқ " + t)), false),
                        "Жалпы " + t),
                new GiftQuestion(0, "Санат", null, null, "Бірнеше жауап: " + t, null, new Choices(List.of(
                        new Choice("Бір " + t, 50, "Жарты " + t), new Choice("Екі " + t, 50, null),
                        new Choice("Үш " + t, -100, "Қате " + t)), true), null),
                new GiftQuestion(0, "Санат", null, null, "Шын ба: " + t, null,
                        new TrueFalse(false, "Қате жауапқа " + t, "Дұрыс жауапқа " + t), "Жалпы " + t),
                new GiftQuestion(0, "Санат", null, null, "Қысқа жауап: " + t, null, new ShortAnswer(List.of(
                        new Choice("А -> Б", 100, "Кері байланыс " + t), new Choice(t, 100, null))), "Жалпы " + t),
                new GiftQuestion(0, "Санат", null, null, "Сәйкестендіріңіз: " + t, null, new Matching(List.of(
                        new GiftQuestion.Pair("Сол " + t, "Оң " + t), new GiftQuestion.Pair("1995 -> 2026", "А -> Б"))),
                        "Жалпы " + t),
                new GiftQuestion(0, "Санат", null, null, "Сан: " + t, null, new Numeric(List.of(
                        new NumberAnswer(1995, 0, 100, "Дәл " + t))), "Жалпы " + t),
                new GiftQuestion(0, "Санат", null, null, "Эссе: " + t, null, new Essay(), "Жалпы " + t),
                new GiftQuestion(0, "Санат", null, null, "Жетпейтін сөз " + t, "соңы " + t, new ShortAnswer(List.of(
                        new Choice("сөз -> сөз", 100, null))), null),
                new GiftQuestion(0, "Санат", null, null, "Сипаттама: " + t, null, new Description(), null));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("questions_with_syntax_in_every_free_text")
    void an_arrow_and_every_special_character_in_any_text_survive_a_round_trip(GiftQuestion question) {
        String written = GiftWriter.write(List.of(question));

        GiftImport again = GiftParser.parse(written);

        assertThat(again.problems()).as(written).isEmpty();
        assertThat(withoutLines(again.questions())).as(written).containsExactly(question);
    }

    private static List<GiftQuestion> withoutLines(List<GiftQuestion> questions) {
        return questions.stream().map(question -> new GiftQuestion(0, question.category(), question.title(),
                question.format(), question.text(), question.textAfter(), question.answer(),
                question.generalFeedback())).toList();
    }
}
