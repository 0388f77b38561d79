package kz.kelisim.course;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.Roles;
import kz.kelisim.user.UserService;

/**
 * The academy's legal basis as its editors (staff and administrators) keep it: every act of the
 * register with where it stands and the lessons citing it; recording that an act was amended or
 * superseded, which puts every lesson citing it under review (an editor marks a lesson reviewed on
 * its page, {@link LessonService#markReviewed}).
 * Who recorded what, and when, is kept and never changed.
 */
@Service
public class LegalBasisService {

    /** What editors may record about an act after its file was written. */
    public static final Set<LegalAct.Status> RECORDABLE = Set.of(LegalAct.Status.AMENDED, LegalAct.Status.SUPERSEDED);

    static final String EDITORS = "hasAnyRole('" + Roles.STAFF + "', '" + Roles.ADMIN + "')";

    private final AcademyStore academy;
    private final CourseRepository courses;
    private final CourseStore store;
    private final LegalActChangeRepository changes;
    private final LessonLawReviewRepository reviews;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;

    LegalBasisService(AcademyStore academy, CourseRepository courses, CourseStore store,
            LegalActChangeRepository changes, LessonLawReviewRepository reviews, UserService users,
            CurrentUser currentUser, Clock clock) {
        this.academy = academy;
        this.courses = courses;
        this.store = store;
        this.changes = changes;
        this.reviews = reviews;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * An act as the register lists it, in the reader's language. {@code change} is the latest one
     * staff recorded (null when none): then it, not {@code fileStatus}, says where the act stands.
     */
    public record ActEntry(String id, String title, String number, LocalDate adopted, String url,
            LegalAct.Status fileStatus, String note, RecordedChange change, List<CitingLesson> lessons) {

        public LegalAct.Status status() {
            return change == null ? fileStatus : change.status();
        }
    }

    /** A change staff recorded: amended or superseded on a date, with a note; who recorded it and when. */
    public record RecordedChange(LegalAct.Status status, LocalDate changedOn, String note, String recordedBy,
            Instant recordedAt) {
    }

    /** A lesson citing an act: course and lesson by title, and whether it waits for a review. */
    public record CitingLesson(String courseId, String courseTitle, String lessonId, String lessonTitle,
            boolean underReview, LocalDate reviewedAsOf) {
    }

    /** Every act of the register in its file's order, each with the lessons of every loaded course citing it. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<ActEntry> register(Language reader) {
        LegalRegister register = academy.register();
        List<LegalActChange> recorded = changes.findAllByOrderByRecordedAtAscIdAsc();
        Map<String, LegalActChange> latestByAct = new HashMap<>();
        recorded.forEach(change -> latestByAct.put(change.getActId(), change));
        Map<String, LessonLawReview> latestReview = new HashMap<>();
        reviews.findAllByOrderByRecordedAtAscIdAsc()
                .forEach(review -> latestReview.put(review.getCourseId() + "/" + review.getLessonId(), review));
        Map<String, List<CitingLesson>> citing = new HashMap<>();
        for (Course course : courses.findAll(Sort.by("id"))) {
            CourseContent content = store.contentOf(course);
            Language shownIn = content.languageFor(reader);
            for (CourseContent.Lesson lesson : content.lessons()) {
                LessonReviews.LawReview state = LessonReviews.of(lesson,
                        recorded.stream().filter(change -> lesson.legalBasis().contains(change.getActId())).toList(),
                        Optional.ofNullable(latestReview.get(course.getId() + "/" + lesson.id())));
                CitingLesson entry = new CitingLesson(course.getId(), content.title().in(shownIn), lesson.id(),
                        lesson.title().in(shownIn), state.underReview(), state.reviewedAsOf());
                lesson.legalBasis().forEach(actId -> citing.computeIfAbsent(actId, id -> new ArrayList<>()).add(entry));
            }
        }
        Map<Long, String> names = latestByAct.isEmpty() ? Map.of()
                : users.namesOf(latestByAct.values().stream().map(LegalActChange::getRecordedBy).collect(Collectors.toSet()));
        return register.acts().stream().map(act -> {
            LegalActChange change = latestByAct.get(act.id());
            RecordedChange recordedChange = change == null ? null
                    : new RecordedChange(change.getStatus(), change.getChangedOn(), change.getNote(),
                            names.getOrDefault(change.getRecordedBy(), ""), change.getRecordedAt());
            return new ActEntry(act.id(), act.title().in(reader), act.number(), act.adopted(), act.url(), act.status(),
                    act.note() == null ? null : act.note().in(reader), recordedChange,
                    List.copyOf(citing.getOrDefault(act.id(), List.of())));
        }).toList();
    }

    /** The lessons waiting for a review against the law, once each (a lesson may cite several changed acts). */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<CitingLesson> awaitingReview(Language reader) {
        return awaitingReview(register(reader));
    }

    /** The lessons of the register's entries waiting for a review, once each, in the register's order. */
    public static List<CitingLesson> awaitingReview(List<ActEntry> register) {
        Map<String, CitingLesson> waiting = new java.util.LinkedHashMap<>();
        register.stream().flatMap(act -> act.lessons().stream()).filter(CitingLesson::underReview)
                .forEach(lesson -> waiting.putIfAbsent(lesson.courseId() + "/" + lesson.lessonId(), lesson));
        return List.copyOf(waiting.values());
    }

    /**
     * Records that the act was amended or superseded on {@code changedOn}; every lesson citing it is
     * under review from now until an editor marks it reviewed.
     *
     * @return how many lessons are now under review because of it
     * @throws RuleViolation for a status other than amended or superseded, no date, or no note
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public int markChanged(String actId, LegalAct.Status status, LocalDate changedOn, String note) {
        LegalAct act = academy.register().act(actId).orElseThrow(() -> new NotFound("legal-basis.error.act-unknown"));
        if (status == null || !RECORDABLE.contains(status)) {
            throw new RuleViolation("legal-basis.error.status");
        }
        if (changedOn == null) {
            throw new RuleViolation("legal-basis.error.date-required");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("legal-basis.error.note-required");
        }
        if (text.length() > LegalActChange.MAX_NOTE) {
            throw new RuleViolation("legal-basis.error.note-too-long", LegalActChange.MAX_NOTE);
        }
        changes.save(new LegalActChange(act.id(), status, changedOn, text, currentUser.require().accountId(),
                clock.instant()));
        int citing = 0;
        for (Course course : courses.findAll()) {
            citing += (int) store.contentOf(course).lessons().stream()
                    .filter(lesson -> lesson.legalBasis().contains(act.id())).count();
        }
        return citing;
    }
}
