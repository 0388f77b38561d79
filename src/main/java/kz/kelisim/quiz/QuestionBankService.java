package kz.kelisim.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.ContentProblem;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseLoadStatus;
import kz.kelisim.course.CourseLoader.FileChange;
import kz.kelisim.course.CourseEditors;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.course.LocalizedText;
import kz.kelisim.course.TextFiles;
import kz.kelisim.course.YamlSource;
import kz.kelisim.quiz.Question.NumberAnswer;
import kz.kelisim.quiz.Question.Option;
import kz.kelisim.quiz.Question.Pair;
import kz.kelisim.quiz.gift.GiftImport;
import kz.kelisim.quiz.gift.GiftParser;
import kz.kelisim.quiz.gift.GiftProblem;
import kz.kelisim.quiz.gift.GiftQuestion;
import kz.kelisim.quiz.gift.GiftWriter;
import kz.kelisim.security.Roles;

/**
 * Authoring a course's question bank: list, edit, delete, import from and export to Moodle's GIFT.
 * The course folder stays the one source: every change rewrites the {@code questions/<category>.yaml}
 * files it touches (in canonical form, so comments in them are not kept) and reloads the course with
 * all the loader's checks, the folder locked meanwhile. A change the loader rejects is undone file by
 * file, and its problems come back: nothing changed.
 *
 * <p>Changing methods run without a transaction of their own: the reload commits inside the
 * course's lock, so the files and the live course always change together.
 */
@Service
public class QuestionBankService {

    private static final String TRAINERS = "hasAnyRole('" + Roles.TRAINER + "', '" + Roles.STAFF + "', '"
            + Roles.ADMIN + "')";
    private static final String QUESTIONS = AssessmentFiles.QUESTIONS;
    private static final String SUFFIX = ".yaml";

    private final CourseLoader loader;
    private final CourseCatalogue catalogue;
    private final CourseAssessmentService assessments;

    private final CourseEditors editors;

    QuestionBankService(CourseLoader loader, CourseCatalogue catalogue, CourseAssessmentService assessments,
            CourseEditors editors) {
        this.editors = editors;
        this.loader = loader;
        this.catalogue = catalogue;
        this.assessments = assessments;
    }

    /** A question of the bank with the course languages it lacks. */
    public record BankQuestion(Question question, List<Language> missing) {
    }

    /**
     * Something wrong (or, when {@code warning}, incomplete) in what was given: {@code file} is set
     * for a problem in the course folder ({@code folder/questions/law.yaml}); else {@code line} is
     * the line of the text given (the question's YAML, the GIFT file), 0 for the whole of it.
     */
    public record BankProblem(String file, int line, String messageKey, List<String> arguments, boolean warning) {

        static BankProblem of(ContentProblem problem) {
            return new BankProblem(problem.file(), problem.line(), problem.messageKey(), problem.arguments(),
                    problem.warning());
        }

        static BankProblem inSnippet(ContentProblem problem) {
            return new BankProblem(null, problem.line(), problem.messageKey(), problem.arguments(), problem.warning());
        }

        static BankProblem of(GiftProblem problem) {
            return new BankProblem(null, problem.line(), problem.messageKey(), problem.arguments(), false);
        }

        static BankProblem rule(String messageKey, String... arguments) {
            return new BankProblem(null, 0, messageKey, List.of(arguments), false);
        }
    }

    /** The outcome of a change: {@code done}, or not, and why ({@code problems}); warnings either way. */
    public record BankChange(boolean done, List<BankProblem> problems) {

        public List<BankProblem> errors() {
            return problems.stream().filter(problem -> !problem.warning()).toList();
        }
    }

    /**
     * What a GIFT file would add, per category in file order, and every problem with its line: it can
     * be imported only when there is none. {@code missing}: course languages the questions will lack.
     */
    public record GiftPreview(Map<String, List<Question>> categories, List<BankProblem> problems,
            List<Language> missing) {

        /** True when no problem but a note (a skipped description) stands in the way. */
        public boolean importable() {
            return problems.stream().allMatch(BankProblem::warning) && !categories.isEmpty();
        }

        public int questionCount() {
            return categories.values().stream().mapToInt(List::size).sum();
        }
    }

    /** A bank in GIFT; {@code notExported}: ids of questions GIFT cannot hold (ordering). */
    public record GiftExport(String gift, List<String> notExported) {
    }

    /** The questions of the course's loaded bank, in file and then written order. */
    /** Whether the caller may change this course's bank (an administrator or an editor of the course). */
    @PreAuthorize(TRAINERS)
    public boolean mayEdit(String courseId) {
        return editors.mayEdit(courseId);
    }

    @PreAuthorize(TRAINERS)
    @Transactional(readOnly = true)
    public List<BankQuestion> questions(String courseId) {
        List<Language> languages = languages(courseId);
        return assessments.questions(courseId).stream()
                .map(question -> new BankQuestion(question, question.missingLanguages(languages)))
                .toList();
    }

    /** The languages the course is written in. */
    @PreAuthorize(TRAINERS)
    @Transactional(readOnly = true)
    public List<Language> languages(String courseId) {
        return catalogue.course(courseId, Language.DEFAULT)
                .orElseThrow(() -> new NotFound("course.error.not-found", courseId)).languages();
    }

    /** The categories of the loaded bank, in file order. */
    @PreAuthorize(TRAINERS)
    @Transactional(readOnly = true)
    public List<String> categories(String courseId) {
        return assessments.questions(courseId).stream().map(Question::category).distinct().toList();
    }

    /** One question of the loaded bank in YAML, as it stands in its category file. */
    @PreAuthorize(TRAINERS)
    @Transactional(readOnly = true)
    public String source(String courseId, String questionId) {
        return QuestionBankWriter.write(loaded(courseId, questionId));
    }

    /**
     * The question as a trainee gets it in a quiz (options shuffled, nothing that gives the answer
     * away); a preview for the people who write the bank.
     */
    @PreAuthorize(TRAINERS)
    public QuestionPaper.PaperQuestion paper(Question question) {
        return PaperDrawer.preview(question, question.id().hashCode());
    }

    /** A new question of the type in YAML, with a text to replace in every course language. */
    @PreAuthorize(TRAINERS)
    @Transactional(readOnly = true)
    public String template(String courseId, QuestionType type) {
        List<Language> languages = languages(courseId);
        Set<String> taken = new HashSet<>(assessments.questions(courseId).stream().map(Question::id).toList());
        String id = free("new-question", taken);
        List<Option> options = List.of();
        List<Pair> pairs = List.of();
        Map<Language, List<String>> accepted = Map.of();
        switch (type) {
            case SINGLE_CHOICE, ORDERING -> options = List.of(
                    new Option("a", placeholder(languages, Placeholder.OPTION, 1), QuestionBankReader.FULL, null),
                    new Option("b", placeholder(languages, Placeholder.OPTION, 2), 0, null));
            case MULTIPLE_CHOICE -> options = List.of(
                    new Option("a", placeholder(languages, Placeholder.OPTION, 1), 50, null),
                    new Option("b", placeholder(languages, Placeholder.OPTION, 2), 50, null),
                    new Option("c", placeholder(languages, Placeholder.OPTION, 3), -100, null));
            case MATCHING -> pairs = List.of(
                    new Pair("p1", placeholder(languages, Placeholder.PROMPT, 1), placeholder(languages, Placeholder.MATCH, 1)),
                    new Pair("p2", placeholder(languages, Placeholder.PROMPT, 2), placeholder(languages, Placeholder.MATCH, 2)));
            case SHORT_ANSWER -> {
                Map<Language, List<String>> answers = new EnumMap<>(Language.class);
                languages.forEach(language -> answers.put(language, List.of(Placeholder.ANSWER.in(language, 1))));
                accepted = answers;
            }
            case TRUE_FALSE, NUMERIC, ESSAY -> {
                // their answer is a value, set below
            }
        }
        Question template = new Question(id, type, "", Set.of(), type == QuestionType.ESSAY ? 5 : 1,
                placeholder(languages, Placeholder.TEXT, 1), options, pairs, accepted,
                type == QuestionType.NUMERIC ? new NumberAnswer(2011, 0) : null,
                type == QuestionType.TRUE_FALSE ? Boolean.TRUE : null, placeholder(languages, Placeholder.FEEDBACK, 1));
        return QuestionBankWriter.write(template);
    }

    /**
     * Saves one question from its YAML into {@code category}: a new one, or in place of the question
     * {@code replacing} (which may so change its id or category). Problems in the YAML come back with
     * the YAML's own lines; problems the reload finds, with the file and line in the course folder.
     */
    @PreAuthorize(TRAINERS)
    public BankChange save(String courseId, String category, String yaml, String replacing) {
        editors.requireEditor(courseId);
        if (category == null || !YamlSource.ID.matcher(category).matches()
                || category.length() > YamlSource.MAX_ID_LENGTH) {
            return refused(BankProblem.rule("bank.problem.category-invalid", String.valueOf(category)));
        }
        List<Language> languages = languages(courseId);
        return change(courseId, folder -> {
            Map<String, CategoryFile> bank = readBank(folder, courseId, languages);
            List<ContentProblem> problems = new ArrayList<>();
            Question read = new QuestionBankReader("", category, languages, new HashMap<>(), problems)
                    .readOne(yaml == null ? "" : yaml);
            List<BankProblem> errors = problems.stream().filter(problem -> !problem.warning())
                    .map(BankProblem::inSnippet).toList();
            if (!errors.isEmpty() || read == null) {
                throw new Refused(errors);
            }
            Optional<CategoryFile> old = replacing == null ? Optional.empty()
                    : bank.values().stream().filter(file -> file.indexOf(replacing) >= 0).findFirst();
            if (replacing != null && old.isEmpty()) {
                throw new RuleViolation("bank.error.question-unknown", replacing);
            }
            bank.values().stream().filter(file -> file.indexOf(read.id()) >= 0 && !read.id().equals(replacing))
                    .findFirst().ifPresent(other -> {
                        throw new Refused(List.of(BankProblem.rule("bank.problem.id-taken", read.id(), other.name())));
                    });
            CategoryFile target = bank.computeIfAbsent(category, name -> CategoryFile.created(name, languages));
            List<FileChange> changes = new ArrayList<>();
            int at = -1;
            if (old.isPresent()) {
                at = old.get() == target ? target.indexOf(replacing) : -1;
                old.get().questions().remove(old.get().indexOf(replacing));
                if (old.get() != target) {
                    changes.add(old.get().change());
                }
            }
            if (at < 0) {
                target.questions().add(read);
            } else {
                target.questions().add(at, read);
            }
            changes.add(target.change());
            return changes;
        });
    }

    /**
     * Deletes a question; refused when a quiz of the course would then draw more questions from its
     * category than remain.
     */
    @PreAuthorize(TRAINERS)
    public BankChange delete(String courseId, String questionId) {
        editors.requireEditor(courseId);
        Question question = loaded(courseId, questionId);
        long remaining = assessments.questions(courseId).stream()
                .filter(other -> other.category().equals(question.category())).count() - 1;
        for (QuizSettings quiz : assessments.quizzes(courseId)) {
            int drawn = quiz.draws().stream().filter(draw -> draw.category().equals(question.category()))
                    .mapToInt(QuizSettings.Draw::count).sum();
            if (drawn > remaining) {
                return refused(BankProblem.rule("bank.problem.delete-drawn", quiz.quizId(), String.valueOf(drawn),
                        question.category(), String.valueOf(remaining)));
            }
        }
        List<Language> languages = languages(courseId);
        return change(courseId, folder -> {
            CategoryFile file = readBank(folder, courseId, languages).values().stream()
                    .filter(candidate -> candidate.indexOf(questionId) >= 0).findFirst()
                    .orElseThrow(() -> new RuleViolation("bank.error.question-unknown", questionId));
            file.questions().remove(file.indexOf(questionId));
            return List.of(file.change());
        });
    }

    /**
     * What importing the GIFT text in {@code language} would add, with every problem and its line.
     * A question goes to the category its {@code $CATEGORY} names (made a valid id), else to
     * {@code defaultCategory}; its id is its GIFT title when that is a valid id not yet used, else
     * one made from the category.
     */
    @PreAuthorize(TRAINERS)
    @Transactional(readOnly = true)
    public GiftPreview preview(String courseId, Language language, String gift, String defaultCategory) {
        Set<String> taken = new HashSet<>(assessments.questions(courseId).stream().map(Question::id).toList());
        return preview(languages(courseId), taken, language, gift, defaultCategory);
    }

    /** Imports the GIFT text as {@link #preview} shows it: every question, or none when there is any problem. */
    @PreAuthorize(TRAINERS)
    public BankChange importGift(String courseId, Language language, String gift, String defaultCategory) {
        editors.requireEditor(courseId);
        List<Language> languages = languages(courseId);
        return change(courseId, folder -> {
            Map<String, CategoryFile> bank = readBank(folder, courseId, languages);
            Set<String> taken = new HashSet<>();
            bank.values().forEach(file -> file.questions().forEach(question -> taken.add(question.id())));
            GiftPreview preview = preview(languages, taken, language, gift, defaultCategory);
            if (!preview.importable()) {
                throw new Refused(preview.problems().isEmpty()
                        ? List.of(BankProblem.rule("bank.problem.gift-empty")) : preview.problems());
            }
            List<FileChange> changes = new ArrayList<>();
            preview.categories().forEach((category, questions) -> {
                CategoryFile file = bank.computeIfAbsent(category, name -> CategoryFile.created(name, languages));
                file.questions().addAll(questions);
                changes.add(file.change());
            });
            return changes;
        });
    }

    /** The whole loaded bank in GIFT, in one language, with a {@code $CATEGORY} line per category. */
    @PreAuthorize(TRAINERS)
    @Transactional(readOnly = true)
    public GiftExport exportGift(String courseId, Language language) {
        List<GiftQuestion> exported = new ArrayList<>();
        List<String> notExported = new ArrayList<>();
        for (Question question : assessments.questions(courseId)) {
            GiftQuestion gift = GiftMapping.toGift(question, language);
            if (gift == null) {
                notExported.add(question.id());
            } else {
                exported.add(gift);
            }
        }
        return new GiftExport(GiftWriter.write(exported), List.copyOf(notExported));
    }

    private GiftPreview preview(List<Language> languages, Set<String> taken, Language language, String gift,
            String defaultCategory) {
        if (language == null || !languages.contains(language)) {
            return new GiftPreview(Map.of(), List.of(BankProblem.rule("bank.problem.language-not-in-course",
                    String.valueOf(language == null ? null : language.tag()))), List.of());
        }
        GiftImport parsed = GiftParser.parse(gift == null ? "" : gift);
        List<BankProblem> problems = new ArrayList<>(parsed.problems().stream().map(BankProblem::of).toList());
        Map<String, List<Question>> categories = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>(taken);
        Set<Language> missing = new LinkedHashSet<>();
        for (GiftQuestion question : parsed.questions()) {
            if (question.answer() instanceof GiftQuestion.Description) {
                // text without an answer block (Moodle's "description"): skipped with a note, the rest imported
                problems.add(new BankProblem(null, question.line(), "gift.problem.description-skipped", List.of(),
                        true));
                continue;
            }
            String category = Optional.ofNullable(GiftMapping.categoryId(question.category())).orElse(defaultCategory);
            if (category == null || !YamlSource.ID.matcher(category).matches()
                    || category.length() > YamlSource.MAX_ID_LENGTH) {
                problems.add(new BankProblem(null, question.line(), "bank.problem.category-invalid",
                        List.of(String.valueOf(category)), false));
                continue;
            }
            String title = question.title();
            String id = title != null && YamlSource.ID.matcher(title).matches()
                    && title.length() <= YamlSource.MAX_ID_LENGTH && !ids.contains(title) ? title : free(category, ids);
            ids.add(id);
            List<GiftProblem> mapping = new ArrayList<>();
            Question mapped = GiftMapping.fromGift(question, language, id, category, mapping);
            mapping.forEach(problem -> problems.add(BankProblem.of(problem)));
            if (mapped == null || !mapping.isEmpty()) {
                continue;
            }
            // the bank's own checks, as the loader will make them, at the question's GIFT line
            List<ContentProblem> checks = new ArrayList<>();
            new QuestionBankReader("", category, languages, new HashMap<>(), checks)
                    .readOne(QuestionBankWriter.write(mapped));
            checks.stream().filter(check -> !check.warning()).forEach(check -> problems.add(new BankProblem(null,
                    question.line(), check.messageKey(), check.arguments(), false)));
            missing.addAll(mapped.missingLanguages(languages));
            categories.computeIfAbsent(category, name -> new ArrayList<>()).add(mapped);
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        }
        Map<String, List<Question>> frozen = new LinkedHashMap<>();
        categories.forEach((category, questions) -> frozen.put(category, List.copyOf(questions)));
        return new GiftPreview(frozen, List.copyOf(problems), List.copyOf(missing));
    }

    private BankChange change(String courseId, CourseLoader.FolderEdit edit) {
        try {
            CourseLoadStatus status = loader.edit(courseId, edit);
            return new BankChange(status.outcome() != CourseLoadStatus.Outcome.REJECTED,
                    status.problems().stream().map(BankProblem::of).toList());
        } catch (Refused refused) {
            return new BankChange(false, refused.problems);
        }
    }

    private static BankChange refused(BankProblem problem) {
        return new BankChange(false, List.of(problem));
    }

    private Question loaded(String courseId, String questionId) {
        return assessments.questions(courseId).stream().filter(question -> question.id().equals(questionId))
                .findFirst().orElseThrow(() -> new RuleViolation("bank.error.question-unknown", questionId));
    }

    /** The bank as its files are now, by category; refused when a file has a problem of its own. */
    private static Map<String, CategoryFile> readBank(Path courseFolder, String courseId, List<Language> languages) {
        Map<String, CategoryFile> bank = new TreeMap<>();
        Path folder = courseFolder.resolve(QUESTIONS);
        if (!Files.isDirectory(folder)) {
            return bank;
        }
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(SUFFIX)) {
                    continue;
                }
                String category = name.substring(0, name.length() - SUFFIX.length());
                String reported = courseId + "/" + QUESTIONS + "/" + name;
                String yaml = TextFiles.readUtf8(file, reported, problems);
                if (yaml == null) {
                    continue;
                }
                QuestionBankReader reader = new QuestionBankReader(reported, category, languages, ids, problems);
                List<Question> questions = reader.read(yaml);
                bank.put(category, new CategoryFile(category, reader.title(), new ArrayList<>(questions)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ContentProblem.anyRejects(problems)) {
            throw new Refused(problems.stream().filter(problem -> !problem.warning()).map(BankProblem::of).toList());
        }
        return bank;
    }

    /** {@code base-1}, {@code base-2}, …: the first not yet taken. */
    private static String free(String base, Set<String> taken) {
        String stem = base.length() > YamlSource.MAX_ID_LENGTH - 5 ? base.substring(0, YamlSource.MAX_ID_LENGTH - 5)
                : base;
        for (int number = 1;; number++) {
            String id = stem + "-" + number;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** One {@code questions/<category>.yaml} as read, changed in memory, then written whole. */
    private record CategoryFile(String name, LocalizedText title, List<Question> questions) {

        /** A new category, titled with its id until an author gives it a title. */
        static CategoryFile created(String name, List<Language> languages) {
            Map<Language, String> title = new EnumMap<>(Language.class);
            languages.forEach(language -> title.put(language, name));
            return new CategoryFile(name, new LocalizedText(title), new ArrayList<>());
        }

        int indexOf(String questionId) {
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).id().equals(questionId)) {
                    return i;
                }
            }
            return -1;
        }

        /** The file written, or deleted when no question is left (a category file may not be empty). */
        FileChange change() {
            String path = QUESTIONS + "/" + name + SUFFIX;
            List<Question> inCategory = questions.stream().map(question -> question.category().equals(name) ? question
                    : new Question(question.id(), question.type(), name, question.tags(), question.mark(),
                            question.text(), question.options(), question.pairs(), question.accepted(),
                            question.number(), question.correct(), question.feedback(), question.markingGuide()))
                    .toList();
            return new FileChange(path, inCategory.isEmpty() ? null : QuestionBankWriter.write(name, title, inCategory));
        }
    }

    /** The texts of a new question's template, to be replaced by the author. */
    private enum Placeholder {
        TEXT("Сұрақтың мәтіні", "Текст вопроса", "Question text"),
        OPTION("%d-нұсқа", "Вариант %d", "Option %d"),
        PROMPT("%d-сұрау", "Запрос %d", "Prompt %d"),
        MATCH("%d-сәйкес жауап", "Соответствие %d", "Match %d"),
        ANSWER("жауап", "ответ", "answer"),
        FEEDBACK("Түсініктеме", "Пояснение", "Explanation");

        private final Map<Language, String> texts;

        Placeholder(String kazakh, String russian, String english) {
            this.texts = Map.of(Language.KK, kazakh, Language.RU, russian, Language.EN, english);
        }

        String in(Language language, int number) {
            return texts.get(language).formatted(number);
        }
    }

    private static LocalizedText placeholder(List<Language> languages, Placeholder placeholder, int number) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        languages.forEach(language -> texts.put(language, placeholder.in(language, number)));
        return new LocalizedText(texts);
    }

    /** Bad input found while the folder is locked: nothing is written. */
    private static final class Refused extends RuntimeException {

        private final transient List<BankProblem> problems;

        Refused(List<BankProblem> problems) {
            super(null, null, false, false);
            this.problems = List.copyOf(problems);
        }
    }
}
