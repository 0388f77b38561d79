package kz.kelisim.user;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Component;

import kz.kelisim.base.Latin;
import kz.kelisim.base.RuleViolation;
import me.gosimple.nbvcxz.Nbvcxz;

/**
 * What a password chosen by a person must be: 10 to 128 characters, not the user name, no part of
 * the person's name (in Cyrillic or Latin letters), and hard enough to guess by nbvcxz's estimate, whose dictionaries (common
 * passwords, words, names) and patterns (keyboard runs, repeats, dates, "l33t") catch the passwords
 * attackers try first. Each refusal says why, in the person's language.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    /** Loads its dictionaries once, on first use (about a second), and is safe to share. */
    private volatile Nbvcxz estimator;

    /** Refuses the password with a {@link RuleViolation} saying why, or returns quietly. */
    void check(String password, String username, String fullName) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("password.error.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("password.error.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("password.error.same-as-username");
        }
        if (fullName != null && Arrays.stream(fullName.toLowerCase(Locale.ROOT).split("[\\s.,-]+"))
                .filter(part -> part.length() >= 4)
                .anyMatch(part -> lower.contains(part) || lower.contains(Latin.of(part).toLowerCase(Locale.ROOT)))) {
            throw new RuleViolation("password.error.contains-name");
        }
        if (!estimator().estimate(password).isMinimumEntropyMet()) {
            throw new RuleViolation("password.error.too-common");
        }
    }

    private Nbvcxz estimator() {
        Nbvcxz loaded = estimator;
        if (loaded == null) {
            synchronized (this) {
                if (estimator == null) {
                    estimator = new Nbvcxz();
                }
                loaded = estimator;
            }
        }
        return loaded;
    }
}
