package kz.kelisim.certificate;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Verification codes: 128 random bits from {@link SecureRandom}, written in URL-safe Base64 without
 * padding (22 characters). Unguessable, so the public page shows a certificate only to someone who
 * holds its printed QR code or link; no counter or number can be derived from one.
 */
final class VerificationCodes {

    static final int BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private VerificationCodes() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether the text could be a code at all (checked before the database is asked). */
    static boolean isWellFormed(String code) {
        return code != null && code.matches("[A-Za-z0-9_-]{22}");
    }
}
