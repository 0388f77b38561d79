package kz.kelisim.seminar;

/** What happens in a session of a seminar. */
public enum SessionKind {
    LECTURE, PRACTICAL, TEST
}
