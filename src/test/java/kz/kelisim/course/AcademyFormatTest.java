package kz.kelisim.course;

import static kz.kelisim.course.CourseFixture.lineOf;
import static kz.kelisim.course.CourseFixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.kelisim.base.Language;
import kz.kelisim.course.CourseFolderReader.FolderResult;

/**
 * The additions of course-format-15 (courses/README.md): the legal-basis register and lessons citing
 * it, the glossary and its links, trainer notes, role cards, forms and the reserved names. Every
 * mistake is named with its file and line.
 */
class AcademyFormatTest {

    private static final String LESSON_ONE_TITLE = "        title: {kk: Бірінші сабақ, ru: Первый урок, en: First lesson}\n";
    private static final String LESSON_TWO_TITLE = "        title: {kk: Екінші сабақ, ru: Второй урок, en: Second lesson}\n";

    @TempDir
    Path root;

    Path course;
    Path manifest;
    Path register;
    Path glossary;

    @BeforeEach
    void writeCourseAndAcademyFiles() {
        CourseFixture.writeAcademyFiles(root);
        course = CourseFixture.writeCourse(root, "test-course");
        manifest = course.resolve("course.yaml");
        register = root.resolve("legal-basis.yaml");
        glossary = root.resolve("glossary.yaml");
    }

    // 1. The register

    @Test
    void the_register_is_read_with_every_field() {
        AcademyFiles.SharedFile<LegalAct> read = AcademyFiles.read(root).register();

        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).extracting(LegalAct::id).containsExactly("constitution-2026", "constitution-1995",
                "law-on-languages");
        LegalAct constitution = read.entries().getFirst();
        assertThat(constitution.kind()).isEqualTo(LegalAct.Kind.CONSTITUTION);
        assertThat(constitution.adopted()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(constitution.inForce()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(constitution.status()).isEqualTo(LegalAct.Status.IN_FORCE);
        assertThat(constitution.note().in(Language.RU)).isEqualTo("Заменила текст 1995 года 1 июля 2026 года.");
        assertThat(constitution.checked()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(read.entries().get(1).supersededBy()).isEqualTo("constitution-2026");
        assertThat(read.entries().get(1).status().historical()).isTrue();
        assertThat(read.entries().get(2).number()).isEqualTo("151-I");
        assertThat(read.entries().get(2).inForce()).isNull();
    }

    @Test
    void an_act_id_used_twice_names_both_lines() {
        replace(register, "  - id: law-on-languages", "  - id: constitution-1995");

        assertThat(registerProblems()).containsExactly(new ContentProblem("legal-basis.yaml",
                secondLine(register, "- id: constitution-1995"), "duplicate-id",
                List.of("act", "constitution-1995", String.valueOf(lineOf(register, "- id: constitution-1995")))));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            day-invalid             | 'adopted: 2026-03-15'          | 'adopted: 15.03.2026'
            day-invalid             | 'adopted: 2026-03-15'          | 'adopted: 2026-02-30'
            day-invalid             | 'checked: 2026-12-01'          | 'checked: yesterday'
            url-invalid             | 'url: http://example.org/law-on-languages' | 'url: ftp://example.org/law'
            url-invalid             | 'url: http://example.org/law-on-languages' | 'url: adilet.zan.kz/law'
            superseded-by-unknown   | 'superseded-by: constitution-2026' | 'superseded-by: constitution-2027'
            superseded-by-itself    | 'superseded-by: constitution-2026' | 'superseded-by: constitution-1995'
            unknown-key             | '    number: "151-I"'          | '    nomer: "151-I"'
            code-unknown            | 'kind: law'                    | 'kind: statute'
            code-unknown            | 'status: amended'              | 'status: changed'
            in-force-before-adopted | 'in-force: 2026-07-01'         | 'in-force: 2026-01-01'
            translation-missing     | '      en: Law on languages'   | ''
            missing                 | '    checked: 2026-12-01'      | ''
            missing                 | '    url: http://example.org/law-on-languages' | ''
            id-invalid              | '- id: law-on-languages'       | '- id: Law_On_Languages'
            """)
    void each_mistake_in_the_register_is_named_with_its_line(String kind, String text, String replacement) {
        replace(register, text, replacement);
        int line = replacement.isBlank() ? 0 : lineOf(register, replacement.strip());

        List<ContentProblem> problems = registerProblems();

        assertThat(problems).extracting(ContentProblem::kind).contains(kind);
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("legal-basis.yaml");
            assertThat(problem.line()).isPositive();
        });
        if (line > 0) {
            assertThat(problems).filteredOn(problem -> problem.kind().equals(kind)).extracting(ContentProblem::line)
                    .contains(line);
        }
    }

    // 2. Lessons citing the register

    @Test
    void a_lesson_keeps_the_acts_it_cites_and_its_review_date() {
        replace(manifest, LESSON_ONE_TITLE, LESSON_ONE_TITLE
                + "        legal-basis: [constitution-2026, law-on-languages]\n        reviewed: 2026-12-03\n");
        replace(manifest, LESSON_TWO_TITLE, LESSON_TWO_TITLE + "        legal-basis: []\n");

        FolderResult result = CourseFolderReader.read(course);

        assertThat(result.problems()).isEmpty();
        CourseContent.Lesson one = result.course().content().lesson("one").orElseThrow();
        assertThat(one.legalBasis()).containsExactly("constitution-2026", "law-on-languages");
        assertThat(one.reviewed()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(result.course().content().lesson("two").orElseThrow().legalBasis()).isEmpty();
        assertThat(result.course().content().lesson("two").orElseThrow().reviewed()).isNull();
    }

    @Test
    void a_lesson_citing_an_act_not_in_the_register_is_refused_with_its_line() {
        replace(manifest, LESSON_ONE_TITLE, LESSON_ONE_TITLE + "        legal-basis:\n          - constitution-2026\n"
                + "          - law-on-religion\n");

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "- law-on-religion"),
                "act-unknown", "law-on-religion", "legal-basis.yaml"));
    }

    @Test
    void an_act_cited_twice_and_a_review_date_that_is_no_date_are_named() {
        replace(manifest, LESSON_ONE_TITLE, LESSON_ONE_TITLE
                + "        legal-basis: [constitution-2026, constitution-2026]\n        reviewed: 03.12.2026\n");

        assertThat(problems()).containsExactlyInAnyOrder(
                problem("course.yaml", lineOf(manifest, "legal-basis:"), "id-repeated", "legal-basis",
                        "constitution-2026"),
                problem("course.yaml", lineOf(manifest, "reviewed:"), "day-invalid", "reviewed", "03.12.2026"));
    }

    @Test
    void a_rejected_register_rejects_the_courses_citing_it_but_not_the_others() throws IOException {
        replace(register, "checked: 2026-12-01", "checked: someday");
        Path other = CourseFixture.writeCourse(root, "other-course");
        replace(manifest, LESSON_ONE_TITLE, LESSON_ONE_TITLE + "        legal-basis: [constitution-2026]\n");

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "legal-basis:"),
                "shared-file-rejected", "legal-basis.yaml", "constitution-2026"));
        assertThat(CourseFolderReader.read(other).problems()).isEmpty();
    }

    @Test
    void without_a_register_no_act_can_be_cited() throws IOException {
        Files.delete(register);
        replace(manifest, LESSON_ONE_TITLE, LESSON_ONE_TITLE + "        legal-basis: [constitution-2026]\n");

        assertThat(problems()).extracting(ContentProblem::kind).containsExactly("act-unknown");
    }

    // 3. The glossary

    @Test
    void the_glossary_is_read_with_the_words_to_avoid() {
        AcademyFiles.SharedFile<GlossaryTerm> read = AcademyFiles.read(root).glossary();

        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).extracting(GlossaryTerm::id).containsExactly("ethnomediation", "paraphrase");
        GlossaryTerm paraphrase = read.entries().get(1);
        assertThat(paraphrase.term().in(Language.KK)).isEqualTo("мазмұндап қайталау");
        assertThat(paraphrase.avoid()).containsEntry(Language.KK, List.of("перифраз"))
                .containsEntry(Language.RU, List.of("перифраз")).doesNotContainKey(Language.EN);
        assertThat(paraphrase.note().in(Language.EN)).contains("Periphrasis");
        assertThat(read.entries().getFirst().note()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate-id        | '- id: paraphrase'                     | '- id: ethnomediation'
            translation-missing | 'term: {kk: этномедиация, ru: этномедиация, en: ethnomediation}' | 'term: {kk: этномедиация, ru: этномедиация}'
            missing             | '    term: {kk: мазмұндап қайталау, ru: перефразирование, en: paraphrasing}' | ''
            unknown-key         | '    avoid:'                           | '    avoids:'
            language-unknown    | '      ru: перифраз'                   | '      de: Periphrase'
            """)
    void each_mistake_in_the_glossary_is_named_with_its_line(String kind, String text, String replacement) {
        replace(glossary, text, replacement);

        List<ContentProblem> problems = AcademyFiles.read(root).glossary().problems();

        assertThat(problems).extracting(ContentProblem::kind).contains(kind);
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("glossary.yaml");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void a_lesson_may_link_a_glossary_term_but_not_an_unknown_one() {
        CourseFixture.write(course.resolve("lessons/two/ru.md"),
                "## Второй\n\nО [этномедиации](glossary:ethnomediation).\n\nИ о [перифразе](glossary:periphrasis).\n");

        assertThat(problems()).containsExactly(problem("lessons/two/ru.md", 5, "glossary-term-unknown", "periphrasis",
                "glossary.yaml"));
    }

    @Test
    void a_glossary_link_that_is_no_term_id_is_named() {
        CourseFixture.write(course.resolve("lessons/one/extra.kk.md"), "[Медиация](glossary:Медиация)\n");

        assertThat(problems()).containsExactly(problem("lessons/one/extra.kk.md", 1, "glossary-link-invalid",
                "glossary:Медиация"));
    }

    // 4. Trainer notes

    @Test
    void a_case_study_with_trainer_notes_keeps_them_apart_from_its_body() {
        caseStudyWithTrainerNotes();

        FolderResult result = CourseFolderReader.read(course);

        assertThat(result.problems()).isEmpty();
        CourseContent.Activity festival = result.course().content().activity("festival").orElseThrow();
        assertThat(festival.body().in(Language.KK)).contains("Деректер");
        assertThat(festival.hasTrainerNotes()).isTrue();
        assertThat(festival.trainerNotes().in(Language.RU)).contains("Разбор для тренера");
        assertThat(result.course().content().activity("extra").orElseThrow().hasTrainerNotes()).isFalse();
    }

    @Test
    void trainer_notes_need_their_file_in_every_language() throws IOException {
        caseStudyWithTrainerNotes();
        Files.delete(course.resolve("lessons/two/festival.trainer.en.md"));

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "- id: festival"),
                "body-missing", "test-course/lessons/two/festival.trainer.en.md"));
    }

    @Test
    void trainer_notes_belong_to_case_studies_and_group_exercises_only() {
        replace(manifest, "        type: reading\n", "        type: reading\n            trainer-notes: true\n");

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "trainer-notes: true"),
                "key-not-for-type", "trainer-notes", "reading"));
    }

    // 6. Role cards

    @Test
    void a_group_exercise_keeps_its_role_cards_with_their_confidential_instructions() {
        groupExerciseWithRoleCards();

        FolderResult result = CourseFolderReader.read(course);

        assertThat(result.problems()).isEmpty();
        CourseContent.Activity pasture = result.course().content().activity("pasture").orElseThrow();
        assertThat(pasture.type()).isEqualTo(ActivityType.GROUP_EXERCISE);
        assertThat(pasture.body().in(Language.RU)).contains("Общие факты");
        assertThat(pasture.roleCards()).extracting(CourseContent.RoleCard::id).containsExactly("farmers", "akimat");
        assertThat(pasture.roleCards().getFirst().title().in(Language.KK)).isEqualTo("Фермерлер");
        assertThat(pasture.roleCards().get(1).body().in(Language.RU)).contains("Только для акимата");
        assertThat(pasture.hasTrainerNotes()).isTrue();
    }

    @Test
    void a_role_card_needs_its_file_in_every_language() throws IOException {
        groupExerciseWithRoleCards();
        Files.delete(course.resolve("lessons/two/pasture.role.akimat.kk.md"));

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "- id: akimat"),
                "body-missing", "test-course/lessons/two/pasture.role.akimat.kk.md"));
    }

    @Test
    void a_group_exercise_needs_two_role_cards_with_ids_of_their_own() {
        groupExerciseWithRoleCards();
        replace(manifest, "- id: akimat", "- id: farmers");

        assertThat(problems()).containsExactly(problem("course.yaml", secondLine(manifest, "- id: farmers"),
                "duplicate-id", "role card", "farmers", String.valueOf(lineOf(manifest, "- id: farmers"))));

        replace(manifest, "              - id: farmers\n                title: {kk: Әкімдік, ru: Акимат, en: Akimat}\n", "");
        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "role-cards:"),
                "role-cards-too-few", "2"));
    }

    @Test
    void role_cards_belong_to_group_exercises_only() {
        caseStudyWithTrainerNotes();
        replace(manifest, "            trainer-notes: true\n", "            trainer-notes: true\n"
                + "            role-cards:\n              - {id: a, title: {kk: А, ru: А, en: A}}\n"
                + "              - {id: b, title: {kk: Б, ru: Б, en: B}}\n");

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "role-cards:"),
                "key-not-for-type", "role-cards", "case-study"));
    }

    // 7. Forms

    @Test
    void a_form_activity_shows_the_shared_form_and_its_files_are_part_of_the_course() {
        formActivity();

        FolderResult before = CourseFolderReader.read(course);

        assertThat(before.problems()).isEmpty();
        CourseContent.Activity sheet = before.course().content().activity("analysis-sheet").orElseThrow();
        assertThat(sheet.type()).isEqualTo(ActivityType.FORM);
        assertThat(sheet.form()).isEqualTo("conflict-analysis-sheet");
        assertThat(sheet.body().in(Language.RU)).contains("Қақтығысты талдау парағы (ru)").contains("| Тарап |");
        CourseFixture.replace(root.resolve("forms/conflict-analysis-sheet.en.md"), "| Тарап |", "| Party |");
        assertThat(CourseFolderReader.read(course).course().contentHash()).isNotEqualTo(before.course().contentHash());
    }

    @Test
    void a_form_missing_in_a_course_language_is_named_at_its_line() throws IOException {
        formActivity();
        Files.delete(root.resolve("forms/conflict-analysis-sheet.ru.md"));

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "form: conflict-analysis-sheet"),
                "form-missing", "conflict-analysis-sheet", "forms/conflict-analysis-sheet.ru.md"));
    }

    @Test
    void a_problem_inside_a_form_names_the_form_file_and_line() {
        formActivity();
        CourseFixture.write(root.resolve("forms/conflict-analysis-sheet.kk.md"),
                "## Парақ\n\n![сызба](images/map.png)\n\n[термин](glossary:no-such-term)\n");

        assertThat(problems()).containsExactlyInAnyOrder(
                new ContentProblem("forms/conflict-analysis-sheet.kk.md", 3, "form-local-file", List.of("images/map.png")),
                new ContentProblem("forms/conflict-analysis-sheet.kk.md", 5, "glossary-term-unknown",
                        List.of("no-such-term", "glossary.yaml")));
    }

    @Test
    void form_is_required_on_a_form_activity_and_refused_on_any_other() {
        formActivity();
        replace(manifest, "            form: conflict-analysis-sheet\n", "");
        replace(manifest, "        type: reading\n", "        type: reading\n            form: conflict-analysis-sheet\n");

        assertThat(problems()).containsExactlyInAnyOrder(
                problem("course.yaml", lineOf(manifest, "- id: analysis-sheet"), "missing", "form"),
                problem("course.yaml", lineOf(manifest, "form: conflict-analysis-sheet"), "key-not-for-type", "form",
                        "reading"));
    }

    // 9. The fifth course's topic

    @Test
    void state_policy_is_a_topic() {
        replace(manifest, "topic: ethnomediation", "topic: state-policy");

        assertThat(CourseFolderReader.read(course).course().content().topic()).isEqualTo(CourseTopic.STATE_POLICY);
    }

    private void caseStudyWithTrainerNotes() {
        replace(manifest, LESSON_TWO_TITLE, LESSON_TWO_TITLE + """
                        activities:
                          - id: festival
                            type: case-study
                            title: {kk: Фестиваль, ru: Фестиваль, en: Festival}
                            trainer-notes: true
                """);
        for (String language : List.of("kk", "ru", "en")) {
            CourseFixture.write(course.resolve("lessons/two/festival." + language + ".md"), "## Деректер\n\nБос кесте.\n");
            CourseFixture.write(course.resolve("lessons/two/festival.trainer." + language + ".md"),
                    "## Разбор для тренера\n\nГлазл бойынша 4-саты.\n");
        }
    }

    private void groupExerciseWithRoleCards() {
        replace(manifest, LESSON_TWO_TITLE, LESSON_TWO_TITLE + """
                        activities:
                          - id: pasture
                            type: group-exercise
                            title: {kk: Жайылым, ru: Пастбище, en: Pasture}
                            trainer-notes: true
                            role-cards:
                              - id: farmers
                                title: {kk: Фермерлер, ru: Фермеры, en: Farmers}
                              - id: akimat
                                title: {kk: Әкімдік, ru: Акимат, en: Akimat}
                """);
        for (String language : List.of("kk", "ru", "en")) {
            Path lesson = course.resolve("lessons/two");
            CourseFixture.write(lesson.resolve("pasture." + language + ".md"), "## Общие факты\n\nБәріне ортақ.\n");
            CourseFixture.write(lesson.resolve("pasture.trainer." + language + ".md"), "## Тренерге\n\nТалдау.\n");
            CourseFixture.write(lesson.resolve("pasture.role.farmers." + language + ".md"), "## Только для фермеров\n");
            CourseFixture.write(lesson.resolve("pasture.role.akimat." + language + ".md"), "## Только для акимата\n");
        }
    }

    private void formActivity() {
        replace(manifest, LESSON_TWO_TITLE, LESSON_TWO_TITLE + """
                        activities:
                          - id: analysis-sheet
                            type: form
                            title: {kk: Талдау парағы, ru: Лист анализа, en: Analysis sheet}
                            form: conflict-analysis-sheet
                """);
    }

    private List<ContentProblem> registerProblems() {
        return AcademyFiles.read(root).register().problems();
    }

    private List<ContentProblem> problems() {
        FolderResult result = CourseFolderReader.read(course);
        assertThat(result.ok()).as("the course is rejected").isFalse();
        return result.problems();
    }

    private static int secondLine(Path file, String text) {
        int first = lineOf(file, text);
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = first; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("only one " + text);
    }

    private static ContentProblem problem(String file, int line, String kind, String... arguments) {
        return new ContentProblem("test-course/" + file, line, kind, List.of(arguments));
    }
}
