package kz.kelisim.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads every seminar-training programme in {@code courses/programmes/}, each on its own. */
final class ProgrammeFiles {

    private static final String SUFFIX = ".yaml";

    /** One programme file as read: {@code programme} is null when it has a problem that rejects it. */
    record ProgrammeFile(String name, SeminarProgramme programme, String hash, List<ContentProblem> problems) {

        boolean ok() {
            return programme != null && !ContentProblem.anyRejects(problems);
        }
    }

    private ProgrammeFiles() {
    }

    /**
     * @param modulesByCourse the courses there are (loaded now or live from before) with their module ids
     */
    static List<ProgrammeFile> read(Path coursesFolder, Map<String, Set<String>> modulesByCourse) {
        Path folder = coursesFolder.resolve(AcademyFiles.PROGRAMMES);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of(new ProgrammeFile(AcademyFiles.PROGRAMMES, null, null, List.of(new ContentProblem(
                    AcademyFiles.PROGRAMMES, 0, "read-failed", List.of(AcademyFiles.PROGRAMMES)))));
        }
        List<ProgrammeFile> result = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = AcademyFiles.PROGRAMMES + "/" + fileName;
            List<ContentProblem> problems = new ArrayList<>();
            if (!Files.isRegularFile(file) || !fileName.endsWith(SUFFIX)) {
                problems.add(new ContentProblem(name, 0, "programme-file-name", List.of(fileName)));
                result.add(new ProgrammeFile(name, null, null, problems));
                continue;
            }
            String yaml = TextFiles.readUtf8(file, name, problems);
            SeminarProgramme programme = yaml == null ? null
                    : new ProgrammeReader(name, fileName.substring(0, fileName.length() - SUFFIX.length()),
                            modulesByCourse, problems).read(yaml);
            String hash = null;
            try {
                hash = ContentHash.of(Map.of(name, Files.readAllBytes(file)));
            } catch (IOException e) {
                problems.add(new ContentProblem(name, 0, "read-failed", List.of(name)));
            }
            boolean rejected = ContentProblem.anyRejects(problems);
            result.add(new ProgrammeFile(name, rejected ? null : programme, hash, List.copyOf(problems)));
        }
        return result;
    }
}
