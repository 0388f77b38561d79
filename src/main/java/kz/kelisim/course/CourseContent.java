package kz.kelisim.course;

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

    public record Lesson(String id, LocalizedText title, LocalizedText body, List<Activity> activities) {
    }

    /**
     * An activity of a lesson. {@code url} for videos; {@code files} (path inside the lesson folder,
     * per language) for downloads; {@code body} for readings, case studies and group exercises.
     */
    public record Activity(String id, ActivityType type, LocalizedText title, String url, Map<Language, String> files,
            LocalizedText body) {
    }

    /** Every lesson in course order. */
    public List<Lesson> lessons() {
        return modules.stream().flatMap(module -> module.lessons().stream()).toList();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons().stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
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
