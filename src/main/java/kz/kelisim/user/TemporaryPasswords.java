package kz.kelisim.user;

import java.security.SecureRandom;

/** Passwords someone else sets for a person, to be changed at the first sign-in. */
final class TemporaryPasswords {

    /** Letters and digits nobody mixes up on paper (no 0/o, 1/l/i). */
    private static final char[] LETTERS = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** Twelve letters and digits in groups of four: "k7mq-2hxa-p9rt", about 59 bits. */
    static String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(LETTERS[RANDOM.nextInt(LETTERS.length)]);
        }
        return password.toString();
    }
}
