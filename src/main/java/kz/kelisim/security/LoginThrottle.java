package kz.kelisim.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock a person out. Failed sign-ins are
 * counted three ways, each with delays that grow with every further failure:
 * <ul>
 * <li>a name from one client address: after {@link #BY_NAME_AND_ADDRESS}'s free tries, 1 s, 2 s, 4 s ...
 * up to 15 minutes; this is what stops one guesser;</li>
 * <li>one address for any name (one machine trying many names): after 30 free tries, up to a minute,
 * no more, since a whole classroom may share one address behind its router;</li>
 * <li>a name from anywhere (many machines guessing one password): never more than 30 s, so that an
 * attacker elsewhere cannot keep the real person out.</li>
 * </ul>
 * The answer is the same whether or not the name exists: the throttle is asked before any account is
 * looked up. Counts are kept in the database, so a restart does not reset them and nodes share them;
 * a count is forgotten once its last failure is older than the window, and a successful sign-in
 * clears the counts of that name.
 */
@Component
public class LoginThrottle {

    /** Placeholder for "any" in a counter's name or address. */
    static final String ANY = "*";

    static final Rule BY_NAME_AND_ADDRESS = new Rule(3, Duration.ofMinutes(15));
    static final Rule BY_ADDRESS = new Rule(30, Duration.ofMinutes(1));
    static final Rule BY_NAME = new Rule(10, Duration.ofSeconds(30));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;

    public LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${kelisim.security.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    /**
     * Free failures, then a delay of one second doubled by each further failure, up to the cap.
     *
     * @param freeFailures failures allowed before any delay
     * @param longest the longest delay
     */
    record Rule(int freeFailures, Duration longest) {

        Duration delayAfter(int failures) {
            int beyond = failures - freeFailures;
            if (beyond <= 0) {
                return Duration.ZERO;
            }
            Duration delay = Duration.ofSeconds(1L << Math.min(beyond - 1, 30));
            return delay.compareTo(longest) > 0 ? longest : delay;
        }
    }

    /** How long the name must wait from this address before it may try again; zero when it may now. */
    @Transactional(readOnly = true)
    public Duration retryAfter(String username, String address) {
        Instant now = clock.instant();
        List<Timestamp> blocks = jdbc.sql("""
                SELECT blocked_until FROM sign_in_throttle
                WHERE blocked_until IS NOT NULL AND blocked_until > :now
                  AND ((username = :name AND address = :address) OR (username = :name AND address = '*')
                       OR (username = '*' AND address = :address))
                """).param("now", Timestamp.from(now)).param("name", name(username))
                .param("address", address(address)).query(Timestamp.class).list();
        return blocks.stream().map(until -> Duration.between(now, until.toInstant())).max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** A wrong password (or an unknown name) from this address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        String name = name(username);
        String from = address(address);
        count(name, from, BY_NAME_AND_ADDRESS);
        count(ANY, from, BY_ADDRESS);
        count(name, ANY, BY_NAME);
    }

    /** The name signed in: its counts start again (the address's count over many names stays). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        forget(username);
    }

    /** Lifts every delay on the name at once (an administrator unlocking a person). */
    @Transactional
    public void unlock(String username) {
        forget(username);
    }

    private void forget(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username = :name").param("name", name(username)).update();
    }

    private void count(String name, String address, Rule rule) {
        Instant now = clock.instant();
        Integer before = jdbc.sql("""
                SELECT failures FROM sign_in_throttle WHERE username = :name AND address = :address
                  AND last_failure > :forgotten FOR UPDATE
                """).param("name", name).param("address", address).param("forgotten", Timestamp.from(now.minus(window)))
                .query(Integer.class).optional().orElse(0);
        int failures = before + 1;
        Duration delay = rule.delayAfter(failures);
        Timestamp blockedUntil = delay.isZero() ? null : Timestamp.from(now.plus(delay));
        int updated = jdbc.sql("""
                UPDATE sign_in_throttle SET failures = :failures, last_failure = :now, blocked_until = :until
                WHERE username = :name AND address = :address
                """).param("failures", failures).param("now", Timestamp.from(now)).param("until", blockedUntil)
                .param("name", name).param("address", address).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO sign_in_throttle (username, address, failures, last_failure, blocked_until)
                        VALUES (:name, :address, :failures, :now, :until)
                        """).param("name", name).param("address", address).param("failures", failures)
                        .param("now", Timestamp.from(now)).param("until", blockedUntil).update();
            } catch (DuplicateKeyException otherNode) {
                // another node counted the same failure's neighbour first: one count more or less is harmless
            }
        }
    }

    private static String name(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 150 ? name.substring(0, 150) : name;
    }

    private static String address(String address) {
        return address == null || address.isBlank() ? "unknown" : address.length() > 64 ? address.substring(0, 64)
                : address;
    }
}
