package kz.kelisim.seminar;

import java.time.LocalDate;
import java.time.LocalTime;

import kz.kelisim.base.Language;

/**
 * A session as a trainer writes it: within the seminar's dates, ending after it starts, 1-12 academic
 * hours. The title is written in Kazakh and, optionally, in Russian and English.
 */
public record SessionDetails(LocalDate date, LocalTime startsAt, LocalTime endsAt, SessionKind kind, String title,
        int academicHours, String room, Long trainerId, String titleRu, String titleEn) {

    public static final int MAX_HOURS = 12;

    /** A session titled in Kazakh only. */
    public SessionDetails(LocalDate date, LocalTime startsAt, LocalTime endsAt, SessionKind kind, String title,
            int academicHours, String room, Long trainerId) {
        this(date, startsAt, endsAt, kind, title, academicHours, room, trainerId, null, null);
    }

    /** The language the title is shown in to a reader of {@code reader}: theirs when written, else Kazakh. */
    public Language titleLanguage(Language reader) {
        String translated = switch (reader) {
            case RU -> titleRu;
            case EN -> titleEn;
            case KK -> title;
        };
        return translated == null || translated.isBlank() ? Language.KK : reader;
    }

    /** The title for a reader of {@code reader}, in {@link #titleLanguage(Language)}. */
    public String title(Language reader) {
        return switch (titleLanguage(reader)) {
            case RU -> titleRu;
            case EN -> titleEn;
            case KK -> title;
        };
    }
}
