package kz.kelisim.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import kz.kelisim.base.Language;
import kz.kelisim.course.ManifestParser.ActivityEntry;
import kz.kelisim.course.ManifestParser.LessonEntry;
import kz.kelisim.course.ManifestParser.Manifest;
import kz.kelisim.course.ManifestParser.ModuleEntry;

/**
 * Reads one course folder completely and checks it: the manifest, every body file, every image,
 * link and attachment. The result is a whole course or a list of problems, never half of one.
 */
final class CourseFolderReader {

    static final String MANIFEST = "course.yaml";
    /** The database keeps asset paths (relative to the course folder) up to this length. */
    static final int MAX_ASSET_PATH = 400;

    /** A course that passed every check, with its files (paths relative to the course folder). */
    record LoadedCourse(CourseContent content, String contentHash, Map<String, byte[]> assets,
            List<CourseFolderPart.Read<?>> parts) {
    }

    /**
     * The outcome for one folder: {@code course} when no problem rejects it; {@code problems} then
     * holds only warnings.
     */
    record FolderResult(String folder, LoadedCourse course, List<ContentProblem> problems) {
        boolean ok() {
            return course != null;
        }
    }

    private final Path folder;
    private final String folderName;
    private final AcademyFiles academy;
    private final List<CourseFolderPart<?>> partReaders;
    /** The shared form files the course uses, by how the content hash names them. */
    private final Map<String, byte[]> formFiles = new java.util.TreeMap<>();
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, byte[]> assets = new LinkedHashMap<>();

    private CourseFolderReader(Path folder, AcademyFiles academy, List<CourseFolderPart<?>> partReaders) {
        this.folder = folder.toAbsolutePath().normalize();
        this.folderName = this.folder.getFileName().toString();
        this.academy = academy;
        this.partReaders = partReaders;
    }

    /**
     * Reads the folder's own content only (manifest, lessons, files), checked against the register,
     * glossary and forms of the folder it stands in.
     */
    static FolderResult read(Path folder) {
        return read(folder, AcademyFiles.read(folder.toAbsolutePath().normalize().getParent()), List.of());
    }

    /** Reads the folder with the parts other features keep in it, checked against the academy's shared files. */
    static FolderResult read(Path folder, AcademyFiles academy, List<CourseFolderPart<?>> partReaders) {
        return new CourseFolderReader(folder, academy, partReaders).read();
    }

    private FolderResult read() {
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            problems.add(new ContentProblem(reported(manifestFile), 0, "manifest-missing", List.of()));
            return failed();
        }
        String yaml = TextFiles.readUtf8(manifestFile, reported(manifestFile), problems);
        if (yaml == null) {
            return failed();
        }
        Manifest manifest = new ManifestParser(reported(manifestFile), academy, problems).parse(yaml);
        if (manifest == null) {
            return failed();
        }
        if (manifest.id() != null && !manifest.id().equals(folderName)) {
            problems.add(new ContentProblem(reported(manifestFile), manifest.idLine(), "id-folder-mismatch",
                    List.of(manifest.id(), folderName)));
        }
        List<CourseContent.Module> modules = new ArrayList<>();
        for (ModuleEntry module : manifest.modules()) {
            List<CourseContent.Lesson> lessons = new ArrayList<>();
            for (LessonEntry lesson : module.lessons()) {
                lessons.add(lesson(lesson, manifest.languages(), manifestFile));
            }
            modules.add(new CourseContent.Module(module.id(), module.title(), lessons));
        }
        if (ContentProblem.anyRejects(problems)) {
            return failed();
        }
        CourseContent content = new CourseContent(manifest.id(), manifest.version(), manifest.languages(),
                manifest.topic(), manifest.hours(), manifest.selfEnrolment(), manifest.title(), manifest.description(),
                modules, manifest.completion());
        List<CourseFolderPart.Read<?>> parts = new ArrayList<>();
        for (CourseFolderPart<?> part : partReaders) {
            parts.add(CourseFolderPart.Read.of(part, folder, folderName, content, problems));
        }
        String hash = ContentProblem.anyRejects(problems) ? null : contentHash();
        if (hash == null) {
            return failed();
        }
        return new FolderResult(folderName, new LoadedCourse(content, hash, Map.copyOf(assets), List.copyOf(parts)),
                List.copyOf(problems));
    }

    private CourseContent.Lesson lesson(LessonEntry lesson, List<Language> languages, Path manifestFile) {
        if (lesson.id() == null) {
            return new CourseContent.Lesson(null, lesson.title(), new LocalizedText(Map.of()), lesson.legalBasis(),
                    lesson.reviewed(), List.of());
        }
        Path lessonFolder = folder.resolve("lessons").resolve(lesson.id());
        LocalizedText body = bodies(lessonFolder, "", languages, lesson.line(), manifestFile);
        List<CourseContent.Activity> activities = new ArrayList<>();
        for (ActivityEntry activity : lesson.activities()) {
            if (activity.id() == null || activity.type() == null) {
                continue;
            }
            LocalizedText activityBody = activity.type().hasBody()
                    ? bodies(lessonFolder, activity.id() + ".", languages, activity.line(), manifestFile)
                    : new LocalizedText(Map.of());
            Map<Language, String> files = new EnumMap<>(Language.class);
            if (activity.type() == ActivityType.FILE) {
                Map<String, Optional<String>> checked = new HashMap<>();
                for (Language language : languages) {
                    String path = activity.files().get(language);
                    if (path == null) {
                        continue; // reported by the parser as a missing translation
                    }
                    // one path for every language is checked (and reported) once
                    Optional<String> local = checked.computeIfAbsent(path, unchecked -> Optional.ofNullable(
                            MarkdownLinks.checkLocalFile(unchecked, lessonFolder, CourseFiles.ATTACHMENT_TYPES,
                                    "file-missing", "file-type-not-allowed", reported(manifestFile),
                                    activity.fileLine(), problems)));
                    local.ifPresent(found -> {
                        files.put(language, found);
                        keepAsset(lessonFolder.resolve(found));
                    });
                }
            }
            if (activity.type() == ActivityType.FORM && activity.form() != null) {
                AcademyFiles.FormFile form = academy.form(activity.form(), languages, reported(manifestFile),
                        activity.fileLine(), problems);
                form.bytes().forEach((language, bytes) -> formFiles.put(
                        "../" + AcademyFiles.formPath(activity.form(), language), bytes));
                activityBody = new LocalizedText(form.texts());
            }
            LocalizedText trainerNotes = activity.trainerNotes()
                    ? bodies(lessonFolder, activity.id() + ".trainer.", languages, activity.line(), manifestFile)
                    : null;
            List<CourseContent.RoleCard> roleCards = new ArrayList<>();
            for (ManifestParser.RoleCardEntry card : activity.roleCards()) {
                roleCards.add(new CourseContent.RoleCard(card.id(), card.title(), bodies(lessonFolder,
                        activity.id() + ".role." + card.id() + ".", languages, card.line(), manifestFile)));
            }
            activities.add(new CourseContent.Activity(activity.id(), activity.type(), activity.title(),
                    activity.url(), files, activityBody, activity.form(), trainerNotes, roleCards));
        }
        return new CourseContent.Lesson(lesson.id(), lesson.title(), body, lesson.legalBasis(), lesson.reviewed(),
                activities);
    }

    /** Reads {@code <prefix><lang>.md} for every language, checking its images and links. */
    private LocalizedText bodies(Path lessonFolder, String prefix, List<Language> languages, int manifestLine,
            Path manifestFile) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : languages) {
            Path file = lessonFolder.resolve(prefix + language.tag() + ".md");
            if (!Files.isRegularFile(file)) {
                problems.add(new ContentProblem(reported(manifestFile), manifestLine, "body-missing",
                        List.of(reported(file))));
                continue;
            }
            String markdown = TextFiles.readUtf8(file, reported(file), problems);
            if (markdown == null) {
                continue;
            }
            if (markdown.isBlank()) {
                problems.add(new ContentProblem(reported(file), 1, "body-empty", List.of()));
                continue;
            }
            for (String local : MarkdownLinks.check(reported(file), markdown, lessonFolder, academy, problems)) {
                keepAsset(lessonFolder.resolve(local));
            }
            texts.put(language, markdown);
        }
        return new LocalizedText(texts);
    }

    private void keepAsset(Path file) {
        String key = folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        if (assets.containsKey(key)) {
            return;
        }
        if (key.length() > MAX_ASSET_PATH) {
            problems.add(new ContentProblem(reported(file), 0, "path-too-long", List.of(key,
                    String.valueOf(MAX_ASSET_PATH))));
            return;
        }
        try {
            assets.put(key, Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(new ContentProblem(reported(file), 0, "read-failed", List.of(key)));
        }
    }

    /** SHA-256 over every file of the folder, in path order: any change to any file changes it. */
    private String contentHash() {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] content = Files.readAllBytes(file);
                digest.update((folder.relativize(file).toString().replace('\\', '/') + "\n" + content.length + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            }
            // the shared forms the course uses are part of it: editing one reloads every course using it
            for (Map.Entry<String, byte[]> form : formFiles.entrySet()) {
                digest.update((form.getKey() + "\n" + form.getValue().length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(form.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | UncheckedIOException e) {
            problems.add(new ContentProblem(folderName, 0, "read-failed", List.of(folderName)));
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private String reported(Path file) {
        return folderName + "/" + folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private FolderResult failed() {
        return new FolderResult(folderName, null, List.copyOf(problems));
    }
}
