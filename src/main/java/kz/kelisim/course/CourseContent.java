package kz.kelisim.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.kelisim.base.Language;

/**
 * A course as loaded from its folder: the manifest with every Markdown body in it. Stored as JSON
 * with the course; the files it points to are stored as assets.
 */
public record CourseContent(String id, String version, List<Language> languages, CourseTopic topic, int hours,
        boolean selfEnrolment, LocalizedText title, LocalizedText description, List<Module> modules,
        CompletionRule completion) {

    public record Module(String id, LocalizedText title, List<Lesson> lessons) {
    }

    /**
     * A lesson. {@code legalBasis}: the ids of the register's acts it relies on (empty when none);
     * {@code reviewed}: the date its authors checked it against them, or null.
     */
    public record Lesson(String id, LocalizedText title, LocalizedText body, List<String> legalBasis,
            LocalDate reviewed, List<Activity> activities) {

        public Lesson {
            legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        }

        public Optional<Activity> activity(String activityId) {
            return activities.stream().filter(activity -> activity.id().equals(activityId)).findFirst();
        }
    }

    /**
     * An activity of a lesson. {@code url} for videos; {@code files} (path inside the lesson folder,
     * per language) for downloads; {@code body} for readings, case studies and group exercises, and for
     * a form the form's text ({@code form} is its id). {@code trainerNotes} (case studies and group
     * exercises, may be null) are for trainers, staff and administrators only; {@code roleCards} (group
     * exercises) hold each party's confidential instructions.
     */
    public record Activity(String id, ActivityType type, LocalizedText title, String url, Map<Language, String> files,
            LocalizedText body, String form, LocalizedText trainerNotes, List<RoleCard> roleCards) {

        public Activity {
            roleCards = roleCards == null ? List.of() : List.copyOf(roleCards);
        }

        public boolean hasTrainerNotes() {
            return trainerNotes != null && !trainerNotes.texts().isEmpty();
        }
    }

    /** A party of a group exercise: its name (everyone sees it) and its confidential instructions. */
    public record RoleCard(String id, LocalizedText title, LocalizedText body) {
    }

    /** Every lesson in course order. */
    public List<Lesson> lessons() {
        return modules.stream().flatMap(module -> module.lessons().stream()).toList();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons().stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
    }

    /** The lesson holding the activity, if any does. */
    public Optional<Lesson> lessonOfActivity(String activityId) {
        return lessons().stream().filter(lesson -> lesson.activity(activityId).isPresent()).findFirst();
    }

    public Optional<Activity> activity(String activityId) {
        return lessons().stream().flatMap(lesson -> lesson.activities().stream())
                .filter(activity -> activity.id().equals(activityId)).findFirst();
    }

    public Optional<Module> moduleOf(String lessonId) {
        return modules.stream()
                .filter(module -> module.lessons().stream().anyMatch(lesson -> lesson.id().equals(lessonId)))
                .findFirst();
    }

    /** The language a reader sees: their own if the course has it, else the first of kk, ru, en it has. */
    public Language languageFor(Language reader) {
        if (languages.contains(reader)) {
            return reader;
        }
        for (Language language : Language.values()) {
            if (languages.contains(language)) {
                return language;
            }
        }
        return Language.DEFAULT;
    }
}
