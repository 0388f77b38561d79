package kz.kelisim.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code max-failures} failed sign-ins for one user name within
 * the window, further attempts for that name are refused (before the password is checked) until the
 * oldest failure leaves the window. A successful sign-in clears the record.
 * <p>
 * Kept in memory: a restart forgets it, which is acceptable for a throttle (not an audit log).
 */
@Component
public class LoginThrottle {

    /** Bounds the memory an attacker can make us spend by trying many different names. */
    private static final int MAX_TRACKED_NAMES = 50_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failuresByName = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock,
            @Value("${kelisim.security.login.max-failures:5}") int maxFailures,
            @Value("${kelisim.security.login.window:15m}") Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** True while the name has had too many recent failures to be allowed another try. */
    public boolean isBlocked(String username) {
        Deque<Instant> failures = failuresByName.get(key(username));
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            dropExpired(failures);
            return failures.size() >= maxFailures;
        }
    }

    /** How long until the name may try again; zero when it is not blocked. */
    public Duration retryAfter(String username) {
        Deque<Instant> failures = failuresByName.get(key(username));
        if (failures == null) {
            return Duration.ZERO;
        }
        synchronized (failures) {
            dropExpired(failures);
            if (failures.size() < maxFailures) {
                return Duration.ZERO;
            }
            return Duration.between(clock.instant(), failures.peekFirst().plus(window));
        }
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failuresByName.remove(key(event.getAuthentication().getName()));
    }

    void recordFailure(String username) {
        if (failuresByName.size() >= MAX_TRACKED_NAMES) {
            failuresByName.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    dropExpired(entry.getValue());
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> failures = failuresByName.computeIfAbsent(key(username), name -> new ArrayDeque<>());
        synchronized (failures) {
            dropExpired(failures);
            failures.addLast(clock.instant());
        }
    }

    private void dropExpired(Deque<Instant> failures) {
        Instant oldestCounted = clock.instant().minus(window);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(oldestCounted)) {
            failures.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
