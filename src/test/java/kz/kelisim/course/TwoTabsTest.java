package kz.kelisim.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.AtTheSameMoment;
import kz.kelisim.base.Language;
import kz.kelisim.security.KelisimPrincipal;

/**
 * One trainee in two tabs pressing the same buttons at the same moment: real threads, real
 * commits, the shipped sample course. Nothing is lost, nothing is doubled, nobody sees an error.
 */
@SpringBootTest
@Tag("persistence")
class TwoTabsTest {

    private static final String SAMPLE = "sample-ethnomediation";
    private static final int TABS = 2;

    @Autowired
    CourseCatalogue catalogue;

    @Autowired
    LessonService lessons;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    EnrolmentRepository enrolments;

    @Autowired
    LessonProgressRepository progress;

    private final ExecutorService tabs = Executors.newFixedThreadPool(TABS);

    @AfterEach
    void forgetTheTrainee() throws InterruptedException {
        tabs.shutdownNow();
        tabs.awaitTermination(10, TimeUnit.SECONDS);
        long userId = trainee().accountId();
        progress.deleteAll(progress.findByUserIdAndCourseId(userId, SAMPLE));
        enrolments.findByUserIdAndCourseId(userId, SAMPLE).ifPresent(enrolments::delete);
    }

    @Test
    void enrolling_and_completing_lessons_in_two_tabs_at_once_records_everything_once() throws Exception {
        inBothTabsAtOnce(() -> {
            catalogue.enrol(SAMPLE);
            return null;
        });
        assertThat(enrolments.findByUserIdAndCourseId(trainee().accountId(), SAMPLE)).isPresent();

        for (String lessonId : List.of("what-is-mediation", "principles", "case-village-water")) {
            inBothTabsAtOnce(() -> lessons.completeLesson(SAMPLE, lessonId));
        }

        assertThat(progress.findByUserIdAndCourseId(trainee().accountId(), SAMPLE)).extracting(LessonProgress::getLessonId)
                .containsExactlyInAnyOrder("what-is-mediation", "principles", "case-village-water");
        signIn();
        assertThat(catalogue.course(SAMPLE, Language.KK).orElseThrow().progress().percent()).isEqualTo(75);
        securityContext.clearContext();
    }

    /** Runs the action in every tab, released together; fails if any tab fails. */
    private void inBothTabsAtOnce(Callable<?> action) throws Exception {
        AtTheSameMoment.run(tabs, this::signIn, securityContext::clearContext, Collections.nCopies(TABS, action));
    }

    private void signIn() {
        UserDetails user = users.loadUserByUsername("trainee5");
        securityContext.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
    }

    private KelisimPrincipal trainee() {
        return (KelisimPrincipal) users.loadUserByUsername("trainee5");
    }
}
