package kz.kelisim.seminar;

/**
 * A participant's attendance at one session. Present and late count as attended (the hours are
 * earned); excused and absent do not, but an excused absence is not held against the person.
 */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
