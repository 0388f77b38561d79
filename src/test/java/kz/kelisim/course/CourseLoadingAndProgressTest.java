package kz.kelisim.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.CourseLoadStatus.Outcome;

/** Loading course folders into the real database, and the progress kept across reloads. */
@Transactional
@RecordApplicationEvents
@Tag("persistence")
class CourseLoadingAndProgressTest extends CourseFolderTest {

    private static final String ID = "loading-test";

    @Autowired
    CourseLoader loader;

    @Autowired
    CourseCatalogue catalogue;

    @Autowired
    LessonService lessons;

    @Autowired
    CourseRepository courses;

    @Autowired
    EnrolmentRepository enrolments;

    @Autowired
    ApplicationEvents events;

    Path course;

    @BeforeEach
    void writeCourse() {
        course = CourseFixture.writeCourse(FOLDER, ID);
    }

    @Test
    void loading_an_unchanged_folder_again_changes_nothing() {
        assertThat(outcomeOf(loader.loadAll())).isEqualTo(Outcome.LOADED);
        Course first = courses.findById(ID).orElseThrow();

        assertThat(outcomeOf(loader.loadAll())).isEqualTo(Outcome.UNCHANGED);

        Course again = courses.findById(ID).orElseThrow();
        assertThat(again.getContentHash()).isEqualTo(first.getContentHash());
        assertThat(again.getLoadedAt()).isEqualTo(first.getLoadedAt());
        assertThat(courses.findAll()).extracting(Course::getId).containsOnlyOnce(ID);
    }

    @Test
    @WithUserDetails("staff")
    void broken_edit_is_rejected_and_the_version_before_stays_live() {
        loader.loadAll();
        String liveHash = courses.findById(ID).orElseThrow().getContentHash();
        CourseFixture.replace(course.resolve("course.yaml"), "version: \"1\"", "version: \"2\"");
        CourseFixture.replace(course.resolve("course.yaml"), "type: reading", "type: lecture");

        CourseLoadStatus status = statusOf(loader.loadAll());

        assertThat(status.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(status.liveVersion()).isEqualTo("1");
        assertThat(status.problems()).extracting(ContentProblem::kind).containsExactly("activity-type-unknown");
        assertThat(courses.findById(ID).orElseThrow().getContentHash()).isEqualTo(liveHash);
        assertThat(catalogue.course(ID, Language.KK)).get().extracting(CourseViews.CourseOverview::version)
                .isEqualTo("1");
        assertThat(loader.lastReport()).contains(status);
    }

    @Test
    @WithUserDetails("trainee")
    void reloading_an_edited_course_keeps_progress_of_lessons_whose_ids_stayed() {
        loader.loadAll();
        catalogue.enrol(ID);
        lessons.completeLesson(ID, "one");
        CourseFixture.replace(course.resolve("course.yaml"), "- id: two", "- id: three");
        moveFolder(course.resolve("lessons/two"), course.resolve("lessons/three"));
        CourseFixture.replace(course.resolve("lessons/one/kk.md"), "## Кіріспе", "## Жаңартылған кіріспе");

        assertThat(outcomeOf(loader.loadAll())).isEqualTo(Outcome.LOADED);

        CourseProgress progress = catalogue.course(ID, Language.KK).orElseThrow().progress();
        assertThat(progress.doneLessonIds()).containsExactly("one");
        assertThat(progress.lessonsDone()).isEqualTo(1);
        assertThat(progress.lessonsTotal()).isEqualTo(2);
        assertThat(lessons.openLesson(ID, "one", Language.KK).orElseThrow().html()).contains("Жаңартылған кіріспе");
    }

    @Test
    @WithUserDetails("trainee")
    void completing_every_lesson_completes_the_course_and_announces_it_once() {
        loader.loadAll();
        catalogue.enrol(ID);

        lessons.completeLesson(ID, "one");
        assertThat(events.stream(CourseCompleted.class)).isEmpty();
        CourseProgress done = lessons.completeLesson(ID, "two").orElseThrow();
        lessons.completeLesson(ID, "two");
        lessons.completeLesson(ID, "one");

        assertThat(done.completed()).isTrue();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(events.stream(CourseCompleted.class)).singleElement()
                .satisfies(event -> assertThat(event.courseId()).isEqualTo(ID));
    }

    @Test
    @WithUserDetails("trainee")
    void course_completes_when_a_reload_removes_the_only_lesson_not_yet_done() {
        loader.loadAll();
        catalogue.enrol(ID);
        lessons.completeLesson(ID, "one");
        CourseFixture.replace(course.resolve("course.yaml"), """
                      - id: two
                        title: {kk: Екінші сабақ, ru: Второй урок, en: Second lesson}
                """, "");
        loader.loadAll();

        CourseViews.LessonPage page = lessons.openLesson(ID, "one", Language.KK).orElseThrow();

        assertThat(page.progress().completed()).isTrue();
        assertThat(events.stream(CourseCompleted.class)).hasSize(1);
    }

    @Test
    @WithUserDetails("trainee")
    void lesson_opened_last_is_where_the_course_resumes() {
        loader.loadAll();
        catalogue.enrol(ID);

        lessons.openLesson(ID, "two", Language.RU);

        assertThat(catalogue.course(ID, Language.RU).orElseThrow().resumeLessonId()).isEqualTo("two");
        // other tests may have enrolled the same demo trainee elsewhere in a shared database (MySQL run)
        assertThat(catalogue.myLearning(Language.RU)).filteredOn(mine -> mine.id().equals(ID)).singleElement()
                .satisfies(mine -> assertThat(mine.nextLessonTitle()).isEqualTo("Второй урок"));
    }

    @Test
    @WithUserDetails("trainee2")
    void trainee_cannot_read_a_course_they_are_not_enrolled_in() {
        loader.loadAll();

        assertThatThrownBy(() -> lessons.openLesson(ID, "one", Language.KK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.completeLesson(ID, "one")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.asset(ID, courses.findById(ID).orElseThrow().getContentHash(),
                "lessons/one/images/map.png")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("trainer")
    void trainer_previews_without_any_progress_being_recorded() {
        loader.loadAll();

        CourseViews.LessonPage page = lessons.openLesson(ID, "one", Language.EN).orElseThrow();

        assertThat(page.recordsProgress()).isFalse();
        assertThat(lessons.completeLesson(ID, "one")).isEmpty();
        assertThat(enrolments.findAll()).noneMatch(enrolment -> enrolment.getCourseId().equals(ID));
    }

    @Test
    @WithUserDetails("trainee")
    void course_without_self_enrolment_refuses_it() {
        CourseFixture.replace(course.resolve("course.yaml"), "self-enrolment: true", "self-enrolment: false");
        loader.loadAll();

        assertThatThrownBy(() -> catalogue.enrol(ID)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("course.error.enrolment-closed"));
    }

    @Test
    @WithUserDetails("trainee")
    void enrolled_trainee_gets_the_stored_image_of_the_version_shown() {
        loader.loadAll();
        catalogue.enrol(ID);
        String hash = courses.findById(ID).orElseThrow().getContentHash();

        assertThat(lessons.asset(ID, hash.substring(0, 16), "lessons/one/images/map.png")).get()
                .satisfies(file -> {
                    assertThat(file.mediaType()).isEqualTo("image/png");
                    assertThat(file.content()).isEqualTo(CourseFixture.PNG);
                });
        assertThat(lessons.asset(ID, "0000000000000000", "lessons/one/images/map.png")).isEmpty();
    }

    @Test
    @WithUserDetails("trainee")
    void course_without_the_readers_language_is_shown_in_the_first_it_has_and_says_so() {
        Path russianOnly = CourseFixture.writeCourse(FOLDER, "russian-only");
        CourseFixture.write(russianOnly.resolve("course.yaml"), CourseFixture.MANIFEST.formatted("russian-only")
                .replaceAll("(?m)^\\s*(kk|en): .*\\n", "")
                .replaceAll("\\{kk: [^,]+, ru: ([^,]+), en: [^}]+}", "{ru: $1}")
                .replace("languages: [kk, ru, en]", "languages: [ru]"));
        assertThat(statusOf(loader.loadAll(), "russian-only").problems()).isEmpty();

        CourseViews.CourseOverview overview = catalogue.course("russian-only", Language.KK).orElseThrow();

        assertThat(overview.shownIn()).isEqualTo(Language.RU);
        assertThat(overview.fallback()).isTrue();
        assertThat(overview.title()).isEqualTo("Тестовый курс");
        assertThat(catalogue.search(new CourseSearch("", java.util.Optional.of(Language.KK),
                java.util.Optional.empty()), Language.KK, org.springframework.data.domain.PageRequest.of(0, 10)))
                .extracting(CourseViews.CourseCard::id).doesNotContain("russian-only");
    }

    private static CourseLoadStatus statusOf(List<CourseLoadStatus> report, String courseId) {
        return report.stream().filter(status -> status.courseId().equals(courseId)).findFirst().orElseThrow();
    }

    private static Outcome outcomeOf(List<CourseLoadStatus> report) {
        return statusOf(report).outcome();
    }

    private static CourseLoadStatus statusOf(List<CourseLoadStatus> report) {
        return report.stream().filter(status -> status.courseId().equals(ID)).findFirst().orElseThrow();
    }

    private static void moveFolder(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
