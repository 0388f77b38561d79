package kz.kelisim.seminar;

import java.time.LocalDate;
import java.util.Set;

import kz.kelisim.base.Language;

/**
 * What a trainer writes about a seminar. Titles in Kazakh and Russian are required, English is
 * optional; the venue is written in Kazakh and, optionally, in Russian and English; dates in order;
 * capacity from 1 to {@link #MAX_CAPACITY}.
 */
public record SeminarDetails(String titleKk, String titleRu, String titleEn, String venue, String regionId,
        LocalDate startsOn, LocalDate endsOn, int capacity, SeminarStatus status, Set<String> courseIds,
        String venueRu, String venueEn) {

    public static final int MAX_CAPACITY = 500;
    public static final int MAX_TEXT = 300;

    /** A seminar whose venue is written in Kazakh only. */
    public SeminarDetails(String titleKk, String titleRu, String titleEn, String venue, String regionId,
            LocalDate startsOn, LocalDate endsOn, int capacity, SeminarStatus status, Set<String> courseIds) {
        this(titleKk, titleRu, titleEn, venue, regionId, startsOn, endsOn, capacity, status, courseIds, null, null);
    }

    /** The language the venue is shown in to a reader of {@code reader}: theirs when written, else Kazakh. */
    public Language venueLanguage(Language reader) {
        String translated = switch (reader) {
            case RU -> venueRu;
            case EN -> venueEn;
            case KK -> venue;
        };
        return translated == null || translated.isBlank() ? Language.KK : reader;
    }

    public String venue(Language reader) {
        return switch (venueLanguage(reader)) {
            case RU -> venueRu;
            case EN -> venueEn;
            case KK -> venue;
        };
    }
}
