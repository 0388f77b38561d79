package kz.kelisim.certificate;

/** Why a certificate was revoked. */
public enum RevocationCode {
    /** Replaced by a certificate issued again under a new number (say, after a correction of the name). */
    REISSUED,
    /** For the reason staff typed, kept as typed. */
    OTHER
}
