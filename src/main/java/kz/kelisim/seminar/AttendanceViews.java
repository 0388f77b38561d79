package kz.kelisim.seminar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Attendance as the screens and the printed sheet show it. */
public final class AttendanceViews {

    private AttendanceViews() {
    }

    public record SessionColumn(long id, LocalDate date, LocalTime startsAt, String title, int academicHours,
            boolean held) {
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
    }
}
