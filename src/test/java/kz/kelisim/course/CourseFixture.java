package kz.kelisim.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/** Writes a small, valid course folder that tests then change one thing in. */
public final class CourseFixture {

    /** A 1×1 PNG. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static final String MANIFEST = """
            id: %s
            version: "1"
            languages: [kk, ru, en]
            topic: ethnomediation
            hours: 2
            self-enrolment: true
            title:
              kk: Сынақ курсы
              ru: Тестовый курс
              en: Test course
            description:
              kk: Қысқа сипаттама
              ru: Краткое описание
              en: Short description
            modules:
              - id: first
                title: {kk: Бірінші модуль, ru: Первый модуль, en: First module}
                lessons:
                  - id: one
                    title: {kk: Бірінші сабақ, ru: Первый урок, en: First lesson}
                    activities:
                      - id: extra
                        type: reading
                        title: {kk: Оқу, ru: Чтение, en: Reading}
                      - id: handout
                        type: file
                        title: {kk: Үлестірме, ru: Раздаточный материал, en: Handout}
                        file: files/handout.txt
                  - id: two
                    title: {kk: Екінші сабақ, ru: Второй урок, en: Second lesson}
            completion:
              all-lessons: true
            """;

    private CourseFixture() {
    }

    public static Path writeCourse(Path root, String id) {
        Path course = root.resolve(id);
        write(course.resolve("course.yaml"), MANIFEST.formatted(id));
        for (String language : List.of("kk", "ru", "en")) {
            write(course.resolve("lessons/one/" + language + ".md"),
                    "## Кіріспе\n\nМәтін: ә ғ қ ң ө ұ ү һ і.\n\n![карта](images/map.png)\n");
            write(course.resolve("lessons/one/extra." + language + ".md"), "Қосымша оқу.\n");
            write(course.resolve("lessons/two/" + language + ".md"), "## Екінші\n\nМәтін.\n");
        }
        write(course.resolve("lessons/one/files/handout.txt"), "Үлестірме материал\n");
        try {
            Files.createDirectories(course.resolve("lessons/one/images"));
            Files.write(course.resolve("lessons/one/images/map.png"), PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return course;
    }

    /**
     * Copies the test register, glossary, forms and programme (src/test/resources/academy) into a
     * courses folder, beside its course folders.
     */
    public static void writeAcademyFiles(Path root) {
        Path source = Path.of("src/test/resources/academy");
        try (var files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one text in a file; fails if the text is not there, so a test cannot silently miss. */
    public static void replace(Path file, String text, String replacement) {
        try {
            String content = Files.readString(file);
            assertThat(content).as("%s contains %s", file, text).contains(text);
            Files.writeString(file, content.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new temporary folder for course folders, for a test class's {@code kelisim.courses.dir}. */
    public static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the folder, so each test starts from the course folders it writes itself. */
    public static void empty(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(path -> !path.equals(folder))
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line of the file containing the text. */
    public static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(text + " is not in " + file);
    }
}
