package kz.kelisim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));

    @Test
    void five_failures_block_the_name_whatever_its_case() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("Trainee");
        }
        assertThat(throttle.isBlocked("trainee")).isFalse();

        throttle.recordFailure("TRAINEE");

        assertThat(throttle.isBlocked("trainee")).isTrue();
        assertThat(throttle.retryAfter("trainee")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void block_lifts_when_the_oldest_failure_leaves_the_window() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("trainee");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isBlocked("trainee")).isTrue();

        clock.advance(Duration.ofMinutes(11));

        assertThat(throttle.isBlocked("trainee")).isFalse();
        assertThat(throttle.retryAfter("trainee")).isZero();
    }

    @Test
    void other_names_are_not_affected() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("trainee");
        }

        assertThat(throttle.isBlocked("trainer")).isFalse();
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
