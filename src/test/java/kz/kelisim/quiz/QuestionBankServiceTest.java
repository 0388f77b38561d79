package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.course.ContentProblem;
import kz.kelisim.course.CourseEditorFixture;
import kz.kelisim.course.CourseFixture;
import kz.kelisim.course.CourseFolderTest;
import kz.kelisim.course.CourseLoadStatus;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.course.LocalizedText;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;
import kz.kelisim.quiz.QuestionBankService.BankChange;
import kz.kelisim.quiz.QuestionBankService.BankProblem;
import kz.kelisim.quiz.QuestionBankService.BankQuestion;
import kz.kelisim.quiz.QuestionBankService.GiftPreview;

/** Trainers author a course's bank through its files, on the real database, whole or not at all. */
@Transactional
@Tag("persistence")
class QuestionBankServiceTest extends CourseFolderTest {

    private static final String ID = "bank-authoring";
    private static final String BANK = """
            # written by hand: the editor does not keep this comment
            category: basics
            title: {kk: Негіздер, ru: Основы, en: Basics}
            questions:
              - {id: founded, type: true-false, answer: true, text: {kk: 1995 жыл, ru: 1995 год, en: Year 1995}}
              - {id: law-year, type: numeric, number: 2011, text: {kk: Жыл, ru: Год, en: Year}}
            """;
    private static final String NEW_QUESTION = """
            id: accord
            type: short-answer
            tags: [terms]
            text:
              kk: "Келісім: қалай аталады?"
              ru: Как называется согласие?
              en: What is accord called?
            accepted:
              kk: [қоғамдық келісім]
              ru: [общественное согласие]
              en: [public accord]
            """;

    @Autowired
    QuestionBankService bank;

    @Autowired
    CourseLoader loader;

    Path course;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void writeCourse() {
        CourseEditorFixture.editors(jdbc, ID, "trainer", "staff");
        course = CourseFixture.writeCourse(FOLDER, ID);
        CourseFixture.replace(course.resolve("course.yaml"), """
                          - id: handout
                """, """
                          - id: final-test
                            type: quiz
                            title: {kk: Тест, ru: Тест, en: Test}
                          - id: handout
                """);
        CourseFixture.write(course.resolve("quizzes/final-test.yaml"), """
                quiz: final-test
                draw:
                  - {category: basics, count: 2}
                """);
        CourseFixture.write(course.resolve("questions/basics.yaml"), BANK);
    }

    @Test
    @WithUserDetails("trainer")
    void a_question_lacking_a_language_loads_with_a_warning_and_the_list_names_the_language() {
        CourseFixture.replace(course.resolve("questions/basics.yaml"), "text: {kk: Жыл, ru: Год, en: Year}",
                "text: {kk: Жыл, ru: Год}");

        CourseLoadStatus status = loader.reload(ID);

        assertThat(status.outcome()).isEqualTo(CourseLoadStatus.Outcome.LOADED);
        assertThat(status.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo("translation-missing");
            assertThat(warning.location()).isEqualTo(ID + "/questions/basics.yaml:6");
        });
        assertThat(bank.questions(ID)).extracting(entry -> entry.question().id() + " " + entry.missing())
                .containsExactly("founded []", "law-year [EN]");
    }

    @Test
    @WithUserDetails("trainer")
    void a_trainer_who_is_not_an_editor_of_the_course_reads_its_bank_but_cannot_change_it() throws IOException {
        loader.reload(ID);
        CourseEditorFixture.editors(jdbc, ID, "staff");
        byte[] before = Files.readAllBytes(course.resolve("questions/basics.yaml"));

        assertThat(bank.mayEdit(ID)).isFalse();
        assertThat(bank.questions(ID)).hasSize(2);
        assertThatThrownBy(() -> bank.save(ID, "basics", NEW_QUESTION, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bank.delete(ID, "founded")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bank.importGift(ID, Language.KK, "Сұрақ {T}", "basics"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Files.readAllBytes(course.resolve("questions/basics.yaml"))).isEqualTo(before);
    }

    @Test
    @WithUserDetails("trainee")
    void trainee_cannot_edit_a_bank() throws IOException {
        byte[] before = Files.readAllBytes(course.resolve("questions/basics.yaml"));

        assertThatThrownBy(() -> bank.save(ID, "basics", NEW_QUESTION, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bank.delete(ID, "founded")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bank.importGift(ID, Language.KK, "Сұрақ {T}", "basics"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bank.questions(ID)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bank.exportGift(ID, Language.KK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> loader.reload(ID)).isInstanceOf(AccessDeniedException.class);

        assertThat(Files.readAllBytes(course.resolve("questions/basics.yaml"))).isEqualTo(before);
    }

    @Test
    @WithUserDetails("trainer")
    void trainer_saves_a_new_question_into_the_file_and_the_live_bank() throws IOException {
        loader.reload(ID);

        BankChange change = bank.save(ID, "basics", NEW_QUESTION, null);

        assertThat(change.done()).as("%s", change.problems()).isTrue();
        assertThat(bank.questions(ID)).extracting(entry -> entry.question().id())
                .containsExactly("founded", "law-year", "accord");
        String file = Files.readString(course.resolve("questions/basics.yaml"), StandardCharsets.UTF_8);
        assertThat(file).startsWith("category: basics\n").contains("- id: accord").contains("қоғамдық келісім")
                .doesNotContain("written by hand");
        assertThat(bank.source(ID, "accord")).contains("Келісім: қалай аталады?");
    }

    @Test
    @WithUserDetails("staff")
    void an_edit_may_move_a_question_to_a_new_category_and_rename_it() throws IOException {
        loader.reload(ID);
        bank.save(ID, "basics", NEW_QUESTION, null);

        BankChange change = bank.save(ID, "terms", NEW_QUESTION.replace("id: accord", "id: public-accord"), "accord");

        assertThat(change.done()).as("%s", change.problems()).isTrue();
        assertThat(bank.questions(ID)).extracting(entry -> entry.question().category() + "/" + entry.question().id())
                .containsExactly("basics/founded", "basics/law-year", "terms/public-accord");
        assertThat(Files.readString(course.resolve("questions/terms.yaml"))).contains("title:\n  kk: terms");
    }

    @Test
    @WithUserDetails("trainer")
    void a_mistake_in_the_yaml_comes_back_with_its_own_line_and_changes_nothing() throws IOException {
        loader.reload(ID);
        byte[] before = Files.readAllBytes(course.resolve("questions/basics.yaml"));

        BankChange change = bank.save(ID, "basics", NEW_QUESTION.replace("type: short-answer", "type: short"), null);

        assertThat(change.done()).isFalse();
        assertThat(change.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("course.problem.question-type-unknown");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.file()).isNull();
        });
        assertThat(Files.readAllBytes(course.resolve("questions/basics.yaml"))).isEqualTo(before);
        assertThat(bank.save(ID, "basics", NEW_QUESTION.replace("id: accord", "id: founded"), null).problems())
                .extracting(BankProblem::messageKey).containsExactly("bank.problem.id-taken");
        assertThat(bank.save(ID, "Негіздер", NEW_QUESTION, null).problems())
                .extracting(BankProblem::messageKey).containsExactly("bank.problem.category-invalid");
    }

    @Test
    @WithUserDetails("trainer")
    void a_rejected_edit_leaves_the_files_as_they_were() throws IOException {
        loader.reload(ID);
        byte[] before = Files.readAllBytes(course.resolve("questions/basics.yaml"));

        // moving "founded" away leaves one question in basics, from which the final test draws two
        BankChange change = bank.save(ID, "history", bank.source(ID, "founded"), "founded");

        assertThat(change.done()).isFalse();
        assertThat(change.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("course.problem.draw-too-many");
            assertThat(problem.file()).isEqualTo(ID + "/quizzes/final-test.yaml");
        });
        assertThat(Files.readAllBytes(course.resolve("questions/basics.yaml"))).isEqualTo(before);
        assertThat(course.resolve("questions/history.yaml")).doesNotExist();
        assertThat(Files.list(course.resolve("questions")).toList()).hasSize(1);
        assertThat(bank.questions(ID)).extracting(entry -> entry.question().category() + "/" + entry.question().id())
                .containsExactly("basics/founded", "basics/law-year");
    }

    @Test
    @WithUserDetails("trainer")
    void deleting_a_question_a_quiz_needs_is_refused_with_a_clear_message() throws IOException {
        loader.reload(ID);
        byte[] before = Files.readAllBytes(course.resolve("questions/basics.yaml"));

        BankChange change = bank.delete(ID, "founded");

        assertThat(change.done()).isFalse();
        assertThat(change.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("bank.problem.delete-drawn");
            assertThat(problem.arguments()).containsExactly("final-test", "2", "basics", "1");
        });
        assertThat(Files.readAllBytes(course.resolve("questions/basics.yaml"))).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void a_question_no_quiz_needs_is_deleted_from_the_file_and_the_live_bank() {
        loader.reload(ID);
        bank.save(ID, "basics", NEW_QUESTION, null);

        BankChange change = bank.delete(ID, "accord");

        assertThat(change.done()).as("%s", change.problems()).isTrue();
        assertThat(bank.questions(ID)).extracting(entry -> entry.question().id()).containsExactly("founded", "law-year");
    }

    @Test
    @WithUserDetails("trainer")
    void malformed_gift_imports_nothing_and_names_each_line() throws IOException {
        loader.reload(ID);
        byte[] before = Files.readAllBytes(course.resolve("questions/basics.yaml"));
        String gift = """
                // two mistakes: lines 4 and 8
                ::ok:: Медиатор кім? {=Делдал ~Судья}

                ::no-right:: Дұрысы жоқ? {~Иә ~Жоқ}

                ::fine:: Жыл? {#2011}

                ::open:: Жабылмаған {=Иә ~Жоқ
                """;

        GiftPreview preview = bank.preview(ID, Language.KK, gift, "basics");
        BankChange change = bank.importGift(ID, Language.KK, gift, "basics");

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(BankProblem::line).containsExactly(4, 8);
        assertThat(preview.problems()).extracting(BankProblem::messageKey)
                .containsExactly("gift.problem.no-right-answer", "gift.problem.brace-not-closed");
        assertThat(change.done()).isFalse();
        assertThat(change.problems()).extracting(BankProblem::line).containsExactly(4, 8);
        assertThat(Files.readAllBytes(course.resolve("questions/basics.yaml"))).isEqualTo(before);
        assertThat(bank.questions(ID)).hasSize(2);
    }

    @Test
    @WithUserDetails("trainer")
    void gift_import_adds_every_question_in_its_category_and_names_the_languages_they_lack() {
        loader.reload(ID);
        String gift = """
                $CATEGORY: $course$/top/Law

                ::law-1995:: ҚХА қай жылы құрылды? {#1995}

                ::Not an id:: Медиация ерікті ме? {TRUE}

                $CATEGORY: Тарих

                Этномедиатор кім? {=Делдал ~Судья ~Әкім}
                """;

        GiftPreview preview = bank.preview(ID, Language.KK, gift, "history");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.missing()).containsExactly(Language.RU, Language.EN);
        assertThat(preview.categories().keySet()).as("a Cyrillic category keeps its name, in Latin letters")
                .containsExactly("law", "tarikh");
        assertThat(preview.categories().get("law")).extracting(Question::id).containsExactly("law-1995", "law-1");
        assertThat(preview.categories().get("tarikh")).extracting(Question::id).containsExactly("tarikh-1");

        BankChange change = bank.importGift(ID, Language.KK, gift, "history");

        assertThat(change.done()).as("%s", change.problems()).isTrue();
        assertThat(change.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.warning()).isTrue());
        assertThat(bank.questions(ID)).filteredOn(entry -> !entry.question().category().equals("basics"))
                .extracting(BankQuestion::missing).containsOnly(List.of(Language.RU, Language.EN));
        assertThat(bank.questions(ID)).hasSize(5);
    }

    @Test
    @WithUserDetails("trainer")
    void moodles_partial_credit_single_choice_is_imported_kept_in_the_bank_file_and_graded_by_weight()
            throws IOException {
        loader.reload(ID);
        String gift = "::partial:: Медиатор қалай әрекет етеді? {~Шешім шығарады ~%50%Кеңес береді =Тараптарға көмектеседі}";

        BankChange change = bank.importGift(ID, Language.KK, gift, "basics");

        assertThat(change.done()).as("%s", change.problems()).isTrue();
        assertThat(Files.readString(course.resolve("questions/basics.yaml"))).contains("weight: 50");
        Question partial = bank.questions(ID).stream().map(BankQuestion::question)
                .filter(question -> question.id().equals("partial")).findFirst().orElseThrow();
        assertThat(partial.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(partial.options()).extracting(Option::weight).containsExactly(0.0, 50.0, 100.0);
        assertThat(Grader.grade(partial, new Response.Selected(Set.of(partial.options().get(1).id()))).fraction())
                .isEqualTo(0.5);
    }

    @Test
    @WithUserDetails("trainer")
    void a_description_in_a_gift_file_is_skipped_with_a_note_and_the_questions_are_imported() {
        loader.reload(ID);
        String gift = """
                ::intro:: Келесі сұрақтар медиация туралы.

                ::ask:: Медиация ерікті ме? {TRUE}
                """;

        GiftPreview preview = bank.preview(ID, Language.KK, gift, "basics");

        assertThat(preview.importable()).isTrue();
        assertThat(preview.problems()).singleElement().satisfies(note -> {
            assertThat(note.messageKey()).isEqualTo("gift.problem.description-skipped");
            assertThat(note.line()).isEqualTo(1);
            assertThat(note.warning()).isTrue();
        });
        assertThat(preview.categories().get("basics")).extracting(Question::id).containsExactly("ask");
    }

    @Test
    @WithUserDetails("trainer")
    void exported_gift_previews_back_to_the_same_questions_in_that_language() throws IOException {
        Path sample = Path.of("courses/sample-ethnomediation/questions");
        Files.delete(course.resolve("questions/basics.yaml"));
        CourseFixture.replace(course.resolve("quizzes/final-test.yaml"), "category: basics", "category: principles");
        for (String file : List.of("principles.yaml", "practice.yaml")) {
            CourseFixture.write(course.resolve("questions/" + file), Files.readString(sample.resolve(file)));
        }
        assertThat(loader.reload(ID).outcome()).isEqualTo(CourseLoadStatus.Outcome.LOADED);
        CourseFixture.writeCourse(FOLDER, "empty-bank");
        loader.reload("empty-bank");

        QuestionBankService.GiftExport export = bank.exportGift(ID, Language.RU);
        GiftPreview preview = bank.preview("empty-bank", Language.RU, export.gift(), "unused");

        assertThat(preview.problems()).isEmpty();
        List<Question> exported = bank.questions(ID).stream().map(BankQuestion::question)
                .filter(question -> question.type() != QuestionType.ORDERING).map(q -> inOneLanguage(q, Language.RU))
                .toList();
        assertThat(export.notExported()).containsExactly("mediation-stages");
        assertThat(preview.categories().values().stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(exported);
    }

    @Test
    @WithUserDetails("trainer")
    void texts_with_an_arrow_are_exported_to_gift_and_previewed_back_unchanged() {
        CourseFixture.write(course.resolve("questions/basics.yaml"), BANK + """
                  - id: steps
                    type: short-answer
                    text: {kk: "Кезеңдер: өтініш -> келісім?", ru: "Этапы?", en: "Steps?"}
                    accepted: {kk: ["өтініш -> келісім"], ru: [заявление], en: [request]}
                  - id: years
                    type: single-choice
                    text: {kk: "Қай кезең?", ru: "Какой период?", en: "Which period?"}
                    options:
                      - {id: a, right: true, text: {kk: "1995 -> 2026", ru: 1995, en: 1995}}
                      - {id: b, text: {kk: "2011 -> 2026", ru: 2011, en: 2011}}
                """);
        CourseLoadStatus loaded = loader.reload(ID);
        assertThat(loaded.outcome()).as("%s", loaded.errors()).isEqualTo(CourseLoadStatus.Outcome.LOADED);
        CourseFixture.writeCourse(FOLDER, "empty-bank");
        loader.reload("empty-bank");

        String gift = bank.exportGift(ID, Language.KK).gift();
        GiftPreview preview = bank.preview("empty-bank", Language.KK, gift, "unused");

        assertThat(preview.problems()).as(gift).isEmpty();
        List<Question> read = preview.categories().get("basics");
        assertThat(read).filteredOn(question -> question.id().equals("steps")).singleElement().satisfies(steps -> {
            assertThat(steps.type()).isEqualTo(QuestionType.SHORT_ANSWER);
            assertThat(steps.accepted().get(Language.KK)).containsExactly("өтініш -> келісім");
        });
        assertThat(read).filteredOn(question -> question.id().equals("years")).singleElement()
                .satisfies(years -> assertThat(years.options()).extracting(option -> option.text().in(Language.KK))
                        .containsExactly("1995 -> 2026", "2011 -> 2026"));
    }

    @Test
    @WithUserDetails("trainer")
    void a_question_file_saved_in_windows_1251_is_refused_with_its_file_and_line() throws IOException {
        Path file = course.resolve("questions/basics.yaml");
        int firstCyrillic = CourseFixture.lineOf(file, "Негіздер");
        Files.write(file, BANK.getBytes(java.nio.charset.Charset.forName("windows-1251")));

        CourseLoadStatus status = loader.reload(ID);

        assertThat(status.outcome()).isEqualTo(CourseLoadStatus.Outcome.REJECTED);
        assertThat(status.errors()).extracting(ContentProblem::location, ContentProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(ID + "/questions/basics.yaml:" + firstCyrillic,
                        "course.problem.encoding-not-utf8"));
    }

    /** What GIFT carries of a question: its texts in one language, no mark and no tags. */
    private static Question inOneLanguage(Question question, Language language) {
        return new Question(question.id(), question.type(), question.category(), Set.of(), 1,
                only(question.text(), language),
                question.options().stream().map(option -> new Option(option.id(), only(option.text(), language),
                        option.weight(), only(option.feedback(), language))).toList(),
                question.pairs().stream().map(pair -> new Pair(pair.id(), only(pair.prompt(), language),
                        only(pair.match(), language))).toList(),
                question.accepted().isEmpty() ? Map.of() : Map.of(language, question.accepted().get(language)),
                question.number(), question.correct(), only(question.feedback(), language));
    }

    private static LocalizedText only(LocalizedText text, Language language) {
        if (text == null) {
            return null;
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (text.texts().containsKey(language)) {
            texts.put(language, text.texts().get(language));
        }
        return new LocalizedText(texts);
    }
}
