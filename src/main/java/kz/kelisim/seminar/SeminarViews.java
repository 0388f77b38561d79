package kz.kelisim.seminar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kz.kelisim.base.Language;

/** What the seminar screens show, in the reader's language, holding only what the caller may see. */
public final class SeminarViews {

    private SeminarViews() {
    }

    /** A reference item (region, organisation) to choose from. */
    /**
     * A seminar-training programme to make a seminar from: its title in the reader's language and in
     * each language (English may be null) for the seminar's titles, its length in days, academic
     * hours and sessions, and the courses it links.
     */
    public record ProgrammeChoice(String id, String title, String titleKk, String titleRu, String titleEn, int days,
            int hours, int sessions, java.util.Set<String> courseIds) {
    }

    public record Choice(String id, String name) {
    }

    /** A seminar in a list; {@code manages}: the caller runs it (or is staff). */
    public record SeminarCard(long id, String title, String venue, String region, LocalDate startsOn,
            LocalDate endsOn, SeminarStatus status, long participants, int capacity, List<String> trainers,
            boolean manages) {
    }

    /**
     * A seminar's page. {@code enrolmentKey} only for those who run it; {@code details} to edit.
     */
    public record SeminarPage(long id, String title, SeminarDetails details, String region, List<Person> trainers,
            List<Choice> courses, String enrolmentKey, long participants, List<SessionView> sessions, boolean manages) {
    }

    public record Person(long id, String fullName) {
    }

    /**
     * A seminar on the start page of someone who takes part in it or runs it: today's sessions and
     * the next one after now (null when none is left).
     */
    public record SeminarAgenda(long id, String title, String venue, LocalDate startsOn, LocalDate endsOn,
            boolean manages, List<SessionView> today, SessionView next) {
    }

    /**
     * A session as a reader sees it: {@code title} in their language when it was written in it, else
     * in Kazakh, with {@code titleLanguage} saying which (so the page can mark it); {@code written}
     * holds every language, to edit.
     */
    public record SessionView(long id, LocalDate date, LocalTime startsAt, LocalTime endsAt, SessionKind kind,
            String title, int academicHours, String room, Long trainerId, String trainer, Language titleLanguage,
            SessionDetails written) {

        public SessionDetails details() {
            return written;
        }
    }

    /**
     * A participant as the people who run the seminar see them: the IIN masked (its last four
     * digits), never in full.
     */
    public record ParticipantRow(long userId, String fullName, String maskedIin, String region, String organisation,
            String position, Long groupId, String group) {
    }
}
