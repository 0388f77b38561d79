package kz.kelisim.seminar;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session as a trainer writes it: within the seminar's dates, ending after it starts, 1-12 academic hours. */
public record SessionDetails(LocalDate date, LocalTime startsAt, LocalTime endsAt, SessionKind kind, String title,
        int academicHours, String room, Long trainerId) {

    public static final int MAX_HOURS = 12;
}
