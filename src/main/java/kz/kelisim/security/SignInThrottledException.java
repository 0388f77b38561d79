package kz.kelisim.security;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because of too many recent failures, whether or not the name exists; says how
 * long to wait.
 */
public class SignInThrottledException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public SignInThrottledException(String username, Duration retryAfter) {
        super("Too many failed sign-ins for " + username);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, rounded up, at least one. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }

    /** Whole seconds to wait, rounded up, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.plusMillis(999).toSeconds());
    }
}
