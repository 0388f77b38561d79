package kz.kelisim.seminar;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a trainer writes about a seminar. Titles in Kazakh and Russian are required, English is
 * optional; dates in order; capacity from 1 to {@link #MAX_CAPACITY}.
 */
public record SeminarDetails(String titleKk, String titleRu, String titleEn, String venue, String regionId,
        LocalDate startsOn, LocalDate endsOn, int capacity, SeminarStatus status, Set<String> courseIds) {

    public static final int MAX_CAPACITY = 500;
    public static final int MAX_TEXT = 300;
}
