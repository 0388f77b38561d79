package kz.kelisim.course;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the shared files of the courses folder (register, glossary, programmes) as last loaded
 * without a problem, and reads them back, each parsed once per version.
 */
@Component
class AcademyStore {

    private final AcademyFileRepository files;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Object> parsedByHash = new ConcurrentHashMap<>();

    AcademyStore(AcademyFileRepository files, JsonMapper json, Clock clock) {
        this.files = files;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a load does with one shared file: refuses it (the stored version stays), leaves an
     * unchanged one alone, or stores the new version.
     */
    @Transactional
    CourseLoadStatus apply(String name, boolean present, String hash, Object value, List<ContentProblem> problems) {
        if (!present) {
            return null;
        }
        Optional<AcademyFile> stored = files.findById(name);
        if (ContentProblem.anyRejects(problems) || value == null || hash == null) {
            return status(name, CourseLoadStatus.Outcome.REJECTED, stored, problems);
        }
        if (stored.isPresent() && stored.get().getContentHash().equals(hash)) {
            return status(name, CourseLoadStatus.Outcome.UNCHANGED, stored, problems);
        }
        AcademyFile file = stored.orElseGet(() -> new AcademyFile(name));
        file.replace(hash, json.writeValueAsString(value), clock.instant());
        files.save(file);
        return status(name, CourseLoadStatus.Outcome.LOADED, Optional.of(file), problems);
    }

    /** Forgets the stored programmes whose files are gone: they are no longer offered. */
    @Transactional
    void forgetProgrammesExcept(Set<String> names) {
        files.findByNameStartingWithOrderByName(AcademyFiles.PROGRAMMES + "/").stream()
                .filter(file -> !names.contains(file.getName()))
                .forEach(files::delete);
    }

    @Transactional(readOnly = true)
    LegalRegister register() {
        return files.findById(LegalRegisterReader.FILE).map(file -> parse(file, LegalRegister.class))
                .orElseGet(() -> new LegalRegister(List.of()));
    }

    @Transactional(readOnly = true)
    Glossary glossary() {
        return files.findById(GlossaryReader.FILE).map(file -> parse(file, Glossary.class))
                .orElseGet(() -> new Glossary(List.of()));
    }

    @Transactional(readOnly = true)
    List<SeminarProgramme> programmes() {
        return files.findByNameStartingWithOrderByName(AcademyFiles.PROGRAMMES + "/").stream()
                .map(file -> parse(file, SeminarProgramme.class)).toList();
    }

    private <T> T parse(AcademyFile file, Class<T> type) {
        Object parsed = parsedByHash.computeIfAbsent(file.getName() + "@" + file.getContentHash(),
                key -> json.readValue(file.getStructureJson(), type));
        return type.cast(parsed);
    }

    private static CourseLoadStatus status(String name, CourseLoadStatus.Outcome outcome, Optional<AcademyFile> live,
            List<ContentProblem> problems) {
        return new CourseLoadStatus(name, outcome, live.map(file -> file.getContentHash().substring(0, 12)).orElse(null),
                live.map(AcademyFile::getContentHash).orElse(null), live.map(AcademyFile::getLoadedAt).orElse(null),
                List.copyOf(problems));
    }
}
