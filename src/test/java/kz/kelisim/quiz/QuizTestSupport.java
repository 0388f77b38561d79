package kz.kelisim.quiz;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.TestClock;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseFolderTest;
import kz.kelisim.course.CourseLoadStatus;
import kz.kelisim.course.CourseLoader;

/**
 * Base of quiz tests that commit for real (threads, restarts): each test writes its own course
 * (a fresh id, so tests never see each other's attempts), signs people in by name and may move the clock.
 */
@Import(TestClock.Config.class)
abstract class QuizTestSupport extends CourseFolderTest {

    private static final AtomicInteger COURSES = new AtomicInteger();

    @Autowired
    protected TestClock clock;

    @Autowired
    protected CourseLoader loader;

    @Autowired
    protected CourseCatalogue catalogue;

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected SecurityContextHolderStrategy securityContext;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
        securityContext.clearContext();
    }

    /** Writes and loads a fresh course with the quiz under {@code settings}; returns its id. */
    protected String course(String settings) {
        String id = "quiz-" + COURSES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        QuizFixture.writeCourse(FOLDER, id, settings);
        CourseLoadStatus status = as("admin", () -> loader.reloadAll()).stream()
                .filter(candidate -> candidate.courseId().equals(id)).findFirst().orElseThrow();
        if (status.outcome() != CourseLoadStatus.Outcome.LOADED) {
            throw new IllegalStateException("Fixture course rejected: " + status.problems());
        }
        return id;
    }

    /** The course with every answer of the fixture's bank and its default settings. */
    protected String course() {
        return course(QuizFixture.SETTINGS);
    }

    protected void enrol(String username, String courseId) {
        doAs(username, () -> catalogue.enrol(courseId));
    }

    /** Runs the action signed in as the user, in this thread. */
    protected <T> T as(String username, Callable<T> action) {
        var before = securityContext.getContext();
        signIn(username);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            securityContext.setContext(before);
        }
    }

    /** Runs the action signed in as the user, in this thread. */
    protected void doAs(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    protected void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        securityContext.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
    }
}
