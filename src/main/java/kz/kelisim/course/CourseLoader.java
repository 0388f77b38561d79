package kz.kelisim.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import kz.kelisim.course.CourseFolderReader.FolderResult;
import kz.kelisim.security.Roles;

/**
 * Loads the course folders into the database: at start and when an administrator asks. Each folder
 * is loaded whole or not at all; an unchanged folder (same content hash) is left alone, so loading
 * is idempotent; a rejected folder leaves the version loaded before it live.
 */
@Service
public class CourseLoader {

    private static final Logger log = LoggerFactory.getLogger(CourseLoader.class);

    private final CourseStore store;
    private final CourseRepository courses;
    private final Path coursesFolder;
    private final Clock clock;
    private final List<CourseFolderPart<?>> parts;
    private volatile List<CourseLoadStatus> lastReport = List.of();
    private volatile Instant lastRun;

    CourseLoader(CourseStore store, CourseRepository courses, @Value("${kelisim.courses.dir:./courses}") Path coursesFolder,
            Clock clock, List<CourseFolderPart<?>> parts) {
        this.parts = List.copyOf(parts);
        this.store = store;
        this.courses = courses;
        this.coursesFolder = coursesFolder;
        this.clock = clock;
    }

    /** "Reload courses": loads every folder again and returns what happened to each. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<CourseLoadStatus> reloadAll() {
        return loadAll();
    }

    /** The result of the last load (at start or by an administrator). */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.STAFF + "')")
    public List<CourseLoadStatus> lastReport() {
        return lastReport;
    }

    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.STAFF + "')")
    public Instant lastRun() {
        return lastRun;
    }

    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.STAFF + "')")
    public Path coursesFolder() {
        return coursesFolder.toAbsolutePath().normalize();
    }

    /** Loads every course folder; used at start (no caller) and by {@link #reloadAll()}. */
    synchronized List<CourseLoadStatus> loadAll() {
        List<CourseLoadStatus> report = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path folder : courseFolders()) {
            String name = folder.getFileName().toString();
            seen.add(name);
            try {
                report.add(apply(CourseFolderReader.read(folder, parts)));
            } catch (RuntimeException e) {
                // one folder's surprise must not stop the others, nor Kelisim's start
                log.error("Course folder '{}' could not be loaded", name, e);
                report.add(apply(new FolderResult(name, null, List.of(new ContentProblem(name, 0, "unexpected",
                        List.of(String.valueOf(e.getMessage())))))));
            }
        }
        courses.findAll().stream()
                .filter(course -> !seen.contains(course.getId()))
                .map(course -> new CourseLoadStatus(course.getId(), CourseLoadStatus.Outcome.FOLDER_MISSING,
                        course.getVersionLabel(), course.getContentHash(), course.getLoadedAt(), List.of()))
                .forEach(report::add);
        lastReport = List.copyOf(report);
        lastRun = clock.instant();
        return lastReport;
    }

    private CourseLoadStatus apply(FolderResult result) {
        if (!result.ok()) {
            log.warn("Course folder '{}' rejected: {}", result.folder(), result.problems());
            return courses.findById(result.folder())
                    .map(live -> new CourseLoadStatus(result.folder(), CourseLoadStatus.Outcome.REJECTED,
                            live.getVersionLabel(), live.getContentHash(), live.getLoadedAt(), result.problems()))
                    .orElseGet(() -> new CourseLoadStatus(result.folder(), CourseLoadStatus.Outcome.REJECTED, null,
                            null, null, result.problems()));
        }
        CourseContent content = result.course().content();
        String hash = result.course().contentHash();
        if (store.storedHash(content.id()).filter(hash::equals).isPresent()) {
            Course live = courses.findById(content.id()).orElseThrow();
            return new CourseLoadStatus(content.id(), CourseLoadStatus.Outcome.UNCHANGED, live.getVersionLabel(), hash,
                    live.getLoadedAt(), List.of());
        }
        store.replace(result.course());
        log.info("Course '{}' version {} loaded ({})", content.id(), content.version(), hash.substring(0, 12));
        Course live = courses.findById(content.id()).orElseThrow();
        return new CourseLoadStatus(content.id(), CourseLoadStatus.Outcome.LOADED, live.getVersionLabel(), hash,
                live.getLoadedAt(), List.of());
    }

    private List<Path> courseFolders() {
        if (!Files.isDirectory(coursesFolder)) {
            log.warn("No course folder at {}; no courses loaded", coursesFolder.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> entries = Files.list(coursesFolder)) {
            return entries.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + coursesFolder, e);
        }
    }
}
