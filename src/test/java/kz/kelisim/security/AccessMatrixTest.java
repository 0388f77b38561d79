package kz.kelisim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

import kz.kelisim.Acting;
import kz.kelisim.UiTest;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.seminar.TrainerFixture;
import kz.kelisim.ui.AccessDeniedView;
import kz.kelisim.ui.LoginView;
import kz.kelisim.ui.NotFoundObjectView;
import kz.kelisim.ui.NotFoundView;
import kz.kelisim.ui.RefusedView;
import kz.kelisim.ui.RuleViolationView;

/**
 * Every route of Kelisim opened by an anonymous visitor, a trainee, a trainer, staff and an
 * administrator, with the answer each must get written down in {@link #MATRIX}; routes that carry
 * an id are also opened with someone else's object. A route added without its rows fails the test.
 * Letters: S shown, L the sign-in page, D access denied, N not found (also for what exists but is not
 * the caller's), R refused with a rule's message.
 */
class AccessMatrixTest extends UiTest {

    private static final String SAMPLE = "sample-ethnomediation";
    private static final List<String> WHO = List.of("anonymous", "trainee", "trainer", "staff", "admin");

    /** A route's path (ids filled in by {@link #path}), then the answer for each of {@link #WHO}. */
    private record Row(String template, String path, String expected) {
    }

    private static final List<Row> MATRIX = List.of(
            new Row("", "", "LSSSS"),
            new Row("login", "login", "LSSSS"), // the signed-in are sent to their start page
            new Row("verify/:___url_parameter", "verify/KLS-NO-SUCH-CODE", "SSSSS"),
            new Row("profile", "profile", "LSSSS"),
            new Row("courses", "courses", "LSSSS"),
            new Row("courses/:courseId", "courses/" + SAMPLE, "LSSSS"),
            new Row("courses/:courseId", "courses/no-such-course", "LNNNN"),
            new Row("courses/:courseId/lessons/:lessonId", "courses/" + SAMPLE + "/lessons/what-is-mediation", "LSSSS"),
            new Row("courses/:courseId/quizzes/:quizId", "courses/" + SAMPLE + "/quizzes/pre-test", "LSSSS"),
            new Row("courses/:courseId/bank", "courses/" + SAMPLE + "/bank", "LDSSS"),
            new Row("glossary", "glossary", "LSSSS"),
            new Row("my-certificates", "my-certificates", "LSDDD"),
            new Row("certificates", "certificates", "LDDSS"),
            new Row("certificates/template", "certificates/template", "LDDSS"),
            new Row("grading", "grading", "LDSSS"),
            new Row("test-reports/:courseId?/:quizId?", "test-reports", "LDSSS"),
            new Row("quiz-attempts/:attemptId", "quiz-attempts/{own-attempt}", "LSNNN"),
            new Row("quiz-attempts/:attemptId", "quiz-attempts/{other-attempt}", "LNNNN"),
            new Row("quiz-attempts/:attemptId/review", "quiz-attempts/{other-attempt}/review", "LNSSS"),
            new Row("seminars", "seminars", "LSSSS"),
            new Row("seminars/:seminarId", "seminars/{trainees-seminar}", "LSSSS"),
            new Row("seminars/:seminarId", "seminars/{other-seminar}", "LNNSS"),
            new Row("seminars/:seminarId/exercises/:exerciseId/workspace/:workspaceId?",
                    "seminars/{other-seminar}/exercises/1/workspace", "LNNNN"),
            new Row("admin/courses", "admin/courses", "LDDSS"),
            new Row("reference-data", "reference-data", "LDDDS"),
            new Row("people", "people", "LDDSS"),
            new Row("people/:___url_parameter(^[+-]?[0-9]{1,19}$)", "people/{trainee}", "LDDDS"),
            new Row("legal-basis", "legal-basis", "LDDSS"),
            new Row("audit", "audit", "LDDDS"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    CourseCatalogue catalogue;

    @Autowired
    AttemptService attempts;

    @Test
    void every_route_has_its_rows_in_the_matrix() {
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
        Set<String> written = MATRIX.stream().map(Row::template).collect(Collectors.toCollection(TreeSet::new));

        assertThat(written).as("a route without rows in the access matrix, or rows of a route that is gone")
                .isEqualTo(routes);
    }

    @Test
    void each_role_gets_the_answer_the_matrix_gives_for_every_route() {
        Map<String, String> ids = objects();
        List<String> wrong = new ArrayList<>();
        for (int who = 0; who < WHO.size(); who++) {
            for (Row row : MATRIX) {
                String path = path(row.path(), ids);
                String answer = answer(WHO.get(who), path);
                char expected = row.expected().charAt(who);
                if (answer.charAt(0) != expected) {
                    wrong.add(WHO.get(who) + " /" + path + ": expected " + expected + ", got " + answer);
                }
            }
        }
        assertThat(wrong).as("cells of the access matrix (%d routes × %d people)", MATRIX.size(), WHO.size()).isEmpty();
    }

    /** What the person sees when opening the path: the letter, then the view shown. */
    private String answer(String who, String path) {
        if (who.equals("anonymous")) {
            securityContext.clearContext();
            startBrowserSession();
        } else {
            signInAs(who);
        }
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException refused) {
            return "R " + refused.getClass().getSimpleName();
        }
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        Class<?> shown = chain.isEmpty() ? Object.class : chain.getFirst().getClass();
        // an anonymous visitor is sent to the sign-in page by its address: no view of the route is made
        String letter = chain.isEmpty() || shown == LoginView.class ? "L"
                : shown == AccessDeniedView.class || shown == RefusedView.class ? "D"
                : shown == NotFoundView.class || shown == NotFoundObjectView.class ? "N"
                : shown == RuleViolationView.class ? "R"
                : "S";
        return letter + " " + shown.getSimpleName();
    }

    /**
     * The objects the paths name: the trainee's own attempt and another trainee's (submitted), a
     * seminar the trainee takes part in and one they do not, the trainee's account.
     */
    private Map<String, String> objects() {
        Acting acting = new Acting(users, securityContext);
        TrainerFixture.trainerRanASeminarWith(jdbc, "trainer", "trainee", "trainee2");
        // a seminar nobody of the matrix runs or takes part in but trainee2
        TrainerFixture.trainerRanASeminarTitled(jdbc, "Тест: кіру матрицасы", "nobody", "trainee2");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("own-attempt", String.valueOf(acting.as("trainee", () -> {
            catalogue.enrol(SAMPLE);
            return attempts.startOrResume(SAMPLE, "pre-test");
        })));
        ids.put("other-attempt", String.valueOf(acting.as("trainee2", () -> {
            catalogue.enrol(SAMPLE);
            long id = attempts.startOrResume(SAMPLE, "pre-test");
            attempts.submit(id);
            return id;
        })));
        ids.put("trainees-seminar", seminar("Тест: тренердің өткен семинары"));
        ids.put("other-seminar", seminar("Тест: кіру матрицасы"));
        ids.put("trainee", String.valueOf(acting.idOf("trainee")));
        securityContext.clearContext();
        return ids;
    }

    private String seminar(String title) {
        return String.valueOf(jdbc.sql("SELECT id FROM seminar WHERE title_kk = :title").param("title", title)
                .query(Long.class).single());
    }

    private static String path(String template, Map<String, String> ids) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return path;
    }
}
