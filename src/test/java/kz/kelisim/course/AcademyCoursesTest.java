package kz.kelisim.course;

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
import kz.kelisim.quiz.CourseAssessmentService;
import kz.kelisim.quiz.Question;
import kz.kelisim.quiz.QuestionType;
import kz.kelisim.quiz.QuizSettings;

/**
 * The academy's courses in courses/ (every folder but the sample) meet the minimum the academy set:
 * 3-5 modules of 2-4 lessons, each lesson 600-1,200 words in Kazakh and in Russian, present in English,
 * ending with its sources; a case study; a pre-test and a final test; a bank of at least 30 questions of
 * several types, each with an explanation in every language; academic hours set. Since the 2026 review:
 * every lesson names its legal basis from the register and the date it was reviewed, every act of the
 * register is cited or historical, the glossary holds the terms the review fixed and no lesson uses a
 * variant the glossary says to avoid, every course has three essays with a marking guide, a group
 * exercise with role cards, a form and trainer notes on its cases, the five forms exist and the
 * Shymkent-type programme loads.
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

    @Autowired
    AcademyStore academy;

    @Test
    void the_academy_has_its_five_courses() {
        assertThat(academyCourses).containsExactly("ethnomediation", "interconfessional-accord", "interethnic-conflicts",
                "kazakhstan-studies", "state-policy-public-accord");
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

    @Test
    @WithUserDetails("admin")
    void every_lesson_names_its_legal_basis_and_review_date_and_every_act_is_cited_or_historical() {
        loader.reloadAll();
        LegalRegister register = academy.register();
        assertThat(register).as("the register courses/legal-basis.yaml is loaded").isNotNull();
        Set<String> cited = new java.util.HashSet<>();
        for (String id : academyCourses) {
            CourseContent content = courses.content(id).orElseThrow();
            for (CourseContent.Lesson lesson : content.lessons()) {
                assertThat(lesson.reviewed()).as("%s/%s reviewed", id, lesson.id()).isNotNull();
                cited.addAll(lesson.legalBasis());
            }
        }
        assertThat(register.acts()).allSatisfy(act -> assertThat(cited.contains(act.id()) || act.status().historical())
                .as("%s is cited by a lesson or historical", act.id()).isTrue());
        assertThat(register.act("constitution-2026")).as("the 2026 Constitution is in the register").isPresent();
    }

    @Test
    @WithUserDetails("admin")
    void the_glossary_has_the_reviewed_terms_and_no_lesson_uses_a_variant_to_avoid() throws IOException {
        loader.reloadAll();
        Glossary glossary = academy.glossary();
        assertThat(glossary).as("courses/glossary.yaml is loaded").isNotNull();
        assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(20);
        for (String term : List.of("kazakhstan-studies", "peoples-council", "assembly-of-people", "ethnomediation",
                "glasl-escalation", "paraphrase", "worship", "kandas", "secular-state")) {
            assertThat(glossary.term(term)).as("glossary term " + term).isPresent();
        }
        for (GlossaryTerm term : glossary.terms()) {
            for (var avoid : term.avoid().entrySet()) {
                String language = avoid.getKey().tag();
                for (String id : academyCourses) {
                    try (Stream<Path> files = Files.walk(COURSES.resolve(id))) {
                        for (Path file : files.filter(path -> path.getFileName().toString().endsWith("." + language + ".md")
                                || path.getFileName().toString().equals(language + ".md")).toList()) {
                            String text = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
                            for (String variant : avoid.getValue()) {
                                assertThat(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(
                                        variant.toLowerCase(java.util.Locale.ROOT))).matcher(text).find())
                                        .as("%s uses «%s», which the glossary's %s says to avoid", file, variant,
                                                term.id())
                                        .isFalse();
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void every_course_has_three_guided_essays_a_group_exercise_with_role_cards_a_form_and_notes_on_its_cases() {
        for (String id : academyCourses) {
            List<Question> essays = banks.questions(id).stream().filter(q -> q.type() == QuestionType.ESSAY).toList();
            assertThat(essays).as(id + " essays").hasSizeGreaterThanOrEqualTo(3);
            assertThat(essays).as(id + ": essays with a marking guide in kk, ru and en").allSatisfy(essay -> {
                assertThat(essay.markingGuide()).as(essay.id()).isNotNull();
                assertThat(essay.markingGuide().texts().keySet()).as(essay.id())
                        .containsExactlyInAnyOrder(Language.KK, Language.RU, Language.EN);
            });
            CourseContent content = courses.content(id).orElseThrow();
            List<CourseContent.Activity> activities = content.lessons().stream()
                    .flatMap(lesson -> lesson.activities().stream()).toList();
            assertThat(activities).as(id + " group exercise with role cards")
                    .anySatisfy(activity -> {
                        assertThat(activity.type()).isEqualTo(ActivityType.GROUP_EXERCISE);
                        assertThat(activity.roleCards()).hasSizeGreaterThanOrEqualTo(2);
                    });
            assertThat(activities).as(id + " form").anySatisfy(
                    activity -> assertThat(activity.type()).isEqualTo(ActivityType.FORM));
            assertThat(activities).filteredOn(activity -> activity.type() == ActivityType.CASE_STUDY)
                    .as(id + ": every case study has trainer notes").allSatisfy(
                            activity -> assertThat(activity.hasTrainerNotes()).as(activity.id()).isTrue());
        }
    }

    @Test
    @WithUserDetails("admin")
    void the_five_forms_exist_in_kazakh_russian_and_english_and_the_three_day_programme_loads() {
        for (String form : List.of("conflict-analysis-sheet", "early-warning-signal-card", "local-institutions-map",
                "mediation-agreement", "press-statement")) {
            for (String language : List.of("kk", "ru", "en")) {
                assertThat(COURSES.resolve("forms").resolve(form + "." + language + ".md")).exists();
            }
        }
        loader.reloadAll();
        assertThat(academy.programmes()).filteredOn(programme -> programme.id().equals("shymkent-three-day"))
                .singleElement().satisfies(programme -> assertThat(programme.days()).hasSize(3));
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
