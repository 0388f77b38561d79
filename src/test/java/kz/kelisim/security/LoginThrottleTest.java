package kz.kelisim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The throttle's counts in the real database, with a clock the test moves. */
@SpringBootTest
class LoginThrottleTest {

    private static final String GUESSER = "198.51.100.7";
    private static final String OWNER = "203.0.113.20";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T09:00:00Z"));

    @Autowired
    JdbcClient jdbc;

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, clock, Duration.ofMinutes(15));
    }

    @Test
    void a_guesser_waits_longer_after_each_failure_beyond_three_free_tries() {
        LoginThrottle throttle = throttle();
        String name = "guessed-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(name, GUESSER);
        }
        assertThat(throttle.retryAfter(name, GUESSER)).isZero();

        throttle.recordFailure(name, GUESSER);
        assertThat(throttle.retryAfter(name, GUESSER)).isEqualTo(Duration.ofSeconds(1));
        throttle.recordFailure(name, GUESSER);
        assertThat(throttle.retryAfter(name, GUESSER)).isEqualTo(Duration.ofSeconds(2));
        throttle.recordFailure(name, GUESSER);
        assertThat(throttle.retryAfter(name, GUESSER)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void the_delay_stops_growing_at_fifteen_minutes_and_is_forgotten_after_the_window() {
        LoginThrottle throttle = throttle();
        String name = "patient-" + System.nanoTime();
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure(name, GUESSER);
        }
        assertThat(throttle.retryAfter(name, GUESSER)).isEqualTo(Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure(name, GUESSER);

        assertThat(throttle.retryAfter(name, GUESSER)).as("the count started again: one failure is free").isZero();
    }

    @Test
    void guessers_elsewhere_keep_the_real_person_out_for_thirty_seconds_at_most() {
        LoginThrottle throttle = throttle();
        String name = "admin-" + System.nanoTime();
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure(name, "192.0.2.1");
        }
        for (int i = 0; i < 160; i++) {
            throttle.recordFailure(name, "192.0.2." + (10 + i % 40));
        }

        assertThat(throttle.retryAfter(name, OWNER)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.retryAfter(name, "192.0.2.1")).as("the guessers themselves")
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void one_address_trying_many_names_is_slowed_down_for_every_name() {
        LoginThrottle throttle = throttle();
        String sprayer = "198.51.100." + (System.nanoTime() % 200);
        for (int i = 0; i < 35; i++) {
            throttle.recordFailure("sprayed-" + i + "-" + System.nanoTime(), sprayer);
        }

        assertThat(throttle.retryAfter("another-name", sprayer)).isPositive()
                .as("a classroom behind one router waits a minute at most").isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.retryAfter("another-name", OWNER)).isZero();
    }

    @Test
    void a_restart_does_not_reset_the_counts() {
        String name = "restarted-" + System.nanoTime();
        LoginThrottle before = throttle();
        for (int i = 0; i < 8; i++) {
            before.recordFailure(name, GUESSER);
        }

        LoginThrottle afterRestart = throttle();

        assertThat(afterRestart.retryAfter(name, GUESSER)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void names_are_counted_whatever_their_case_and_unlocking_lifts_every_delay() {
        LoginThrottle throttle = throttle();
        String name = "Unlocked-" + System.nanoTime();
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(i % 2 == 0 ? name.toUpperCase() : name, GUESSER);
        }
        assertThat(throttle.retryAfter(name.toLowerCase(), GUESSER)).isPositive();

        throttle.unlock(name);

        assertThat(throttle.retryAfter(name, GUESSER)).isZero();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
