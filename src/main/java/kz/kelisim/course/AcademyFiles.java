package kz.kelisim.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.kelisim.base.Language;

/**
 * The files at the top of the courses folder that every course may use: the legal-basis register,
 * the glossary and the forms. Read once per load, before the course folders, which are checked
 * against them. A register or glossary with a problem is rejected whole, and so is every course that
 * relies on it (the versions loaded before stay live); a form with a problem rejects the courses
 * that use it.
 */
final class AcademyFiles {

    static final String FORMS = "forms";
    static final String PROGRAMMES = "programmes";
    /** Names in the courses folder that are never course folders. */
    static final Set<String> RESERVED = Set.of(PROGRAMMES, FORMS, LegalRegisterReader.FILE, GlossaryReader.FILE,
            "README.md");

    /**
     * One shared file as read: {@code present} false when the folder has none (nothing may then cite
     * it); {@code problems} empty when it may be used.
     */
    record SharedFile<T>(String name, boolean present, List<T> entries, Set<String> ids, String hash,
            List<ContentProblem> problems) {

        boolean ok() {
            return !ContentProblem.anyRejects(problems);
        }
    }

    /** A form in every language it is written in, with the bytes the content hash of its courses covers. */
    record FormFile(String id, Map<Language, String> texts, Map<Language, byte[]> bytes) {
    }

    private final Path root;
    private final SharedFile<LegalAct> register;
    private final SharedFile<GlossaryTerm> glossary;
    private final Map<String, Map<Language, FormText>> forms = new ConcurrentHashMap<>();

    private record FormText(String text, byte[] bytes, List<ContentProblem> problems) {
    }

    private AcademyFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.register = shared(LegalRegisterReader.FILE,
                problems -> new LegalRegisterReader(problems)::read, LegalAct::id);
        this.glossary = shared(GlossaryReader.FILE, problems -> new GlossaryReader(problems)::read, GlossaryTerm::id);
    }

    /** Reads the register and the glossary of the courses folder (forms are read as courses ask for them). */
    static AcademyFiles read(Path coursesFolder) {
        return new AcademyFiles(coursesFolder);
    }

    Path root() {
        return root;
    }

    SharedFile<LegalAct> register() {
        return register;
    }

    SharedFile<GlossaryTerm> glossary() {
        return glossary;
    }

    /** Reports a problem when a lesson cites an act the register does not have, or a register that is rejected. */
    void checkAct(String actId, String file, int line, List<ContentProblem> problems) {
        check(register, actId, "act-unknown", file, line, problems);
    }

    /** Reports a problem when a text links a term the glossary does not have, or a glossary that is rejected. */
    void checkTerm(String termId, String file, int line, List<ContentProblem> problems) {
        check(glossary, termId, "glossary-term-unknown", file, line, problems);
    }

    private static void check(SharedFile<?> shared, String id, String unknownKind, String file, int line,
            List<ContentProblem> problems) {
        if (!shared.ok()) {
            problems.add(new ContentProblem(file, line, "shared-file-rejected", List.of(shared.name(), id)));
        } else if (!shared.ids().contains(id)) {
            problems.add(new ContentProblem(file, line, unknownKind, List.of(id, shared.name())));
        }
    }

    /**
     * The form {@code forms/<id>.<lang>.md} in the languages asked for, checked; a missing file is a
     * problem at {@code line} of {@code file} (the course.yaml naming it), a problem inside a form file
     * is reported with that file's own name and line.
     */
    FormFile form(String id, List<Language> languages, String file, int line, List<ContentProblem> problems) {
        Map<Language, FormText> byLanguage = forms.computeIfAbsent(id, unread -> new ConcurrentHashMap<>());
        Map<Language, String> texts = new EnumMap<>(Language.class);
        Map<Language, byte[]> bytes = new EnumMap<>(Language.class);
        for (Language language : languages) {
            String name = formPath(id, language);
            Path path = root.resolve(name);
            if (!Files.isRegularFile(path)) {
                problems.add(new ContentProblem(file, line, "form-missing", List.of(id, name)));
                continue;
            }
            FormText read = byLanguage.computeIfAbsent(language, unread -> readForm(path, name));
            problems.addAll(read.problems());
            if (read.text() != null) {
                texts.put(language, read.text());
                bytes.put(language, read.bytes());
            }
        }
        return new FormFile(id, texts, bytes);
    }

    /** How problems and the content hash name a form file: {@code forms/<id>.<lang>.md}. */
    static String formPath(String id, Language language) {
        return FORMS + "/" + id + "." + language.tag() + ".md";
    }

    private FormText readForm(Path path, String name) {
        List<ContentProblem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return new FormText(null, null, List.of(new ContentProblem(name, 0, "read-failed", List.of(name))));
        }
        String markdown = TextFiles.readUtf8(path, name, problems);
        if (markdown != null && markdown.isBlank()) {
            problems.add(new ContentProblem(name, 1, "body-empty", List.of()));
            markdown = null;
        }
        if (markdown != null) {
            MarkdownLinks.check(name, markdown, null, this, problems);
        }
        return new FormText(markdown, bytes, List.copyOf(problems));
    }

    private <T> SharedFile<T> shared(String name, Function<List<ContentProblem>, Function<String, List<T>>> reader,
            Function<T, String> idOf) {
        Path path = root.resolve(name);
        if (!Files.isRegularFile(path)) {
            return new SharedFile<>(name, false, List.of(), Set.of(), null, List.of());
        }
        List<ContentProblem> problems = new ArrayList<>();
        String yaml = TextFiles.readUtf8(path, name, problems);
        List<T> entries = yaml == null ? List.of() : reader.apply(problems).apply(yaml);
        Set<String> ids = entries.stream().map(idOf).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        String hash = null;
        try {
            hash = ContentHash.of(Map.of(name, Files.readAllBytes(path)));
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 0, "read-failed", List.of(name)));
        }
        return new SharedFile<>(name, true, List.copyOf(entries), ids, hash, List.copyOf(problems));
    }
}
