package kz.kelisim.course;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.course.CourseViews.ActivityView;
import kz.kelisim.course.CourseViews.AssetFile;
import kz.kelisim.course.CourseViews.LegalBasisView;
import kz.kelisim.course.CourseViews.LessonPage;
import kz.kelisim.course.CourseViews.RoleCardView;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;

/**
 * The lesson player: a lesson's page, marking it done, and the course files it shows. A trainee
 * reads the lessons of courses they are enrolled in; trainers, staff and administrators may
 * preview any course (nothing is recorded for them).
 */
@Service
public class LessonService {

    private final CourseRepository courses;
    private final CourseAssetRepository assets;
    private final EnrolmentRepository enrolments;
    private final CourseStore store;
    private final ProgressService progress;
    private final LessonRenderer renderer;
    private final AcademyStore academy;
    private final CurrentUser currentUser;
    private final LessonReviews reviews;
    private final Clock clock;

    LessonService(CourseRepository courses, CourseAssetRepository assets, EnrolmentRepository enrolments,
            CourseStore store, ProgressService progress, LessonRenderer renderer, CurrentUser currentUser,
            AcademyStore academy, LessonReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
        this.courses = courses;
        this.assets = assets;
        this.enrolments = enrolments;
        this.store = store;
        this.progress = progress;
        this.renderer = renderer;
        this.academy = academy;
        this.currentUser = currentUser;
    }

    /**
     * The lesson, rendered and sanitised; remembers it as where the reader stopped. Empty when the
     * course or lesson does not exist.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<LessonPage> openLesson(String courseId, String lessonId, Language reader) {
        Optional<Course> course = courses.findById(courseId);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        CourseContent content = store.contentOf(course.get());
        Optional<CourseContent.Lesson> lesson = content.lesson(lessonId);
        if (lesson.isEmpty()) {
            return Optional.empty();
        }
        Optional<Enrolment> enrolment = readableEnrolment(courseId);
        enrolment.ifPresent(found -> enrolments.rememberLastLesson(found.getId(), lessonId));
        // completes a course whose last missing lesson a reload removed
        CourseProgress standing = enrolment.map(found -> progress.completeIfDue(found, content)).orElse(null);
        return Optional.of(page(course.get(), content, lesson.get(), reader, enrolment.isPresent(), standing));
    }

    /**
     * Marks the lesson done for the enrolled caller and completes the course when its rules are met.
     * Sending it twice (a double click, two tabs) records it once: the calls take turns on the
     * enrolment row. Empty for a preview.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<CourseProgress> completeLesson(String courseId, String lessonId) {
        // First statement: lock the enrolment, so a second tab waits and then sees this one's work.
        Optional<Enrolment> locked = enrolments.lockByUserIdAndCourseId(currentUser.require().accountId(), courseId);
        Course course = courses.findById(courseId).orElseThrow(() -> new AccessDeniedException("No course " + courseId));
        CourseContent content = store.contentOf(course);
        if (content.lesson(lessonId).isEmpty()) {
            throw new AccessDeniedException("No lesson " + lessonId + " in " + courseId);
        }
        if (locked.isEmpty()) {
            readableEnrolment(courseId);
            return Optional.empty();
        }
        return Optional.of(progress.recordLessonDone(locked.get(), content, lessonId));
    }

    /**
     * Records that the caller, an editor, checked the lesson against the law today: it is no longer
     * under review and is reviewed as of today.
     *
     * @return the date it is now reviewed as of
     */
    @PreAuthorize(LegalBasisService.EDITORS)
    @Transactional
    public LocalDate markReviewed(String courseId, String lessonId) {
        Course course = courses.findById(courseId).orElseThrow(() -> new NotFound("legal-basis.error.lesson-unknown"));
        CourseContent.Lesson lesson = store.contentOf(course).lesson(lessonId)
                .orElseThrow(() -> new NotFound("legal-basis.error.lesson-unknown"));
        return reviews.record(course.getId(), lesson.id(), currentUser.require().accountId(), clock.instant());
    }

    /**
     * A form activity of the lesson as an A4 PDF in the language asked for (or the course's nearest),
     * for a reader allowed to read the course. Empty when there is no such form.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CourseViews.FormDocument> formPdf(String courseId, String lessonId, String activityId,
            Language language) {
        Optional<Course> course = courses.findById(courseId);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        readableEnrolment(courseId);
        CourseContent content = store.contentOf(course.get());
        return content.lesson(lessonId).flatMap(lesson -> lesson.activity(activityId))
                .filter(activity -> activity.type() == ActivityType.FORM && activity.body() != null
                        && !activity.body().texts().isEmpty())
                .map(activity -> {
                    Language printed = activity.body().texts().containsKey(language) ? language
                            : content.languageFor(language);
                    String assetBase = "/course-assets/" + courseId + "/" + course.get().getContentHash().substring(0, 16)
                            + "/lessons/" + lessonId + "/";
                    byte[] pdf = FormPdf.render(activity.title().in(printed),
                            renderer.render(activity.body().in(printed), assetBase), printed);
                    String name = (activity.form() == null ? activity.id() : activity.form()) + "." + printed.tag() + ".pdf";
                    return new CourseViews.FormDocument(name, pdf);
                });
    }

    /** A file of the course version shown, for a reader allowed to read the course. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AssetFile> asset(String courseId, String contentHash, String path) {
        Optional<Course> course = courses.findById(courseId)
                .filter(found -> found.getContentHash().startsWith(contentHash));
        if (course.isEmpty()) {
            return Optional.empty();
        }
        readableEnrolment(courseId);
        return assets.findById(new CourseAsset.Key(courseId, path))
                .map(asset -> new AssetFile(asset.getMediaType(), asset.getContent()));
    }

    /**
     * The caller's enrolment; empty for trainers, staff and administrators previewing; refused for
     * anyone else.
     */
    private Optional<Enrolment> readableEnrolment(String courseId) {
        KelisimPrincipal caller = currentUser.require();
        Optional<Enrolment> enrolment = enrolments.findByUserIdAndCourseId(caller.accountId(), courseId);
        if (enrolment.isPresent()) {
            return enrolment;
        }
        if (mayPreview(caller)) {
            return Optional.empty();
        }
        throw new AccessDeniedException("Not enrolled in " + courseId);
    }

    /**
     * A body rendered (a form's too), a video's address, or a file's download address and name; the
     * trainer notes and role cards' instructions only for those who run training.
     */
    private ActivityView activityView(CourseContent.Activity activity, Language shownIn, String assetBase,
            boolean runsTraining) {
        String html = activity.body() != null && !activity.body().texts().isEmpty()
                ? renderer.render(activity.body().in(shownIn), assetBase) : null;
        String notes = runsTraining && activity.hasTrainerNotes()
                ? renderer.render(activity.trainerNotes().in(shownIn), assetBase) : null;
        List<RoleCardView> cards = activity.roleCards().stream().map(card -> new RoleCardView(card.id(),
                card.title().in(shownIn), runsTraining ? renderer.render(card.body().in(shownIn), assetBase) : null))
                .toList();
        String file = activity.files().get(shownIn);
        if (file == null) {
            return new ActivityView(activity.id(), activity.type(), activity.title().in(shownIn), html, activity.url(),
                    null, notes, cards, formLanguages(activity));
        }
        return new ActivityView(activity.id(), activity.type(), activity.title().in(shownIn), html,
                assetBase + UriUtils.encodePath(file, StandardCharsets.UTF_8), file.substring(file.lastIndexOf('/') + 1),
                notes, cards, formLanguages(activity));
    }

    /** The languages a form activity's text is written in, in Kelisim's order; none for other activities. */
    private static List<Language> formLanguages(CourseContent.Activity activity) {
        if (activity.type() != ActivityType.FORM || activity.body() == null) {
            return List.of();
        }
        return Arrays.stream(Language.values()).filter(activity.body().texts()::containsKey).toList();
    }

    /** The acts the lesson relies on, as the academy's register names them (an act not found is left out). */
    private List<LegalBasisView> legalBasis(CourseContent.Lesson lesson, Language shownIn) {
        LegalRegister register = academy.register();
        if (register == null) {
            return List.of();
        }
        // what staff recorded since the file was written (amended, superseded) is where the act stands now
        Map<String, LegalAct.Status> recorded = reviews.recordedStatus(lesson.legalBasis());
        return lesson.legalBasis().stream().map(register::act).flatMap(Optional::stream)
                .map(act -> new LegalBasisView(act.id(), act.title().in(shownIn), act.number(), act.adopted(),
                        act.url(), recorded.getOrDefault(act.id(), act.status())))
                .toList();
    }

    /** Trainers, staff and administrators may read any course without enrolling (nothing is recorded). */
    static boolean mayPreview(KelisimPrincipal caller) {
        return caller.hasRole(Roles.TRAINER) || caller.hasRole(Roles.STAFF) || caller.hasRole(Roles.ADMIN);
    }

    private LessonPage page(Course course, CourseContent content, CourseContent.Lesson lesson, Language reader,
            boolean recordsProgress, CourseProgress standing) {
        Language shownIn = content.languageFor(reader);
        String assetBase = "/course-assets/" + course.getId() + "/" + course.getContentHash().substring(0, 16)
                + "/lessons/" + lesson.id() + "/";
        KelisimPrincipal caller = currentUser.require();
        boolean runsTraining = mayPreview(caller);
        LessonReviews.LawReview review = reviews.of(course.getId(), lesson);
        boolean edits = caller.hasRole(Roles.STAFF) || caller.hasRole(Roles.ADMIN);
        List<ActivityView> activities = lesson.activities().stream()
                .map(activity -> activityView(activity, shownIn, assetBase, runsTraining))
                .toList();
        List<CourseContent.Lesson> lessons = content.lessons();
        int index = lessons.indexOf(lesson);
        return new LessonPage(course.getId(), content.title().in(shownIn), lesson.id(), lesson.title().in(shownIn),
                content.moduleOf(lesson.id()).map(module -> module.title().in(shownIn)).orElse(""), shownIn,
                shownIn != reader, renderer.render(lesson.body().in(shownIn), assetBase), activities,
                CourseCatalogue.outline(content, shownIn, standing),
                index > 0 ? lessons.get(index - 1).id() : null,
                index < lessons.size() - 1 ? lessons.get(index + 1).id() : null,
                standing != null && standing.isDone(lesson.id()), recordsProgress, standing, review.reviewedAsOf(),
                legalBasis(lesson, shownIn), review.lawChangedOn(), edits);
    }
}
