package kz.kelisim.course;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A seminar-training programme ({@code courses/programmes/<id>.yaml}): titles, the courses it uses
 * and its schedule, day by day. A trainer creates a seminar from it; the seminar then owns its copy.
 */
public record SeminarProgramme(String id, LocalizedText title, LocalizedText description, List<String> courses,
        List<Day> days) {

    public SeminarProgramme {
        courses = courses == null ? List.of() : List.copyOf(courses);
        days = days == null ? List.of() : List.copyOf(days);
    }

    /** Day {@code day} of the seminar (1 is its first day) and its sessions, in time order. */
    public record Day(int day, List<Session> sessions) {
    }

    /**
     * One session: academy local times, its kind, academic hours, topic and the course modules it
     * covers (possibly none).
     */
    public record Session(LocalTime start, LocalTime end, Kind kind, int hours, LocalizedText topic,
            List<ModuleLink> modules) {

        public Session {
            modules = modules == null ? List.of() : List.copyOf(modules);
        }
    }

    /** A module of one of the programme's courses: {@code kazakhstan-studies/people-and-history}. */
    public record ModuleLink(String courseId, String moduleId) {

        @Override
        public String toString() {
            return courseId + "/" + moduleId;
        }
    }

    /** What happens in a session, as the programme file names it. */
    public enum Kind {
        LECTURE, PRACTICAL, TEST;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Kind> fromCode(String code) {
            return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
        }

        public static String codes() {
            return String.join(", ", Arrays.stream(values()).map(Kind::code).toList());
        }
    }

    /** Academic hours over the whole programme. */
    public int hours() {
        return days.stream().flatMap(day -> day.sessions().stream()).mapToInt(Session::hours).sum();
    }
}
