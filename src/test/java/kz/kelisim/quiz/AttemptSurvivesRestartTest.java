package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.KelisimApplication;
import kz.kelisim.base.Language;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.quiz.QuizViews.AttemptPage;
import kz.kelisim.quiz.Response.Selected;
import kz.kelisim.quiz.Response.Typed;

/**
 * The server stops in the middle of an attempt and starts again on the same database file: every
 * answer saved before the stop is there, and the attempt goes on where it was.
 */
class AttemptSurvivesRestartTest {

    private static final String COURSE = "restart-course";

    @TempDir
    Path data;

    @Test
    void every_saved_answer_is_there_after_the_server_restarts_and_the_attempt_goes_on() {
        Path courses = data.resolve("courses");
        QuizFixture.writeCourse(courses, COURSE, QuizFixture.SETTINGS + "time-limit: 30m\n");
        long attemptId;
        AttemptPage before;
        try (ConfigurableApplicationContext first = start(courses)) {
            as(first, "admin", () -> first.getBean(CourseLoader.class).reloadAll());
            as(first, "trainee", () -> {
                first.getBean(CourseCatalogue.class).enrol(COURSE);
                return null;
            });
            AttemptService quizzes = first.getBean(AttemptService.class);
            attemptId = as(first, "trainee", () -> quizzes.startOrResume(COURSE, QuizFixture.QUIZ));
            as(first, "trainee", () -> {
                quizzes.saveAnswer(attemptId, "capital", new Selected(Set.of("astana")));
                quizzes.saveAnswer(attemptId, "reflection", new Typed("Ойым: ә ғ қ ң ө ұ ү һ і."));
                return null;
            });
            before = as(first, "trainee", () -> quizzes.attempt(attemptId, Language.KK));
        }

        try (ConfigurableApplicationContext second = start(courses)) {
            AttemptService quizzes = second.getBean(AttemptService.class);
            AttemptPage after = as(second, "trainee", () -> quizzes.attempt(attemptId, Language.KK));

            assertThat(after.submitted()).isFalse();
            assertThat(after.questions()).isEqualTo(before.questions());
            assertThat(after.deadline()).isEqualTo(before.deadline());
            assertThat(after.answers()).isEqualTo(before.answers())
                    .containsEntry("reflection", new Typed("Ойым: ә ғ қ ң ө ұ ү һ і."));
            assertThat(as(second, "trainee", () -> quizzes.startOrResume(COURSE, QuizFixture.QUIZ)))
                    .as("starting again resumes the same attempt").isEqualTo(attemptId);
        }
    }

    private ConfigurableApplicationContext start(Path courses) {
        return new SpringApplicationBuilder(KelisimApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db/kelisim") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--kelisim.courses.dir=" + courses, "--server.port=0", "--kelisim.demo.enabled=true",
                "--spring.jmx.enabled=false");
    }

    private static <T> T as(ConfigurableApplicationContext context, String username, Callable<T> action) {
        SecurityContextHolderStrategy holder = context.getBean(SecurityContextHolderStrategy.class);
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        holder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        try {
            return action.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            holder.clearContext();
        }
    }
}
