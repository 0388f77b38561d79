package kz.kelisim.seminar;

/** Where a seminar stands: planned, running, or finished. */
public enum SeminarStatus {
    PLANNED, RUNNING, FINISHED
}
