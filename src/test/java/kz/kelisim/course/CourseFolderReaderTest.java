package kz.kelisim.course;

import static kz.kelisim.course.CourseFixture.lineOf;
import static kz.kelisim.course.CourseFixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.kelisim.base.Language;
import kz.kelisim.course.CourseFolderReader.FolderResult;

/** Every check of the course loader: each names the file, the line and what is wrong. */
class CourseFolderReaderTest {

    @TempDir
    Path root;

    Path course;
    Path manifest;

    @BeforeEach
    void writeValidCourse() {
        course = CourseFixture.writeCourse(root, "test-course");
        manifest = course.resolve("course.yaml");
    }

    @Test
    void valid_course_loads_with_its_bodies_files_and_a_stable_hash() {
        FolderResult result = CourseFolderReader.read(course);

        assertThat(result.problems()).isEmpty();
        CourseContent content = result.course().content();
        assertThat(content.title().in(Language.KK)).isEqualTo("Сынақ курсы");
        assertThat(content.lessons()).extracting(CourseContent.Lesson::id).containsExactly("one", "two");
        assertThat(content.lesson("one").orElseThrow().body().in(Language.RU)).contains("ә ғ қ ң ө ұ ү һ і");
        assertThat(result.course().assets()).containsOnlyKeys("lessons/one/images/map.png",
                "lessons/one/files/handout.txt");
        assertThat(CourseFolderReader.read(course).course().contentHash()).isEqualTo(result.course().contentHash());
    }

    @Test
    void any_changed_file_changes_the_hash() {
        String before = CourseFolderReader.read(course).course().contentHash();

        replace(course.resolve("lessons/two/en.md"), "Мәтін.", "Мәтін өзгерді.");

        assertThat(CourseFolderReader.read(course).course().contentHash()).isNotEqualTo(before);
    }

    @Test
    void unknown_activity_type_is_named_with_its_line() {
        replace(manifest, "type: reading", "type: lecture");

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "type: lecture"),
                "activity-type-unknown", "lecture", ActivityType.codes()));
    }

    @Test
    void missing_translation_names_the_text_and_the_language() {
        replace(manifest, "  en: Short description\n", "");

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "description:"),
                "translation-missing", "description", "en"));
    }

    @Test
    void text_in_a_language_the_course_does_not_have_is_an_error() {
        replace(manifest, "languages: [kk, ru, en]", "languages: [kk, ru]");

        assertThat(problems()).extracting(ContentProblem::kind).containsOnly("translation-extra");
        assertThat(problems()).contains(problem("course.yaml", lineOf(manifest, "  en: Test course"),
                "translation-extra", "title", "en"));
    }

    @Test
    void broken_image_link_names_the_markdown_file_and_line() {
        replace(course.resolve("lessons/one/ru.md"), "images/map.png", "images/mpa.png");

        assertThat(problems()).containsExactly(problem("lessons/one/ru.md", 5, "image-missing", "images/mpa.png"));
    }

    @Test
    void duplicate_lesson_id_names_both_lines() {
        replace(manifest, "- id: two", "- id: one");

        assertThat(problems()).containsExactly(problem("course.yaml", secondLineOf("- id: one"), "duplicate-id",
                "lesson", "one", String.valueOf(lineOf(manifest, "- id: one"))));
    }

    @Test
    void misspelt_key_is_reported_instead_of_ignored() {
        replace(manifest, "hours: 2", "huors: 2");

        assertThat(problems()).containsExactlyInAnyOrder(
                problem("course.yaml", lineOf(manifest, "huors"), "unknown-key", "huors",
                        "completion, description, hours, id, languages, modules, self-enrolment, title, topic, version"),
                problem("course.yaml", 1, "missing", "hours"));
    }

    @Test
    void course_id_must_match_its_folder() {
        replace(manifest, "id: test-course", "id: other-course");

        assertThat(problems()).containsExactly(problem("course.yaml", 1, "id-folder-mismatch", "other-course",
                "test-course"));
    }

    @Test
    void yaml_syntax_error_names_its_line() {
        replace(manifest, "hours: 2", "hours: [2");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo("yaml-syntax");
            assertThat(problem.line()).isGreaterThanOrEqualTo(lineOf(manifest, "hours: [2"));
        });
    }

    @Test
    void a_value_of_a_million_characters_is_refused_at_its_line_at_once() {
        replace(manifest, "hours: 2", "hours: 2\nversion-note: " + "ә".repeat(1_000_000));
        long start = System.nanoTime();

        List<ContentProblem> found = problems();

        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to refuse it").isLessThan(1_000);
        assertThat(found).containsExactly(problem("course.yaml", lineOf(manifest, "version-note"), "value-too-long",
                String.valueOf(YamlSource.MAX_VALUE_LENGTH), String.valueOf("version-note: ".length() + 1_000_000)));
    }

    @Test
    void anchors_and_aliases_are_refused_at_their_line_so_no_file_can_expand_to_a_huge_one() {
        replace(manifest, "hours: 2", "hours: 2\nbomb: &a [x, x, x, x, x, x, x, x, x]\nbombs: [*a, *a, *a, *a, *a]");

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "bomb: &a"), "yaml-alias"));
    }

    @Test
    void missing_lesson_body_names_the_expected_file() throws IOException {
        Files.delete(course.resolve("lessons/two/kk.md"));

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "- id: two"), "body-missing",
                "test-course/lessons/two/kk.md"));
    }

    @Test
    void missing_activity_body_is_reported() throws IOException {
        Files.delete(course.resolve("lessons/one/extra.en.md"));

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "- id: extra"), "body-missing",
                "test-course/lessons/one/extra.en.md"));
    }

    @Test
    void missing_attachment_is_reported_on_its_line() {
        replace(manifest, "file: files/handout.txt", "file: files/handout.pdf");

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "files/handout.pdf"),
                "file-missing", "files/handout.pdf"));
    }

    @Test
    void paths_may_not_leave_the_lesson_folder() {
        replace(course.resolve("lessons/one/kk.md"), "images/map.png", "../../course.yaml");

        assertThat(problems()).containsExactly(problem("lessons/one/kk.md", 5, "path-outside-lesson",
                "../../course.yaml"));
    }

    @Test
    void javascript_links_and_web_images_are_refused() {
        CourseFixture.write(course.resolve("lessons/two/en.md"),
                "[click](javascript:alert(1))\n\n![x](https://example.org/x.png)\n");

        assertThat(problems()).containsExactly(
                problem("lessons/two/en.md", 1, "link-scheme", "javascript:alert(1)"),
                problem("lessons/two/en.md", 3, "image-not-local", "https://example.org/x.png"));
    }

    @Test
    void svg_images_are_refused_because_they_can_carry_scripts() throws IOException {
        Files.writeString(course.resolve("lessons/one/images/map.svg"), "<svg/>");
        replace(course.resolve("lessons/one/en.md"), "images/map.png", "images/map.svg");

        assertThat(problems()).extracting(ContentProblem::kind).containsExactly("image-type");
    }

    @Test
    void hours_topic_and_booleans_are_checked() {
        replace(manifest, "hours: 2", "hours: two");
        replace(manifest, "topic: ethnomediation", "topic: mediation");
        replace(manifest, "self-enrolment: true", "self-enrolment: yes");

        assertThat(problems()).extracting(ContentProblem::kind)
                .containsExactlyInAnyOrder("hours-invalid", "topic-unknown", "boolean-invalid");
    }

    @Test
    void completion_must_name_a_quiz_of_the_course() {
        replace(manifest, "  all-lessons: true", "  all-lessons: true\n  pass-quiz: extra");

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "pass-quiz"),
                "pass-quiz-unknown", "extra"));
    }

    @Test
    void a_lesson_with_a_paragraph_saved_in_windows_1251_is_refused_with_its_file_and_that_line() throws IOException {
        Files.write(course.resolve("lessons/two/ru.md"), concat(
                "## Второй урок\n\nПервый абзац в UTF-8: ә ғ қ.\n".getBytes(StandardCharsets.UTF_8),
                "Медиация — это процесс.\n".getBytes(WINDOWS_1251),
                "\nПоследний абзац.\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(problems()).containsExactly(problem("lessons/two/ru.md", 4, "encoding-not-utf8", "0xCC"));
    }

    @Test
    void a_course_file_saved_in_windows_1251_is_refused_at_its_first_cyrillic_line() throws IOException {
        int firstCyrillic = lineOf(manifest, "Сынақ курсы");
        Files.write(manifest, Files.readString(manifest).getBytes(WINDOWS_1251));

        assertThat(problems()).containsExactly(problem("course.yaml", firstCyrillic, "encoding-not-utf8", "0xD1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"glossary.yaml", "legal-basis.yaml"})
    void a_shared_file_saved_in_windows_1251_is_refused_with_its_own_name_and_line(String name) throws IOException {
        CourseFixture.writeAcademyFiles(root);
        Path shared = root.resolve(name);
        List<String> lines = Files.readAllLines(shared);
        int bad = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).chars().anyMatch(c -> c >= 0x0410 && c <= 0x044F)).findFirst().orElseThrow();
        String before = String.join("\n", lines.subList(0, bad)) + "\n";
        String rest = String.join("\n", lines.subList(bad, lines.size())) + "\n";
        Files.write(shared, concat(before.getBytes(StandardCharsets.UTF_8), rest.getBytes(WINDOWS_1251)));

        AcademyFiles academy = AcademyFiles.read(root);
        List<ContentProblem> found = name.equals("glossary.yaml") ? academy.glossary().problems()
                : academy.register().problems();

        assertThat(found).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(name);
            assertThat(problem.line()).isEqualTo(bad + 1);
            assertThat(problem.kind()).isEqualTo("encoding-not-utf8");
        });
    }

    @Test
    void folder_without_a_manifest_is_rejected() throws IOException {
        Files.delete(manifest);

        assertThat(problems()).containsExactly(problem("course.yaml", 0, "manifest-missing"));
    }

    /** The remaining checks, one mutation each: what it changes, and the one problem it must cause. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            languages-invalid        | languages: [kk, ru, en]              | languages: kk
            language-unknown         | languages: [kk, ru, en]              | languages: [kk, ru, en, de]
            language-repeated        | languages: [kk, ru, en]              | languages: [kk, ru, en, ru]
            not-a-list               | modules:                             | modules: none\\nunused:
            list-empty               | '    lessons:\\n      - id: one'      | '    lessons: []\\n    unused:\\n      - id: one'
            duplicate-key            | hours: 2                             | hours: 2\\nhours: 3
            not-per-language         | '  - id: first\\n    title: {kk: Бірінші модуль, ru: Первый модуль, en: First module}' | '  - id: first\\n    title: Бірінші модуль'
            id-invalid               | - id: two                            | - id: Two_Lesson
            url-invalid              | '        type: reading'              | '        type: video\\n            url: ftp://example.org/v.mp4'
            key-not-for-type         | '        type: reading'              | '        type: reading\\n            url: https://example.org'
            completion-empty         | '  all-lessons: true'                | '  all-lessons: false'
            missing                  | 'version: "1"'                       | 'version: ""'
            """)
    void each_remaining_check_reports_its_problem(String kind, String text, String replacement) {
        replace(manifest, unescape(text), unescape(replacement));

        assertThat(problems()).extracting(ContentProblem::kind).contains(kind);
        assertThat(problems()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
    }

    @Test
    void empty_lesson_body_is_reported() {
        CourseFixture.write(course.resolve("lessons/two/kk.md"), "\n  \n");

        assertThat(problems()).containsExactly(problem("lessons/two/kk.md", 1, "body-empty"));
    }

    @Test
    void attachment_of_a_type_not_allowed_is_reported() throws IOException {
        Files.writeString(course.resolve("lessons/one/files/run.exe"), "MZ");
        replace(manifest, "file: files/handout.txt", "file: files/run.exe");

        assertThat(problems()).extracting(ContentProblem::kind).containsExactly("file-type-not-allowed");
    }

    @Test
    void attachment_larger_than_the_limit_is_reported() throws IOException {
        try (var file = new java.io.RandomAccessFile(course.resolve("lessons/one/files/handout.txt").toFile(), "rw")) {
            file.setLength(CourseFiles.MAX_BYTES + 1);
        }

        assertThat(problems()).extracting(ContentProblem::kind).containsExactly("file-too-large");
    }

    @Test
    void file_names_with_plus_percent_and_spaces_are_found_as_written() throws IOException {
        Files.writeString(course.resolve("lessons/one/files/c++ 50%.txt"), "ә");
        CourseFixture.write(course.resolve("lessons/two/en.md"), "[notes](<files/c++ 50%.txt>)\n");
        Files.createDirectories(course.resolve("lessons/two/files"));
        Files.writeString(course.resolve("lessons/two/files/c++ 50%.txt"), "ә");

        FolderResult result = CourseFolderReader.read(course);

        assertThat(result.problems()).isEmpty();
        assertThat(result.course().assets()).containsKey("lessons/two/files/c++ 50%.txt");
    }

    @Test
    void a_symbolic_link_leading_out_of_the_lesson_folder_is_refused() throws IOException {
        Path outside = Files.writeString(root.resolve("secret.png"), "not for trainees");
        Files.createSymbolicLink(course.resolve("lessons/one/images/secret.png"), outside);
        replace(course.resolve("lessons/one/kk.md"), "images/map.png", "images/secret.png");

        assertThat(problems()).containsExactly(problem("lessons/one/kk.md", 5, "path-outside-lesson",
                "images/secret.png"));
    }

    @Test
    void title_longer_than_the_catalogue_keeps_is_refused_not_cut() {
        replace(manifest, "  ru: Тестовый курс", "  ru: " + "Ә".repeat(ManifestParser.MAX_TITLE_LENGTH + 1));

        assertThat(problems()).containsExactly(problem("course.yaml", lineOf(manifest, "title:"), "text-too-long",
                "title", String.valueOf(ManifestParser.MAX_TITLE_LENGTH)));
    }

    private static final java.nio.charset.Charset WINDOWS_1251 = java.nio.charset.Charset.forName("windows-1251");

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }

    private int secondLineOf(String text) {
        int first = lineOf(manifest, text);
        try {
            List<String> lines = Files.readAllLines(manifest);
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

    private List<ContentProblem> problems() {
        FolderResult result = CourseFolderReader.read(course);
        assertThat(result.ok()).as("the course is rejected").isFalse();
        return result.problems();
    }

    private static ContentProblem problem(String file, int line, String kind, String... arguments) {
        return new ContentProblem("test-course/" + file, line, kind, List.of(arguments));
    }
}
