package kz.kelisim.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kz.kelisim.base.AcademyTime;

/**
 * Whether a lesson is "under review" because an act it cites changed after it was last checked, and
 * the date it was last checked. A change stops counting once an editor records a review after it, or
 * once the lesson's file is loaded with a {@code reviewed} date later than the day it was recorded.
 */
@Component
class LessonReviews {

    /**
     * @param reviewedAsOf the latest of the file's {@code reviewed} date and an editor's review, or null
     * @param lawChangedOn the date of the latest change not yet reviewed (the act's amendment date), or
     *        null when the lesson is not under review
     */
    record LawReview(LocalDate reviewedAsOf, LocalDate lawChangedOn) {

        boolean underReview() {
            return lawChangedOn != null;
        }
    }

    private final LegalActChangeRepository changes;
    private final LessonLawReviewRepository reviews;

    LessonReviews(LegalActChangeRepository changes, LessonLawReviewRepository reviews) {
        this.changes = changes;
        this.reviews = reviews;
    }

    /** Records that the reviewer checked the lesson against the law at {@code now}, on that day in the academy. */
    LocalDate record(String courseId, String lessonId, long reviewerId, Instant now) {
        LocalDate today = AcademyTime.local(now).toLocalDate();
        reviews.save(new LessonLawReview(courseId, lessonId, today, reviewerId, now));
        return today;
    }

    /** Where each of the acts stands now: the status staff last recorded for it, if they recorded one. */
    Map<String, LegalAct.Status> recordedStatus(Collection<String> actIds) {
        Map<String, LegalAct.Status> statuses = new HashMap<>();
        if (!actIds.isEmpty()) {
            changes.findByActIdInOrderByRecordedAtAscIdAsc(actIds)
                    .forEach(change -> statuses.put(change.getActId(), change.getStatus()));
        }
        return statuses;
    }

    LawReview of(String courseId, CourseContent.Lesson lesson) {
        List<LegalActChange> cited = lesson.legalBasis().isEmpty() ? List.of()
                : changes.findByActIdInOrderByRecordedAtAscIdAsc(lesson.legalBasis());
        return of(lesson, cited, reviews.findFirstByCourseIdAndLessonIdOrderByRecordedAtDescIdDesc(courseId, lesson.id()));
    }

    /** The review state from the changes of the acts the lesson cites and its latest recorded review. */
    static LawReview of(CourseContent.Lesson lesson, List<LegalActChange> changesOfCitedActs,
            Optional<LessonLawReview> latestReview) {
        LocalDate reviewedAsOf = latestReview.map(LessonLawReview::getReviewedOn)
                .filter(date -> lesson.reviewed() == null || date.isAfter(lesson.reviewed()))
                .orElse(lesson.reviewed());
        LocalDate changedOn = changesOfCitedActs.stream()
                .filter(change -> lesson.legalBasis().contains(change.getActId()))
                .filter(change -> latestReview.isEmpty() || change.getRecordedAt().isAfter(latestReview.get().getRecordedAt()))
                .filter(change -> lesson.reviewed() == null
                        || !lesson.reviewed().isAfter(AcademyTime.local(change.getRecordedAt()).toLocalDate()))
                .map(LegalActChange::getChangedOn).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new LawReview(reviewedAsOf, changedOn);
    }
}
