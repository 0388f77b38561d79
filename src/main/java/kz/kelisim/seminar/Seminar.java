package kz.kelisim.seminar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.kelisim.base.Language;

/** A seminar-training: where and when, for how many, on which courses, run by which trainers. */
@Entity
@Table(name = "seminar")
class Seminar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "title_kk", nullable = false)
    private String titleKk;

    @Column(name = "title_ru", nullable = false)
    private String titleRu;

    @Column(name = "title_en")
    private String titleEn;

    @Column(nullable = false)
    private String venue;

    @Column(name = "venue_ru")
    private String venueRu;

    @Column(name = "venue_en")
    private String venueEn;

    @Column(name = "region_id", nullable = false)
    private String regionId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeminarStatus status;

    @Column(name = "enrolment_key")
    private String enrolmentKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seminar_course", joinColumns = @JoinColumn(name = "seminar_id"))
    @Column(name = "course_id")
    private Set<String> courseIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seminar_trainer", joinColumns = @JoinColumn(name = "seminar_id"))
    @Column(name = "user_id")
    private Set<Long> trainerIds = new LinkedHashSet<>();

    protected Seminar() {
    }

    Seminar(Instant createdAt) {
        this.createdAt = createdAt;
        this.status = SeminarStatus.PLANNED;
    }

    void describe(SeminarDetails details) {
        this.titleKk = details.titleKk().strip();
        this.titleRu = details.titleRu().strip();
        this.titleEn = details.titleEn() == null || details.titleEn().isBlank() ? null : details.titleEn().strip();
        this.venue = details.venue().strip();
        this.venueRu = details.venueRu() == null || details.venueRu().isBlank() ? null : details.venueRu().strip();
        this.venueEn = details.venueEn() == null || details.venueEn().isBlank() ? null : details.venueEn().strip();
        this.regionId = details.regionId();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.capacity = details.capacity();
        this.status = details.status();
        this.courseIds = new LinkedHashSet<>(details.courseIds());
    }

    SeminarDetails details() {
        return new SeminarDetails(titleKk, titleRu, titleEn, venue, regionId, startsOn, endsOn, capacity, status,
                Set.copyOf(courseIds), venueRu, venueEn);
    }

    String title(Language language) {
        return switch (language) {
            case KK -> titleKk;
            case RU -> titleRu;
            case EN -> titleEn != null ? titleEn : titleRu;
        };
    }

    Long getId() {
        return id;
    }

    Set<Long> getTrainerIds() {
        return trainerIds;
    }

    boolean isRunBy(long userId) {
        return trainerIds.contains(userId);
    }

    String getEnrolmentKey() {
        return enrolmentKey;
    }

    void setEnrolmentKey(String enrolmentKey) {
        this.enrolmentKey = enrolmentKey;
    }

    int getCapacity() {
        return capacity;
    }

    SeminarStatus getStatus() {
        return status;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    String getVenue() {
        return venue;
    }

    String getRegionId() {
        return regionId;
    }

    Set<String> getCourseIds() {
        return courseIds;
    }
}
