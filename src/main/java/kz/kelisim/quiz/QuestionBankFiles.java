package kz.kelisim.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import kz.kelisim.course.ContentProblem;
import kz.kelisim.course.CourseContent;
import kz.kelisim.course.CourseFolderPart;
import kz.kelisim.course.YamlSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A course's question bank as part of its folder: {@code questions/<category>.yaml}, checked with
 * the course and stored in the course's transaction. A course without the folder has an empty bank.
 */
@Component
class QuestionBankFiles implements CourseFolderPart<List<Question>> {

    static final String FOLDER = "questions";
    private static final String SUFFIX = ".yaml";

    private final QuestionBankRepository banks;
    private final JsonMapper json;
    private final Clock clock;

    QuestionBankFiles(QuestionBankRepository banks, JsonMapper json, Clock clock) {
        this.banks = banks;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public List<Question> read(Path courseFolder, String folderName, CourseContent content,
            List<ContentProblem> problems) {
        Path folder = courseFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Path file : files(folder)) {
            String name = file.getFileName().toString();
            String reported = folderName + "/" + FOLDER + "/" + name;
            if (!name.endsWith(SUFFIX)) {
                problems.add(new ContentProblem(reported, 0, "question-file-name", List.of(name)));
                continue;
            }
            String category = name.substring(0, name.length() - SUFFIX.length());
            if (!YamlSource.ID.matcher(category).matches()) {
                problems.add(new ContentProblem(reported, 0, "id-invalid", List.of(category)));
                continue;
            }
            String yaml = readUtf8(file, reported, problems);
            if (yaml != null) {
                questions.addAll(new QuestionBankReader(reported, category, content.languages(), ids, problems)
                        .read(yaml));
            }
        }
        return List.copyOf(questions);
    }

    @Override
    public void store(String courseId, List<Question> questions) {
        QuestionBank bank = banks.findById(courseId).orElseGet(() -> new QuestionBank(courseId));
        bank.replace(json.writeValueAsString(questions), questions.size(), clock.instant());
        banks.save(bank);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readUtf8(Path file, String reported, List<ContentProblem> problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(new ContentProblem(reported, 0, "not-utf8", List.of()));
        } catch (IOException e) {
            problems.add(new ContentProblem(reported, 0, "read-failed", List.of(reported)));
        }
        return null;
    }
}
