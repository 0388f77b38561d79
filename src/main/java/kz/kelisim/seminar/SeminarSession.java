package kz.kelisim.seminar;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One session of a seminar's schedule: a lecture, practical work or a test, with its academic hours. */
@Entity
@Table(name = "seminar_session")
class SeminarSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "title_ru")
    private String titleRu;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "academic_hours", nullable = false)
    private int academicHours;

    @Column
    private String room;

    @Column(name = "trainer_id")
    private Long trainerId;

    protected SeminarSession() {
    }

    SeminarSession(long seminarId) {
        this.seminarId = seminarId;
    }

    void describe(SessionDetails details) {
        this.date = details.date();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.kind = details.kind();
        this.title = details.title().strip();
        this.titleRu = blankToNull(details.titleRu());
        this.titleEn = blankToNull(details.titleEn());
        this.academicHours = details.academicHours();
        this.room = details.room() == null || details.room().isBlank() ? null : details.room().strip();
        this.trainerId = details.trainerId();
    }

    SessionDetails details() {
        return new SessionDetails(date, startsAt, endsAt, kind, title, academicHours, room, trainerId, titleRu, titleEn);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long getId() {
        return id;
    }

    long getSeminarId() {
        return seminarId;
    }

    LocalDate getDate() {
        return date;
    }

    int getAcademicHours() {
        return academicHours;
    }
}
