package kz.kelisim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** In demo mode a trainer finds the sample course's tests already taken by four demo trainees. */
@SpringBootTest(properties = "kelisim.demo.attempts=true")
class DemoAttemptsTest {

    @Autowired
    AttemptRepository attempts;

    @Autowired
    DemoAttempts demo;

    @Test
    void four_demo_trainees_have_taken_the_entry_and_final_tests_once() {
        var taken = attempts.findByCourseId("sample-ethnomediation");

        assertThat(taken).hasSize(8).allMatch(Attempt::isSubmitted);
        assertThat(taken).extracting(Attempt::getQuizId).containsOnly("pre-test", "final-test");
        assertThat(taken.stream().map(Attempt::getUserId).distinct()).hasSize(4);

        demo.run(null);

        assertThat(attempts.findByCourseId("sample-ethnomediation")).as("a second start adds nothing").hasSize(8);
    }
}
