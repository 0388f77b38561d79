package kz.kelisim.certificate;

import java.time.LocalDate;

/**
 * What a certificate will say about its holder and their training, gathered before issue: exactly
 * one of {@code courseId} and {@code seminarId}; titles in Kazakh and Russian (English optional).
 */
record CertificateDraft(long holderId, String holderName, String courseId, Long seminarId, String titleKk,
        String titleRu, String titleEn, int hours, LocalDate startsOn, LocalDate endsOn, String place) {

    CertificateDraft {
        if ((courseId == null) == (seminarId == null)) {
            throw new IllegalArgumentException("A certificate is for a course or for a seminar");
        }
        if (holderName == null || holderName.isBlank() || titleKk == null || titleRu == null || endsOn == null) {
            throw new IllegalArgumentException("A certificate needs its holder, titles and end date");
        }
    }
}
