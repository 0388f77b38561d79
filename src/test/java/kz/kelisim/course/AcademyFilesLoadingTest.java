package kz.kelisim.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.course.CourseLoadStatus.Outcome;

/**
 * Loading the courses folder with its shared files: the register, the glossary and the programmes
 * each get a line of the report and are kept as last loaded without a problem; forms, programmes and
 * the shared files are never taken for course folders; editing a form reloads the courses using it.
 */
@Transactional
@Tag("persistence")
class AcademyFilesLoadingTest extends CourseFolderTest {

    @Autowired
    CourseLoader loader;

    @Autowired
    AcademyStore academy;

    @BeforeEach
    void writeFolder() throws IOException {
        CourseFixture.writeAcademyFiles(FOLDER);
        CourseFixture.writeCourse(FOLDER, "test-course");
        Files.writeString(FOLDER.resolve("README.md"), "# Courses\n");
    }

    @Test
    void shared_files_are_reported_and_stored_and_never_read_as_course_folders() {
        // courses other tests left in the database are listed as no longer in the folder
        List<CourseLoadStatus> report = loader.loadAll().stream()
                .filter(status -> status.outcome() != Outcome.FOLDER_MISSING).toList();

        assertThat(report).extracting(CourseLoadStatus::courseId).containsExactlyInAnyOrder("legal-basis.yaml",
                "glossary.yaml", "test-course", "programmes/three-day.yaml");
        assertThat(report).allSatisfy(status -> assertThat(status.outcome()).as(status.courseId())
                .isEqualTo(Outcome.LOADED));
        assertThat(academy.register().act("constitution-2026")).isPresent();
        assertThat(academy.glossary().term("paraphrase")).isPresent();
        assertThat(academy.programmes()).extracting(SeminarProgramme::id).containsExactly("three-day");

        assertThat(loader.loadAll()).filteredOn(status -> status.outcome() != Outcome.FOLDER_MISSING)
                .extracting(CourseLoadStatus::outcome).containsOnly(Outcome.UNCHANGED).hasSize(4);
    }

    @Test
    void a_broken_register_is_rejected_and_the_one_loaded_before_stays() {
        loader.loadAll();
        CourseFixture.replace(FOLDER.resolve("legal-basis.yaml"), "  - id: law-on-languages", "  - id: law-on-language");
        CourseFixture.replace(FOLDER.resolve("legal-basis.yaml"), "kind: law", "kind: statute");

        CourseLoadStatus status = statusOf(loader.loadAll(), "legal-basis.yaml");

        assertThat(status.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(status.problems()).extracting(ContentProblem::kind).containsExactly("code-unknown");
        assertThat(status.liveHash()).isNotNull();
        assertThat(academy.register().act("law-on-languages")).isPresent();
        assertThat(academy.register().act("law-on-language")).isEmpty();
    }

    @Test
    void editing_a_form_reloads_every_course_that_uses_it() {
        CourseFixture.replace(FOLDER.resolve("test-course/course.yaml"),
                "        title: {kk: Екінші сабақ, ru: Второй урок, en: Second lesson}\n",
                "        title: {kk: Екінші сабақ, ru: Второй урок, en: Second lesson}\n        activities:\n"
                        + "          - id: sheet\n            type: form\n"
                        + "            title: {kk: Парақ, ru: Лист, en: Sheet}\n            form: conflict-analysis-sheet\n");
        assertThat(statusOf(loader.loadAll(), "test-course").outcome()).isEqualTo(Outcome.LOADED);
        assertThat(statusOf(loader.loadAll(), "test-course").outcome()).isEqualTo(Outcome.UNCHANGED);

        CourseFixture.replace(FOLDER.resolve("forms/conflict-analysis-sheet.kk.md"), "| Тарап |", "| Тараптар |");

        assertThat(statusOf(loader.loadAll(), "test-course").outcome()).isEqualTo(Outcome.LOADED);
    }

    @Test
    void a_programme_naming_a_course_that_does_not_exist_is_rejected() {
        CourseFixture.replace(FOLDER.resolve("programmes/three-day.yaml"), "courses: [test-course]",
                "courses: [test-course, missing-course]");

        CourseLoadStatus status = statusOf(loader.loadAll(), "programmes/three-day.yaml");

        assertThat(status.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(status.problems()).extracting(ContentProblem::kind).containsExactly("programme-course-unknown");
        assertThat(academy.programmes()).isEmpty();
    }

    @Test
    void a_programme_whose_file_is_gone_is_no_longer_offered() throws IOException {
        loader.loadAll();
        Files.delete(FOLDER.resolve("programmes/three-day.yaml"));

        loader.loadAll();

        assertThat(academy.programmes()).isEmpty();
    }

    private static CourseLoadStatus statusOf(List<CourseLoadStatus> report, String name) {
        return report.stream().filter(status -> status.courseId().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in " + report));
    }
}
