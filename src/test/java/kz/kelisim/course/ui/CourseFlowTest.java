package kz.kelisim.course.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.UiTest;
import kz.kelisim.base.Language;
import kz.kelisim.course.CourseTopic;
import kz.kelisim.course.CourseViews.CourseCard;
import kz.kelisim.ui.DashboardView;

/** A trainee's way through the shipped sample course: catalogue, enrolment, lessons, progress. */
@Transactional
class CourseFlowTest extends UiTest {

    private static final String SAMPLE = "sample-ethnomediation";

    @Test
    void catalogue_finds_the_sample_course_by_words_language_and_topic() {
        signInAs("trainee3");
        UI.getCurrent().navigate(CatalogueView.class);
        @SuppressWarnings("unchecked")
        Grid<CourseCard> courses = _get(Grid.class, spec -> spec.withId("catalogue-courses"));

        assertThat(_size(courses)).as("the sample and the academy's five courses").isEqualTo(6);

        _setValue(_get(TextField.class, spec -> spec.withId("catalogue-search")), "Этномедиацияға кіріспе");
        assertThat(_size(courses)).isEqualTo(1);
        assertThat(((com.vaadin.flow.component.html.Div) _getCellComponent(courses, 0, "course"))
                .getElement().getTextRecursively()).contains("Этномедиацияға кіріспе").contains("4 академиялық сағат");
        _setValue(_get(TextField.class, spec -> spec.withId("catalogue-search")), "мұндай-сөз-жоқ");
        assertThat(_size(courses)).isZero();

        _setValue(_get(TextField.class, spec -> spec.withId("catalogue-search")), "");
        @SuppressWarnings("unchecked")
        Select<Language> language = _get(Select.class, spec -> spec.withId("catalogue-language"));
        _setValue(language, Language.EN);
        assertThat(_size(courses)).as("every course is written in English too").isEqualTo(6);
        @SuppressWarnings("unchecked")
        Select<CourseTopic> topic = _get(Select.class, spec -> spec.withId("catalogue-topic"));
        _setValue(topic, CourseTopic.INTERCONFESSIONAL_ACCORD);
        assertThat(_size(courses)).isEqualTo(1);
        _setValue(topic, CourseTopic.OTHER);
        assertThat(_size(courses)).isZero();
        _setValue(topic, CourseTopic.ETHNOMEDIATION);
        assertThat(_size(courses)).as("the sample and the full course").isEqualTo(2);
    }

    @Test
    void trainee_enrols_reads_a_lesson_marks_it_done_and_sees_the_progress_on_the_start_page() {
        signInAs("trainee3");
        UI.getCurrent().navigate(CourseView.class, CourseView.parameters(SAMPLE));
        assertThat(_get(H1.class).getText()).isEqualTo("Этномедиацияға кіріспе");
        _assertNone(Button.class, spec -> spec.withId("course-open"));

        _click(_get(Button.class, spec -> spec.withId("course-enrol")));
        _click(_get(Button.class, spec -> spec.withId("course-open")));

        assertThat(_get(H1.class).getText()).isEqualTo("Медиация деген не");
        assertThat(_get(Article.class).getElement().getProperty("innerHTML")).contains("<img")
                .contains("/course-assets/" + SAMPLE + "/");
        assertThat(_find(Section.class, spec -> spec.withClasses("activity"))).hasSize(3);
        _get(Button.class, spec -> spec.withId("quiz-open-pre-test"));

        _click(_get(Button.class, spec -> spec.withId("lesson-complete")));
        _get(Span.class, spec -> spec.withId("lesson-done"));
        assertThat(_get(Span.class, spec -> spec.withId("lesson-progress")).getText())
                .isEqualTo("1 / 4 сабақ өтілді (25%)");

        _click(_get(Button.class, spec -> spec.withId("lesson-next")));
        assertThat(_get(H1.class).getText()).isEqualTo("Медиацияның қағидаттары");

        UI.getCurrent().navigate(DashboardView.class);
        Section myLearning = _get(Section.class, spec -> spec.withId("my-learning"));
        assertThat(_get(myLearning, ProgressBar.class).getValue()).isEqualTo(25.0);
        assertThat(_find(myLearning, RouterLink.class)).extracting(RouterLink::getText)
                .contains("Этномедиацияға кіріспе", "Келесі қадам: Медиацияның қағидаттары");
    }

    @Test
    void reaching_the_end_of_a_lesson_marks_it_done() {
        signInAs("trainee3");
        UI.getCurrent().navigate(CourseView.class, CourseView.parameters(SAMPLE));
        _click(_get(Button.class, spec -> spec.withId("course-enrol")));
        _click(_get(Button.class, spec -> spec.withId("course-open")));

        _get(LessonView.class).reachedEnd();

        _get(Span.class, spec -> spec.withId("lesson-done"));
    }

    @Test
    void russian_reader_gets_the_russian_lesson() {
        signInAs("trainee3");
        UI.getCurrent().navigate(DashboardView.class);
        _click(_get(Button.class, spec -> spec.withId("language-ru")));
        startBrowserSession();
        UI.getCurrent().navigate(CourseView.class, CourseView.parameters(SAMPLE));
        _click(_get(Button.class, spec -> spec.withId("course-enrol")));
        _click(_get(Button.class, spec -> spec.withId("course-open")));

        assertThat(_get(H1.class).getText()).isEqualTo("Что такое медиация");
    }

    @Test
    void trainee_who_is_not_enrolled_cannot_open_a_lesson_by_its_address() {
        signInAs("trainee3");

        UI.getCurrent().navigate(LessonView.class, LessonView.parameters(SAMPLE, "principles"));

        assertThat(_get(H1.class).getText()).isEqualTo("Кіруге рұқсат жоқ");
    }

    @Test
    void administrator_reloads_courses_and_sees_each_folder_outcome() {
        signInAs("admin");
        UI.getCurrent().navigate(CourseContentView.class);

        _click(_get(Button.class, spec -> spec.withId("reload-courses")));

        expectNotifications("Қалталар тексерілді: 9; қабылданбағаны: 0.");
        Section sample = _get(Section.class, spec -> spec.withId("load-" + SAMPLE));
        assertThat(_get(sample, H2.class).getText()).isEqualTo(SAMPLE);
        assertThat(_get(sample, Span.class).getText()).isEqualTo("Өзгеріссіз");
    }

    @Test
    void staff_sees_the_course_content_page_without_the_reload_button() {
        signInAs("staff");
        UI.getCurrent().navigate(CourseContentView.class);

        _get(Section.class, spec -> spec.withId("load-" + SAMPLE));
        _assertNone(Button.class, spec -> spec.withId("reload-courses"));
    }
}
