package kz.kelisim.course;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.course.CourseFolderReader.LoadedCourse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a checked course to the database in one transaction (replacing the version before it), and
 * reads courses back, caching each parsed content by its hash.
 */
@Component
class CourseStore {

    private final CourseRepository courses;
    private final CourseAssetRepository assets;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, CourseContent> contentByHash = new ConcurrentHashMap<>();

    CourseStore(CourseRepository courses, CourseAssetRepository assets, JsonMapper json, Clock clock) {
        this.courses = courses;
        this.assets = assets;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<String> storedHash(String courseId) {
        return courses.findById(courseId).map(Course::getContentHash);
    }

    /** Replaces the course, its content, files and other features' parts with the loaded version, all or nothing. */
    @Transactional
    void replace(LoadedCourse loaded) {
        CourseContent content = loaded.content();
        Course course = courses.findById(content.id()).orElseGet(() -> new Course(content.id()));
        course.replaceWith(content, loaded.contentHash(), json.writeValueAsString(content), clock.instant());
        courses.save(course);
        assets.deleteByCourseId(content.id());
        assets.flush();
        loaded.assets().forEach((path, bytes) -> assets.save(new CourseAsset(content.id(), path, bytes)));
        loaded.parts().forEach(part -> part.store(content.id()));
        contentByHash.put(loaded.contentHash(), content);
    }

    /** The parsed content of a stored course. */
    CourseContent contentOf(Course course) {
        return contentByHash.computeIfAbsent(course.getContentHash(),
                hash -> json.readValue(course.getStructureJson(), CourseContent.class));
    }
}
