package kz.kelisim.quiz;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
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
        return acting().as(username, action);
    }

    /** Runs the action signed in as the user, in this thread. */
    protected void doAs(String username, Runnable action) {
        acting().doAs(username, action);
    }

    protected void signIn(String username) {
        acting().signIn(username);
    }

    private Acting acting() {
        return new Acting(users, securityContext);
    }
}
