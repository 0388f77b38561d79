package kz.kelisim.course;

import java.time.Instant;
import java.util.List;

import kz.kelisim.base.Language;

/** What the course screens show, already in the reader's language (or the fallback, flagged). */
public final class CourseViews {

    private CourseViews() {
    }

    /** A course in the catalogue. */
    public record CourseCard(String id, String title, String description, CourseTopic topic, int hours,
            List<Language> languages, Language shownIn, boolean enrolled, int percent) {
    }

    /**
     * The course page: what it is, what it holds, and where the reader stands. {@code mayOpen}: the
     * reader may open its lessons (enrolled, or previewing as trainer, staff or administrator).
     */
    public record CourseOverview(String id, String version, String title, String description, CourseTopic topic,
            int hours, List<Language> languages, Language shownIn, boolean fallback, boolean selfEnrolment,
            boolean enrolled, boolean mayOpen, CourseProgress progress, List<ModuleOutline> modules, String resumeLessonId,
            CompletionRule completion, String completionQuizTitle) {
    }

    public record ModuleOutline(String id, String title, List<LessonOutline> lessons) {
    }

    public record LessonOutline(String id, String title, boolean done) {
    }

    /**
     * One lesson in the player. {@code recordsProgress} is false when previewing without enrolment;
     * {@code reviewed} the date it was last checked against the law (its file's or an editor's later
     * review); {@code lawChangedOn} the date an act it cites changed, while the lesson waits for a
     * review (else null); {@code editsLegalBasis} for staff and administrators, who may mark it reviewed.
     */
    public record LessonPage(String courseId, String courseTitle, String lessonId, String lessonTitle,
            String moduleTitle, Language shownIn, boolean fallback, String html, List<ActivityView> activities,
            List<ModuleOutline> contents, String previousLessonId, String nextLessonId, boolean done,
            boolean recordsProgress, CourseProgress progress, java.time.LocalDate reviewed,
            List<LegalBasisView> legalBasis, java.time.LocalDate lawChangedOn, boolean editsLegalBasis) {

        public boolean underReview() {
            return lawChangedOn != null;
        }
    }

    /** An act a lesson relies on, as the register names it: title, number, date, official text, status. */
    public record LegalBasisView(String id, String title, String number, java.time.LocalDate adopted, String url,
            kz.kelisim.course.LegalAct.Status status) {
    }

    /**
     * An activity as shown under a lesson: a body (a form's too), a link or a download; for trainers,
     * staff and administrators also the trainer notes and the role cards' confidential instructions
     * (null and empty for trainees, who see only the parties' names); for a form, the languages it
     * may be printed in.
     */
    public record ActivityView(String id, kz.kelisim.course.ActivityType type, String title, String html, String url,
            String fileName, String trainerNotesHtml, List<RoleCardView> roleCards, List<Language> formLanguages) {

        public ActivityView {
            formLanguages = formLanguages == null ? List.of() : List.copyOf(formLanguages);
        }
    }

    /** A form as an A4 PDF to print: its file name and bytes. */
    public record FormDocument(String fileName, byte[] pdf) {
    }

    /** A party of a group exercise: its name, and its instructions for those who run training. */
    public record RoleCardView(String id, String title, String html) {
    }

    /** A course on the reader's "My learning" list, with the next thing to do in it. */
    public record MyCourse(String id, String title, int percent, Instant completedAt, String nextLessonId,
            String nextLessonTitle, boolean quizPending) {
    }

    /** A stored course file, ready to send. */
    public record AssetFile(String mediaType, byte[] content) {
    }
}
