package kz.kelisim.course;

import static kz.kelisim.course.CourseFixture.lineOf;
import static kz.kelisim.course.CourseFixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.kelisim.base.Language;

/** Seminar-training programmes (courses/programmes/*.yaml): read as written, each mistake named with its line. */
class ProgrammeFilesTest {

    private static final Map<String, Set<String>> COURSES = Map.of("test-course", Set.of("first", "second"),
            "other-course", Set.of("basics"));

    @TempDir
    Path root;

    Path programme;

    @BeforeEach
    void writeProgramme() {
        CourseFixture.writeAcademyFiles(root);
        programme = root.resolve("programmes/three-day.yaml");
    }

    @Test
    void a_programme_is_read_with_its_days_and_sessions() {
        ProgrammeFiles.ProgrammeFile file = single();

        assertThat(file.problems()).isEmpty();
        SeminarProgramme read = file.programme();
        assertThat(file.name()).isEqualTo("programmes/three-day.yaml");
        assertThat(read.id()).isEqualTo("three-day");
        assertThat(read.title().in(Language.RU)).isEqualTo("Трёхдневный семинар");
        assertThat(read.courses()).containsExactly("test-course");
        assertThat(read.days()).extracting(SeminarProgramme.Day::day).containsExactly(1, 2);
        SeminarProgramme.Session first = read.days().getFirst().sessions().getFirst();
        assertThat(first.start()).isEqualTo(LocalTime.of(9, 30));
        assertThat(first.end()).isEqualTo(LocalTime.of(11, 0));
        assertThat(first.kind()).isEqualTo(SeminarProgramme.Kind.LECTURE);
        assertThat(first.modules()).containsExactly(new SeminarProgramme.ModuleLink("test-course", "first"));
        // unquoted times are read as written, not as YAML's base-60 numbers
        assertThat(read.days().get(1).sessions().getFirst().start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(read.hours()).isEqualTo(6);
    }

    @Test
    void sessions_are_kept_in_time_order_whatever_order_they_are_written_in() {
        replace(programme, "\"09:30\"", "\"13:30\"");
        replace(programme, "end: \"11:00\"", "end: \"15:00\"");

        assertThat(single().programme().days().getFirst().sessions()).extracting(SeminarProgramme.Session::start)
                .containsExactly(LocalTime.of(11, 15), LocalTime.of(13, 30));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            programme-course-unknown | 'courses: [test-course]'     | 'courses: [test-course, no-course]'
            module-unknown           | '[test-course/first]'        | '[test-course/third]'
            module-course-not-listed | '[test-course/first]'        | '[other-course/basics]'
            module-link-invalid      | '[test-course/first]'        | '[first]'
            time-invalid             | 'start: "09:30"'             | 'start: "9.30"'
            time-invalid             | 'end: "12:45"'               | 'end: "24:10"'
            end-not-after-start      | 'end: "11:00"'               | 'end: "09:00"'
            end-not-after-start      | 'end: "11:00"'               | 'end: "09:30"'
            session-hours-invalid    | 'hours: 2\\n        topic: {kk: Кіріспе' | 'hours: 0\\n        topic: {kk: Кіріспе'
            session-hours-invalid    | 'hours: 2\\n        topic: {kk: Кіріспе' | 'hours: 1.5\\n        topic: {kk: Кіріспе'
            code-unknown             | 'kind: practical'            | 'kind: seminar'
            programme-id-mismatch    | 'id: three-day'              | 'id: two-day'
            sessions-overlap         | 'start: "11:15"'             | 'start: "10:30"'
            day-repeated             | '  - day: 2'                 | '  - day: 1'
            programme-day-invalid    | '  - day: 2'                 | '  - day: 0'
            translation-missing      | 'topic: {kk: Тест, ru: Тест, en: Test}' | 'topic: {kk: Тест, ru: Тест}'
            unknown-key              | '        hours: 2\\n        topic: {kk: Тест' | '        hour: 2\\n        topic: {kk: Тест'
            list-empty               | 'courses: [test-course]'     | 'courses: []'
            """)
    void each_mistake_in_a_programme_is_named_with_its_line(String kind, String text, String replacement) {
        replace(programme, text.replace("\\n", "\n"), replacement.replace("\\n", "\n"));

        ProgrammeFiles.ProgrammeFile file = single();

        assertThat(file.ok()).as("the programme is rejected").isFalse();
        assertThat(file.problems()).extracting(ContentProblem::kind).contains(kind);
        assertThat(file.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("programmes/three-day.yaml");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void an_unknown_module_is_named_at_its_line() {
        replace(programme, "[test-course/first]", "\n          - test-course/first\n          - test-course/third");

        assertThat(single().problems()).containsExactly(new ContentProblem("programmes/three-day.yaml",
                lineOf(programme, "- test-course/third"), "module-unknown", List.of("third", "test-course")));
    }

    @Test
    void a_file_that_is_not_yaml_is_named() throws IOException {
        Files.writeString(root.resolve("programmes/notes.txt"), "programme draft");

        assertThat(ProgrammeFiles.read(root, COURSES)).filteredOn(file -> file.name().equals("programmes/notes.txt"))
                .singleElement().satisfies(file -> assertThat(file.problems()).extracting(ContentProblem::kind)
                        .containsExactly("programme-file-name"));
    }

    private ProgrammeFiles.ProgrammeFile single() {
        List<ProgrammeFiles.ProgrammeFile> files = ProgrammeFiles.read(root, COURSES);
        assertThat(files).hasSize(1);
        return files.getFirst();
    }
}
