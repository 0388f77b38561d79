package kz.kelisim.course;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.CourseViews.CourseCard;
import kz.kelisim.course.CourseViews.CourseOverview;
import kz.kelisim.course.CourseViews.LessonOutline;
import kz.kelisim.course.CourseViews.ModuleOutline;
import kz.kelisim.course.CourseViews.MyCourse;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.KelisimPrincipal;

/**
 * The catalogue, the course page, self-enrolment and "My learning", for the signed-in person.
 * Texts come in the reader's language where the course has it.
 */
@Service
@Transactional(readOnly = true)
public class CourseCatalogue {

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final CourseStore store;
    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final Clock clock;

    CourseCatalogue(CourseRepository courses, EnrolmentRepository enrolments, CourseStore store,
            ProgressService progress, CurrentUser currentUser, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.store = store;
        this.progress = progress;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the catalogue, ordered by title in the reader's language. */
    @PreAuthorize("isAuthenticated()")
    public Page<CourseCard> search(CourseSearch search, Language reader, Pageable page) {
        long userId = currentUser.require().accountId();
        Pageable byTitle = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by("title" + Character.toUpperCase(reader.tag().charAt(0)) + reader.tag().substring(1), "id"));
        return courses.findAll(search.specification(), byTitle).map(course -> card(course, reader, userId));
    }

    @PreAuthorize("isAuthenticated()")
    public long count(CourseSearch search) {
        return courses.count(search.specification());
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<CourseOverview> course(String courseId, Language reader) {
        KelisimPrincipal caller = currentUser.require();
        return courses.findById(courseId).map(course -> overview(course, reader, caller));
    }

    /**
     * Enrols the caller in a course open to self-enrolment; enrolling twice (two tabs at once)
     * changes nothing, because enrolments in a course take turns on the course row.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void enrol(String courseId) {
        long userId = currentUser.require().accountId();
        Course course = courses.lockById(courseId).orElseThrow(() -> new NotFound("course.error.not-found"));
        if (enrolments.findByUserIdAndCourseId(userId, courseId).isPresent()) {
            return;
        }
        if (!course.isSelfEnrolment()) {
            throw new RuleViolation("course.error.enrolment-closed");
        }
        enrolments.save(new Enrolment(userId, courseId, Enrolment.Source.SELF, clock.instant()));
    }

    /** The caller's courses, most recent first, each with its progress and next step. */
    @PreAuthorize("isAuthenticated()")
    public List<MyCourse> myLearning(Language reader) {
        long userId = currentUser.require().accountId();
        return enrolments.findByUserIdOrderByEnrolledAtDesc(userId).stream()
                .flatMap(enrolment -> courses.findById(enrolment.getCourseId()).stream()
                        .map(course -> myCourse(course, enrolment, reader)))
                .toList();
    }

    private MyCourse myCourse(Course course, Enrolment enrolment, Language reader) {
        CourseContent content = store.contentOf(course);
        Language shownIn = content.languageFor(reader);
        CourseProgress standing = progress.progressOf(enrolment, content);
        Optional<CourseContent.Lesson> next = nextLesson(content, standing, enrolment.getLastLessonId());
        return new MyCourse(course.getId(), content.title().in(shownIn), standing.percent(), standing.completedAt(),
                next.map(CourseContent.Lesson::id).orElse(null),
                next.map(lesson -> lesson.title().in(shownIn)).orElse(null),
                standing.quizRequired() && !standing.quizPassed() && !standing.completed());
    }

    private CourseCard card(Course course, Language reader, long userId) {
        CourseContent content = store.contentOf(course);
        Language shownIn = content.languageFor(reader);
        Optional<Enrolment> enrolment = enrolments.findByUserIdAndCourseId(userId, course.getId());
        int percent = enrolment.map(found -> progress.progressOf(found, content).percent()).orElse(0);
        return new CourseCard(course.getId(), content.title().in(shownIn), content.description().in(shownIn),
                content.topic(), content.hours(), content.languages(), shownIn, enrolment.isPresent(), percent);
    }

    private CourseOverview overview(Course course, Language reader, KelisimPrincipal caller) {
        long userId = caller.accountId();
        CourseContent content = store.contentOf(course);
        Language shownIn = content.languageFor(reader);
        Optional<Enrolment> enrolment = enrolments.findByUserIdAndCourseId(userId, course.getId());
        CourseProgress standing = enrolment.map(found -> progress.progressOf(found, content)).orElse(null);
        List<ModuleOutline> modules = outline(content, shownIn, standing);
        String resume = enrolment.flatMap(found -> nextLesson(content, standing, found.getLastLessonId()))
                .map(CourseContent.Lesson::id)
                .orElse(content.lessons().getFirst().id());
        String quizTitle = content.completion().requiresQuiz() ? content.lessons().stream()
                .flatMap(lesson -> lesson.activities().stream())
                .filter(activity -> activity.id().equals(content.completion().passQuiz()))
                .map(activity -> activity.title().in(shownIn))
                .findFirst().orElse(null) : null;
        return new CourseOverview(course.getId(), content.version(), content.title().in(shownIn),
                content.description().in(shownIn), content.topic(), content.hours(), content.languages(), shownIn,
                shownIn != reader, content.selfEnrolment(), enrolment.isPresent(),
                enrolment.isPresent() || LessonService.mayPreview(caller), standing, modules, resume,
                content.completion(), quizTitle);
    }

    static List<ModuleOutline> outline(CourseContent content, Language shownIn, CourseProgress standing) {
        return content.modules().stream()
                .map(module -> new ModuleOutline(module.id(), module.title().in(shownIn), module.lessons().stream()
                        .map(lesson -> new LessonOutline(lesson.id(), lesson.title().in(shownIn),
                                standing != null && standing.isDone(lesson.id())))
                        .toList()))
                .toList();
    }

    /**
     * Where to go on: the lesson last opened if it is not done, else the first lesson not done after
     * it, else the first not done at all; empty when every lesson is done.
     */
    static Optional<CourseContent.Lesson> nextLesson(CourseContent content, CourseProgress standing, String lastOpened) {
        List<CourseContent.Lesson> lessons = content.lessons();
        int start = 0;
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(lastOpened)) {
                start = i;
            }
        }
        for (int i = 0; i < lessons.size(); i++) {
            CourseContent.Lesson lesson = lessons.get((start + i) % lessons.size());
            if (standing == null || !standing.isDone(lesson.id())) {
                return Optional.of(lesson);
            }
        }
        return Optional.empty();
    }
}
