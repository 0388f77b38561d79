package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import kz.kelisim.base.Language;
import kz.kelisim.course.ActivityType;
import kz.kelisim.course.CourseContent;
import kz.kelisim.course.CourseLoadStatus;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.course.CourseParticipation;

/**
 * The academy's courses in courses/ (every folder but the sample) meet the minimum the academy set:
 * 3-5 modules of 2-4 lessons, each lesson 600-1,200 words in Kazakh and in Russian, present in English,
 * ending with its sources; a case study; a pre-test and a final test; a bank of at least 30 questions of
 * several types, each with an explanation in every language; academic hours set.
 */
@SpringBootTest
@WithUserDetails("trainer")
class AcademyCoursesTest {

    private static final Path COURSES = Path.of("courses");
    private static final String SAMPLE = "sample-ethnomediation";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SOURCES = Pattern.compile(
            "(?m)^#{2,3}\\s*(Дереккөздер|Пайдаланылған дереккөздер|Источники|Sources)\\s*$");

    @Autowired
    CourseLoader loader;

    @Autowired
    CourseParticipation courses;

    @Autowired
    CourseAssessmentService banks;

    private List<String> academyCourses;

    @BeforeEach
    void loadTheCourses() throws IOException {
        try (Stream<Path> folders = Files.list(COURSES)) {
            academyCourses = folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> !name.equals(SAMPLE) && !name.startsWith("."))
                    .filter(name -> !CourseLoader.RESERVED_NAMES.contains(name)).sorted().toList();
        }
    }

    @Test
    void the_academy_has_its_four_courses() {
        assertThat(academyCourses).containsExactly("ethnomediation", "interconfessional-accord", "interethnic-conflicts",
                "kazakhstan-studies");
    }

    @Test
    @WithUserDetails("admin")
    void every_academy_course_loads_without_a_problem_or_warning() {
        List<CourseLoadStatus> report = loader.reloadAll();
        for (String id : academyCourses) {
            assertThat(report).filteredOn(status -> status.courseId().equals(id)).singleElement().satisfies(status -> {
                assertThat(status.problems()).as(id).isEmpty();
                assertThat(status.outcome()).as(id).isIn(CourseLoadStatus.Outcome.LOADED,
                        CourseLoadStatus.Outcome.UNCHANGED);
            });
        }
    }

    @Test
    void modules_lessons_and_words_meet_the_minimum() throws IOException {
        for (String id : academyCourses) {
            CourseContent content = courses.content(id).orElseThrow(() -> new AssertionError(id + " not loaded"));
            assertThat(content.languages()).as(id).containsExactly(Language.KK, Language.RU, Language.EN);
            assertThat(content.hours()).as(id + " academic hours").isPositive();
            assertThat(content.modules()).as(id + " modules").hasSizeBetween(3, 5);
            for (CourseContent.Module module : content.modules()) {
                assertThat(module.lessons()).as(id + "/" + module.id() + " lessons").hasSizeBetween(2, 4);
                for (CourseContent.Lesson lesson : module.lessons()) {
                    Path folder = COURSES.resolve(id).resolve("lessons").resolve(lesson.id());
                    for (String language : List.of("kk", "ru")) {
                        String text = Files.readString(folder.resolve(language + ".md"));
                        assertThat(words(text)).as("words in %s/%s/%s.md", id, lesson.id(), language)
                                .isBetween(600, 1200);
                        assertThat(SOURCES.matcher(text).find()).as("sources in %s/%s/%s.md", id, lesson.id(), language)
                                .isTrue();
                    }
                    assertThat(words(Files.readString(folder.resolve("en.md"))))
                            .as("words in %s/%s/en.md", id, lesson.id()).isGreaterThanOrEqualTo(300);
                }
            }
            assertThat(content.lessons().stream().flatMap(lesson -> lesson.activities().stream())
                    .map(CourseContent.Activity::type)).as(id + " case study").contains(ActivityType.CASE_STUDY);
        }
    }

    @Test
    void every_course_has_a_pre_test_a_final_test_and_a_bank_of_thirty_explained_questions() {
        for (String id : academyCourses) {
            assertThat(banks.quizzes(id)).extracting(QuizSettings::role).as(id)
                    .contains(QuizSettings.Role.PRE_TEST, QuizSettings.Role.FINAL_TEST);
            List<Question> bank = banks.questions(id);
            assertThat(bank).as(id + " questions").hasSizeGreaterThanOrEqualTo(30);
            Set<QuestionType> types = bank.stream().map(Question::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class)));
            assertThat(types).as(id + " question types").hasSizeGreaterThanOrEqualTo(4);
            assertThat(bank).as(id + ": every question explained in kk, ru and en").allSatisfy(question -> {
                assertThat(question.feedback()).as(question.id()).isNotNull();
                assertThat(question.feedback().texts().keySet()).as(question.id())
                        .containsExactlyInAnyOrder(Language.KK, Language.RU, Language.EN);
                assertThat(question.text().texts().keySet()).as(question.id())
                        .containsExactlyInAnyOrder(Language.KK, Language.RU, Language.EN);
            });
        }
    }

    /** Words of the text as a reader counts them: Markdown marks, links' addresses and numbers of lists left out. */
    static int words(String markdown) {
        String text = markdown.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("[#*_>`|]", " ");
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
