package kz.kelisim.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.TestClock;
import kz.kelisim.UiTest;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseFixture;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.QuizFixture;
import kz.kelisim.quiz.QuizReports;
import kz.kelisim.quiz.QuizReports.ReportCourse;
import kz.kelisim.quiz.ReportFixture;
import kz.kelisim.quiz.Response;

/** A trainer opens the test reports in the (mocked) browser: chooses the course, reads the statistics, opens an attempt. */
@Import(TestClock.Config.class)
class QuizReportViewTest extends UiTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient seminarRows;

    /** A trainer reads only the results of trainees in the seminars they run: the demo trainer ran one. */
    @org.junit.jupiter.api.BeforeEach
    void theDemoTrainerRanASeminarWithTheDemoTrainees() {
        kz.kelisim.seminar.TrainerFixture.trainerRanASeminarWith(seminarRows, "trainer", "trainee", "trainee2",
                "trainee3", "trainee4", "trainee5");
    }

    private static final Path FOLDER = CourseFixture.temporaryFolder("kelisim-report-ui");
    private static final AtomicInteger COURSES = new AtomicInteger();
    private static final String FIVE_QUESTIONS = ReportFixture.FIVE_QUESTIONS;
    private static final Map<String, Response> RIGHT = Map.of(
            "capital", new Response.Selected(Set.of("astana")), "founded", new Response.TrueOrFalse(true),
            "law-year", new Response.Typed("2011"), "council", new Response.Typed("келісім"));

    @DynamicPropertySource
    static void coursesFolder(DynamicPropertyRegistry registry) {
        registry.add("kelisim.courses.dir", FOLDER::toString);
    }

    @Autowired
    CourseLoader loader;

    @Autowired
    CourseCatalogue catalogue;

    @Autowired
    AttemptService quizzes;

    private String course() {
        String id = "report-ui-" + COURSES.incrementAndGet();
        QuizFixture.writeCourse(FOLDER, id, FIVE_QUESTIONS);
        signInAs("admin");
        loader.reloadAll();
        return id;
    }

    /** The trainee enrols, answers the given questions right (the others not at all) and submits. */
    private void take(String trainee, String course, List<String> right) {
        take(trainee, course, QuizFixture.QUIZ, right);
    }

    private void take(String trainee, String course, String quiz, List<String> right) {
        signInAs(trainee);
        catalogue.enrol(course);
        long id = quizzes.startOrResume(course, quiz);
        right.forEach(question -> quizzes.saveAnswer(id, question, RIGHT.get(question)));
        quizzes.submit(id);
    }

    @Test
    void trainer_chooses_a_course_reads_its_test_statistics_and_opens_an_attempt() {
        String course = course();
        take("trainee", course, List.of("capital", "founded", "law-year", "council"));
        take("trainee2", course, List.of("capital", "founded"));
        take("trainee3", course, List.of("capital"));
        signInAs("trainer");

        UI.getCurrent().navigate(QuizReportView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Тест есептері");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("empty-state")))
                .extracting(Paragraph::getText).containsExactly("Тесттерін көру үшін курсты таңдаңыз.");
        @SuppressWarnings("unchecked")
        Select<ReportCourse> courses = _get(Select.class, spec -> spec.withId("report-course"));
        _setValue(courses, courses.getListDataView().getItems()
                .filter(candidate -> candidate.courseId().equals(course)).findFirst().orElseThrow());

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-counts")).getText())
                .isEqualTo("Жіберілген талпыныстар: 3. Тыңдаушылар: 3. Бағасын күтіп тұрған эсселер: 0.");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("report-analysed")).getElement().getTextRecursively())
                .isEqualTo("Талданған талпыныстар: 3");
        assertThat(_find(Span.class, spec -> spec.withClasses("report-figure-value")))
                .extracting(Span::getText).first().as("mean of 80, 40 and 20 %").isEqualTo("46,7 %");
        NativeTable histogram = _get(NativeTable.class, spec -> spec.withId("report-histogram"));
        assertThat(_find(histogram, NativeTableCell.class, spec -> spec.withClasses("histogram-count")))
                .extracting(NativeTableCell::getText).containsExactly("0", "0", "1", "0", "1", "0", "0", "0", "1", "0");

        Grid<?> slots = _get(Grid.class, spec -> spec.withId("report-slots"));
        assertThat(GridKt._size(slots)).isEqualTo(5);
        assertThat(GridKt._getFormatted(slots, 0, "question")).isEqualTo("Елорда қай қала?");
        assertThat(GridKt._getFormatted(slots, 0, "facility")).isEqualTo("100 %");
        assertThat(((com.vaadin.flow.component.Component) GridKt._getCellComponent(slots, 0, "attention"))
                .getElement().getTextRecursively()).isEqualTo("Тым жеңіл");
        assertThat(((com.vaadin.flow.component.Component) GridKt._getCellComponent(slots, 4, "attention"))
                .getElement().getTextRecursively()).as("nobody put the steps in order").isEqualTo("Тым қиын");

        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("report-tabs"));
        tabs.setSelectedIndex(1);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("empty-state"))).extracting(Paragraph::getText)
                .containsExactly("Бұл курста кіріс тесті де, қорытынды тест те жоқ. Тест баптау файлындағы"
                        + " role: pre-test немесе role: final-test арқылы солардың біріне айналады.");
        tabs.setSelectedIndex(2);
        Grid<?> attempts = _get(Grid.class, spec -> spec.withId("report-attempts"));
        assertThat(GridKt._size(attempts)).isEqualTo(3);
        assertThat(GridKt._getFormatted(attempts, 2, "grade")).isEqualTo("80 %");
        RouterLinkKt._click((RouterLink) GridKt._getCellComponent(attempts, 2, "review"));
        assertThat(_get(H1.class).getText()).isEqualTo(_get(AttemptReviewView.class).getTranslation("review.heading", 1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-marks")).getText()).isEqualTo("Балл: 5 ішінен 4 (80 %)");
    }

    @Test
    void trainer_reads_each_trainees_gain_from_the_pre_test_to_the_final_test() {
        String course = "report-gains-" + COURSES.incrementAndGet();
        ReportFixture.writeCourseWithPreAndFinalTest(FOLDER, course);
        signInAs("admin");
        loader.reloadAll();
        take("trainee", course, List.of("capital", "founded"));
        take("trainee", course, ReportFixture.FINAL, List.of("capital", "founded", "law-year", "council"));
        take("trainee2", course, List.of("capital", "founded", "law-year"));
        signInAs("trainer");

        UI.getCurrent().navigate(QuizReportView.class, QuizReportView.parameters(course, ReportFixture.FINAL));
        @SuppressWarnings("unchecked")
        Select<QuizReports.QuizSummary> quiz = _get(Select.class, spec -> spec.withId("report-quiz"));
        assertThat(quiz.getValue().title()).isEqualTo("Қорытынды тест");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-counts")).getElement().getTextRecursively())
                .startsWith("Қорытынды тест");
        _get(TabSheet.class, spec -> spec.withId("report-tabs")).setSelectedIndex(1);

        Grid<?> gains = _get(Grid.class, spec -> spec.withId("report-gains-grid"));
        assertThat(GridKt._size(gains)).isEqualTo(2);
        int asel = GridKt._getFormatted(gains, 0, "pre").equals("40 %") ? 0 : 1;
        assertThat(GridKt._getFormatted(gains, asel, "pre")).isEqualTo("40 %");
        assertThat(GridKt._getFormatted(gains, asel, "final")).isEqualTo("80 %");
        assertThat(GridKt._getFormatted(gains, asel, "gain")).isEqualTo("+40");
        assertThat(GridKt._getFormatted(gains, asel, "normalised")).isEqualTo("0,67");
        assertThat(GridKt._getFormatted(gains, 1 - asel, "final")).isEqualTo("—");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("report-gains-means")).getElement().getTextRecursively())
                .contains("Кіріс тестінің орташа бағасы: 50 %", "Қорытынды тесттің орташа бағасы: 80 %",
                        "Екі тестті де тапсырған тыңдаушылар: 1. Орташа өсім: +40 тармақ; орташа нормаланған өсім: 0,67.");
    }

    @Test
    void trainees_find_no_test_reports_in_their_menu() {
        signInAs("trainee");
        UI.getCurrent().navigate(kz.kelisim.ui.DashboardView.class);

        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class))
                .extracting(item -> item.getElement().getTextRecursively())
                .contains("Курстар").doesNotContain("Тест есептері");
    }
}
