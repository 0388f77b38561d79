package kz.kelisim.seminar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Attendance as the screens and the printed sheet show it. */
public final class AttendanceViews {

    private AttendanceViews() {
    }

    /**
     * A session of the sheet; {@code unmarked}: how many participants have no mark at it although it
     * has ended (they count as missed until marked).
     */
    public record SessionColumn(long id, LocalDate date, LocalTime startsAt, String title, int academicHours,
            boolean held, int unmarked) {

        SessionColumn withUnmarked(int count) {
            return new SessionColumn(id, date, startsAt, title, academicHours, held, count);
        }
    }

    /**
     * One participant's line: a mark per session id (absent from the map when not marked), the
     * academic hours attended, and the attendance percentage (null before any session is held).
     */
    public record AttendanceRow(long userId, String fullName, String group, Map<Long, AttendanceStatus> marks,
            int hoursAttended, Integer percent) {
    }

    public record AttendanceSheet(long seminarId, String seminarTitle, List<SessionColumn> sessions,
            List<AttendanceRow> rows) {

        /** Ended sessions at which someone is not marked yet. */
        public List<SessionColumn> heldWithUnmarked() {
            return sessions.stream().filter(session -> session.held() && session.unmarked() > 0).toList();
        }
    }
}
