package kz.kelisim.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
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

    /**
     * Names in the courses folder that are never course folders: the forms, the programmes, the
     * register, the glossary and the folder's README.
     */
    public static final Set<String> RESERVED_NAMES = AcademyFiles.RESERVED;

    private final CourseStore store;
    private final AcademyStore academyStore;
    private final CourseRepository courses;
    private final Path coursesFolder;
    private final Clock clock;
    private final List<CourseFolderPart<?>> parts;
    private volatile List<CourseLoadStatus> lastReport = List.of();
    private volatile Instant lastRun;
    /** One lock per course folder: a load and an edit of the same folder never overlap. */
    private final ConcurrentMap<String, Object> folderLocks = new ConcurrentHashMap<>();
    /** Guards changes to the last report; taken last, so it never waits for a folder. */
    private final Object reportLock = new Object();

    /** A file of a course folder to write ({@code text}) or delete ({@code text == null}). */
    public record FileChange(String path, String text) {
    }

    /** Decides, with the course folder locked, which of its files to change. */
    @FunctionalInterface
    public interface FolderEdit {

        /**
         * @param courseFolder the folder as it is now (read it here: nobody else changes it meanwhile)
         * @return the changes, paths relative to the course folder; throw a {@link RuleViolation} to change nothing
         */
        List<FileChange> changes(Path courseFolder);
    }

    CourseLoader(CourseStore store, AcademyStore academyStore, CourseRepository courses,
            @Value("${kelisim.courses.dir:./courses}") Path coursesFolder, Clock clock, List<CourseFolderPart<?>> parts) {
        this.parts = List.copyOf(parts);
        this.store = store;
        this.academyStore = academyStore;
        this.courses = courses;
        this.coursesFolder = coursesFolder;
        this.clock = clock;
    }

    /** "Reload courses": loads every folder again and returns what happened to each. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<CourseLoadStatus> reloadAll() {
        return loadAll();
    }

    /**
     * Loads one course folder again, with every check, and returns what happened to it.
     *
     * @throws RuleViolation {@code course.error.not-found} when there is no folder for the id
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public CourseLoadStatus reload(String courseId) {
        Path folder = existingFolder(courseId);
        synchronized (lockOf(courseId)) {
            return remember(load(folder, AcademyFiles.read(coursesFolder)));
        }
    }

    /**
     * Changes files of one course folder and reloads it, with the folder locked. Each file is written
     * whole (UTF-8, to a temporary file in the same folder, then moved over the old one). When the
     * reload rejects the folder, or anything fails, every changed file gets its previous bytes back,
     * so the folder and the live course stay as they were; the returned status then says why.
     *
     * @throws RuleViolation {@code course.error.not-found} when there is no folder for the id, or
     *         whatever the edit throws (nothing is written then)
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public CourseLoadStatus edit(String courseId, FolderEdit edit) {
        Path folder = existingFolder(courseId);
        synchronized (lockOf(courseId)) {
            List<FileChange> changes = edit.changes(folder);
            Map<Path, byte[]> before = new LinkedHashMap<>();
            for (FileChange change : changes) {
                Path file = inside(folder, change.path());
                before.put(file, Files.isRegularFile(file) ? readBytes(file) : null);
            }
            CourseLoadStatus status;
            try {
                for (FileChange change : changes) {
                    Path file = inside(folder, change.path());
                    if (change.text() == null) {
                        Files.deleteIfExists(file);
                    } else {
                        writeAtomically(file, change.text().getBytes(StandardCharsets.UTF_8));
                    }
                }
                status = load(folder, AcademyFiles.read(coursesFolder));
            } catch (IOException | RuntimeException e) {
                restore(before);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            if (status.outcome() == CourseLoadStatus.Outcome.REJECTED) {
                // the folder is as it was, so the last report's entry for it still holds
                restore(before);
                return status;
            }
            return remember(status);
        }
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

    /**
     * Loads the register and the glossary, every course folder (checked against them), then the
     * programmes (checked against the courses); used at start (no caller) and by {@link #reloadAll()}.
     */
    synchronized List<CourseLoadStatus> loadAll() {
        List<CourseLoadStatus> report = new ArrayList<>();
        AcademyFiles academy = AcademyFiles.read(coursesFolder);
        AcademyFiles.SharedFile<LegalAct> register = academy.register();
        AcademyFiles.SharedFile<GlossaryTerm> glossary = academy.glossary();
        Stream.of(academyStore.apply(register.name(), register.present(), register.hash(),
                        new LegalRegister(register.entries()), register.problems()),
                academyStore.apply(glossary.name(), glossary.present(), glossary.hash(),
                        new Glossary(glossary.entries()), glossary.problems()))
                .filter(java.util.Objects::nonNull).forEach(report::add);
        Set<String> seen = new HashSet<>();
        for (Path folder : courseFolders()) {
            String name = folder.getFileName().toString();
            seen.add(name);
            synchronized (lockOf(name)) {
                report.add(load(folder, academy));
            }
        }
        Map<String, Set<String>> modulesByCourse = new LinkedHashMap<>();
        for (Course course : courses.findAll()) {
            if (!seen.contains(course.getId())) {
                report.add(new CourseLoadStatus(course.getId(), CourseLoadStatus.Outcome.FOLDER_MISSING,
                        course.getVersionLabel(), course.getContentHash(), course.getLoadedAt(), List.of()));
            }
            modulesByCourse.put(course.getId(), store.contentOf(course).modules().stream()
                    .map(CourseContent.Module::id).collect(java.util.stream.Collectors.toSet()));
        }
        Set<String> programmes = new HashSet<>();
        for (ProgrammeFiles.ProgrammeFile programme : ProgrammeFiles.read(coursesFolder, modulesByCourse)) {
            programmes.add(programme.name());
            report.add(academyStore.apply(programme.name(), true, programme.hash(), programme.programme(),
                    programme.problems()));
        }
        academyStore.forgetProgrammesExcept(programmes);
        synchronized (reportLock) {
            lastReport = List.copyOf(report);
            lastRun = clock.instant();
            return lastReport;
        }
    }

    private CourseLoadStatus load(Path folder, AcademyFiles academy) {
        String name = folder.getFileName().toString();
        try {
            return apply(CourseFolderReader.read(folder, academy, parts));
        } catch (RuntimeException e) {
            // one folder's surprise must not stop the others, nor Kelisim's start
            log.error("Course folder '{}' could not be loaded", name, e);
            return apply(new FolderResult(name, null, List.of(new ContentProblem(name, 0, "unexpected",
                    List.of(String.valueOf(e.getMessage()))))));
        }
    }

    /** Puts one folder's new status into the last report, in place of its old one. */
    private CourseLoadStatus remember(CourseLoadStatus status) {
        synchronized (reportLock) {
            List<CourseLoadStatus> report = new ArrayList<>(lastReport);
            report.removeIf(old -> old.courseId().equals(status.courseId()));
            report.add(status);
            report.sort((a, b) -> a.courseId().compareTo(b.courseId()));
            lastReport = List.copyOf(report);
            return status;
        }
    }

    private Object lockOf(String courseId) {
        return folderLocks.computeIfAbsent(courseId, id -> new Object());
    }

    private Path existingFolder(String courseId) {
        Path folder = courseId == null || !YamlSource.ID.matcher(courseId).matches()
                || AcademyFiles.RESERVED.contains(courseId) ? null : coursesFolder.resolve(courseId);
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NotFound("course.error.not-found", String.valueOf(courseId));
        }
        return folder;
    }

    /** The file for a path relative to the course folder; never one outside it. */
    private static Path inside(Path folder, String relative) {
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Not a file of the course folder: " + relative);
        }
        return file;
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".kelisim-", ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restore(Map<Path, byte[]> before) {
        before.forEach((file, content) -> {
            try {
                if (content == null) {
                    Files.deleteIfExists(file);
                } else {
                    writeAtomically(file, content);
                }
            } catch (IOException e) {
                log.error("Could not restore {} after a rejected edit", file, e);
            }
        });
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                    live.getLoadedAt(), result.problems());
        }
        if (!result.problems().isEmpty()) {
            log.info("Course folder '{}' has warnings: {}", result.folder(), result.problems());
        }
        store.replace(result.course());
        log.info("Course '{}' version {} loaded ({})", content.id(), content.version(), hash.substring(0, 12));
        Course live = courses.findById(content.id()).orElseThrow();
        return new CourseLoadStatus(content.id(), CourseLoadStatus.Outcome.LOADED, live.getVersionLabel(), hash,
                live.getLoadedAt(), result.problems());
    }

    private List<Path> courseFolders() {
        if (!Files.isDirectory(coursesFolder)) {
            log.warn("No course folder at {}; no courses loaded", coursesFolder.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> entries = Files.list(coursesFolder)) {
            return entries.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .filter(folder -> !AcademyFiles.RESERVED.contains(folder.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + coursesFolder, e);
        }
    }
}
