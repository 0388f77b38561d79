package kz.kelisim.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code kelisim.certificates.verify-per-minute} verification look-ups per client address in
 * any minute, so nobody can walk through codes from one machine. Kept in memory: a restart forgets
 * it, which costs an attacker nothing worth having against 128-bit codes.
 */
@Component
class VerificationRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Beyond this many addresses, stale ones are dropped first so the map cannot grow without end. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    VerificationRateLimit(@Value("${kelisim.certificates.verify-per-minute:30}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /**
     * Counts a look-up from the address.
     *
     * @return 0 if it may go ahead, else the seconds until it may
     */
    long acquire(String address) {
        Instant now = clock.instant();
        if (recent.size() > MAX_ADDRESSES) {
            recent.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(address == null ? "" : address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds());
            }
            times.addLast(now);
            return 0;
        }
    }
}
