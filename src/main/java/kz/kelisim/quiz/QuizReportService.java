package kz.kelisim.quiz;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.ActivityType;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseContent;
import kz.kelisim.course.CourseParticipation;
import kz.kelisim.course.CourseSearch;
import kz.kelisim.course.CourseViews.CourseCard;
import kz.kelisim.quiz.QuizReports.AttemptRow;
import kz.kelisim.quiz.QuizReports.AttemptsToAnalyse;
import kz.kelisim.quiz.QuizReports.Attention;
import kz.kelisim.quiz.QuizReports.GainsReport;
import kz.kelisim.quiz.QuizReports.QuizReport;
import kz.kelisim.quiz.QuizReports.QuizSummary;
import kz.kelisim.quiz.QuizReports.ReportCourse;
import kz.kelisim.quiz.QuizReports.SlotQuestion;
import kz.kelisim.quiz.QuizReports.SlotReport;
import kz.kelisim.quiz.QuizReports.TraineeGain;
import kz.kelisim.quiz.QuizStatistics.QuestionStatistics;
import kz.kelisim.security.Roles;
import kz.kelisim.user.UserService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test reports for the people who run training: a course's quizzes with their counts, a quiz's
 * statistics (Moodle's figures, per slot), each trainee's gain from the pre-test to the final test,
 * and the list of submitted attempts. Read-only; trainees see none of it.
 * <p>
 * Statistics analyse submitted attempts only, every one or each trainee's first (the caller
 * chooses), and leave out attempts whose essays still wait for a trainer, because their marks are
 * not final: the report says how many. Questions are analysed per slot, the question's place in
 * the quiz before shuffling, as in Moodle: a slot that draws at random from a category holds
 * different questions in different attempts, and the report names them.
 */
@Service
@Transactional(readOnly = true)
public class QuizReportService {

    /** Fewer analysed attempts than this and there are no statistics to show. */
    public static final int MIN_ATTEMPTS = 2;
    /** Facility (percent) under which a question is flagged as too hard. */
    public static final double HARD_FACILITY = 10;
    /** Facility (percent) over which a question is flagged as too easy. */
    public static final double EASY_FACILITY = 90;
    /** Discrimination index under which a question is flagged as separating trainees weakly. */
    public static final double WEAK_DISCRIMINATION = 20;

    private static final int CATALOGUE_PAGE = 100;

    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final CourseAssessmentRepository banks;
    private final CourseParticipation courses;
    private final CourseCatalogue catalogue;
    private final UserService users;
    private final JsonMapper json;

    private final ResultsScope scope;

    QuizReportService(AttemptRepository attempts, AttemptAnswerRepository answers, CourseAssessmentRepository banks,
            CourseParticipation courses, CourseCatalogue catalogue, UserService users, JsonMapper json,
            ResultsScope scope) {
        this.scope = scope;
        this.attempts = attempts;
        this.answers = answers;
        this.banks = banks;
        this.courses = courses;
        this.catalogue = catalogue;
        this.users = users;
        this.json = json;
    }

    /**
     * The loaded courses that have a quiz in a lesson, by title in the reader's language. Read a page
     * of the catalogue at a time; the course rows it loads serve the content look-ups too.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional(readOnly = true)
    public List<ReportCourse> courses(Language reader) {
        CourseSearch everything = new CourseSearch("", Optional.empty(), Optional.empty());
        List<ReportCourse> found = new ArrayList<>();
        Pageable page = PageRequest.of(0, CATALOGUE_PAGE);
        Page<CourseCard> cards;
        do {
            cards = catalogue.search(everything, reader, page);
            cards.forEach(card -> courses.content(card.id())
                    .filter(content -> content.lessons().stream().flatMap(lesson -> lesson.activities().stream())
                            .anyMatch(activity -> activity.type() == ActivityType.QUIZ))
                    .ifPresent(content -> found.add(new ReportCourse(card.id(), card.title()))));
            page = page.next();
        } while (cards.hasNext());
        return List.copyOf(found);
    }

    /** The course's quizzes in the order of its lessons, each with its counts. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional(readOnly = true)
    public List<QuizSummary> quizzes(String courseId, Language reader) {
        CourseContent content = courses.content(courseId)
                .orElseThrow(() -> new NotFound("quiz.error.quiz-not-found"));
        Map<String, QuizAttemptCounts> counts = attempts.countSubmittedByQuiz(courseId).stream()
                .collect(Collectors.toMap(QuizAttemptCounts::quizId, Function.identity()));
        Language shownIn = content.languageFor(reader);
        return settingsOf(courseId).stream().map(settings -> {
            QuizAttemptCounts count = counts.getOrDefault(settings.quizId(),
                    new QuizAttemptCounts(settings.quizId(), 0, 0, 0));
            return new QuizSummary(settings.quizId(), title(content, settings.quizId(), shownIn), settings.role(),
                    count.attempts(), count.trainees(), count.essaysAwaiting());
        }).toList();
    }

    /**
     * The quiz's statistics from its submitted attempts ({@code which}: every one, or each trainee's
     * first), read from the database in one query into a {@link ScoreMatrix} of slots, then
     * {@link ItemAnalysis}. Attempts with an essay awaiting a trainer are left out and counted.
     *
     * @throws RuleViolation when the course or quiz does not exist
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional(readOnly = true)
    public QuizReport statistics(String courseId, String quizId, AttemptsToAnalyse which, Language reader) {
        CourseContent content = courses.content(courseId)
                .orElseThrow(() -> new NotFound("quiz.error.quiz-not-found"));
        CourseAssessment bank = banks.findById(courseId)
                .orElseThrow(() -> new NotFound("quiz.error.quiz-not-found"));
        QuizSettings settings = CourseAssessmentService.quizzesOf(json, bank).stream()
                .filter(candidate -> candidate.quizId().equals(quizId)).findFirst()
                .orElseThrow(() -> new NotFound("quiz.error.quiz-not-found"));
        Language shownIn = content.languageFor(reader);
        int lastNumber = which == AttemptsToAnalyse.FIRST ? 1 : Integer.MAX_VALUE;
        long awaiting = attempts.countAwaitingGrading(courseId, quizId, lastNumber);

        ScoreMatrixBuilder matrix = new ScoreMatrixBuilder(settings.questionCount());
        try (Stream<SlotScore> scores = answers.streamSlotScores(courseId, quizId, lastNumber)) {
            scores.forEach(matrix::add);
        }
        matrix.finish();
        String title = title(content, quizId, shownIn);
        if (matrix.attempts() < MIN_ATTEMPTS) {
            return new QuizReport(courseId, quizId, title, which, matrix.attempts(), awaiting, matrix.leftOut(),
                    Optional.empty(), List.of());
        }
        ScoreMatrix scores = matrix.matrix();
        QuizStatistics statistics = ItemAnalysis.of(scores);
        Map<String, Question> questions = CourseAssessmentService.questionsOf(json, bank).stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        List<Map<String, Long>> seen = matrix.questionCounts();
        List<SlotReport> slots = new ArrayList<>();
        for (QuestionStatistics figures : statistics.questions()) {
            int slot = figures.question();
            slots.add(new SlotReport(slot + 1, scores.maxMarks()[slot], named(seen.get(slot), questions, shownIn),
                    figures, attention(figures)));
        }
        return new QuizReport(courseId, quizId, title, which, matrix.attempts(), awaiting, matrix.leftOut(),
                Optional.of(statistics), List.copyOf(slots));
    }

    /**
     * Each trainee's grade on the course's pre-test and final test (by each quiz's grading method,
     * as the trainee's own quiz page shows it), the gain in points and Hake's normalised gain, with
     * the group's means. Empty of trainees, with no titles, when the course has neither test.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional(readOnly = true)
    public GainsReport gains(String courseId, Language reader) {
        CourseContent content = courses.content(courseId)
                .orElseThrow(() -> new NotFound("quiz.error.quiz-not-found"));
        Language shownIn = content.languageFor(reader);
        List<QuizSettings> quizzes = settingsOf(courseId);
        Optional<QuizSettings> pre = quizzes.stream().filter(quiz -> quiz.role() == QuizSettings.Role.PRE_TEST)
                .findFirst();
        Optional<QuizSettings> post = quizzes.stream().filter(quiz -> quiz.role() == QuizSettings.Role.FINAL_TEST)
                .findFirst();
        Map<Long, Standing> preGrades = pre.map(quiz -> grades(courseId, quiz)).orElse(Map.of());
        Map<Long, Standing> finalGrades = post.map(quiz -> grades(courseId, quiz)).orElse(Map.of());

        Set<Long> trainees = new TreeSet<>(preGrades.keySet());
        trainees.addAll(finalGrades.keySet());
        // a trainer sees the gains of the trainees in the seminars they run
        scope.limitedTo().ifPresent(trainees::retainAll);
        Map<Long, String> names = trainees.isEmpty() ? Map.of() : users.namesOf(trainees);
        Collator byName = Collator.getInstance(Locale.forLanguageTag(shownIn.tag()));
        List<TraineeGain> rows = trainees.stream()
                .map(id -> gain(id, names.getOrDefault(id, ""), preGrades.get(id), finalGrades.get(id)))
                .sorted(Comparator.comparing(TraineeGain::name, byName).thenComparing(TraineeGain::traineeId))
                .toList();
        List<TraineeGain> both = rows.stream().filter(row -> row.gain().isPresent()).toList();
        return new GainsReport(courseId, pre.map(quiz -> title(content, quiz.quizId(), shownIn)).orElse(null),
                post.map(quiz -> title(content, quiz.quizId(), shownIn)).orElse(null), rows,
                mean(rows.stream().map(TraineeGain::prePercent)), mean(rows.stream().map(TraineeGain::finalPercent)),
                mean(both.stream().map(TraineeGain::gain)), mean(both.stream().map(TraineeGain::normalisedGain)),
                both.size());
    }

    /**
     * One page of the quiz's submitted attempts, the latest first, with the trainees' names: for a
     * trainer, of the trainees in the seminars they run.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional(readOnly = true)
    public Page<AttemptRow> attempts(String courseId, String quizId, Pageable page) {
        Page<SubmittedAttempt> found = scope.limitedTo()
                .map(trainees -> trainees.isEmpty() ? Page.<SubmittedAttempt>empty(page)
                        : attempts.findSubmittedOf(courseId, quizId, trainees, page))
                .orElseGet(() -> attempts.findSubmitted(courseId, quizId, page));
        Map<Long, String> names = found.isEmpty() ? Map.of()
                : users.namesOf(found.stream().map(SubmittedAttempt::userId).collect(Collectors.toSet()));
        return found.map(attempt -> new AttemptRow(attempt.id(), names.getOrDefault(attempt.userId(), ""),
                attempt.number(), attempt.submittedAt(), attempt.percent(), attempt.awaitingGrading()));
    }

    /** How many submitted attempts the quiz has (the length of {@link #attempts}). */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional(readOnly = true)
    public long countAttempts(String courseId, String quizId) {
        return scope.limitedTo()
                .map(trainees -> trainees.isEmpty() ? 0L : attempts.countByCourseIdAndQuizIdAndStateAndUserIdIn(
                        courseId, quizId, Attempt.State.SUBMITTED, trainees))
                .orElseGet(() -> attempts.countByCourseIdAndQuizIdAndState(courseId, quizId, Attempt.State.SUBMITTED));
    }

    static Set<Attention> attention(QuestionStatistics figures) {
        Set<Attention> attention = EnumSet.noneOf(Attention.class);
        figures.facilityIndex().ifPresent(facility -> {
            if (facility < HARD_FACILITY) {
                attention.add(Attention.TOO_HARD);
            } else if (facility > EASY_FACILITY) {
                attention.add(Attention.TOO_EASY);
            }
        });
        figures.discriminationIndex().ifPresent(discrimination -> {
            if (discrimination < 0) {
                attention.add(Attention.NEGATIVE_DISCRIMINATION);
            } else if (discrimination < WEAK_DISCRIMINATION) {
                attention.add(Attention.WEAK_DISCRIMINATION);
            }
        });
        return Set.copyOf(attention);
    }

    static TraineeGain gain(long traineeId, String name, Standing pre, Standing post) {
        OptionalDouble prePercent = pre == null ? OptionalDouble.empty() : OptionalDouble.of(pre.percent());
        OptionalDouble finalPercent = post == null ? OptionalDouble.empty() : OptionalDouble.of(post.percent());
        OptionalDouble gain = OptionalDouble.empty();
        OptionalDouble normalised = OptionalDouble.empty();
        if (pre != null && post != null) {
            gain = OptionalDouble.of(post.percent() - pre.percent());
            if (pre.percent() < 100) {
                normalised = OptionalDouble.of((post.percent() - pre.percent()) / (100 - pre.percent()));
            }
        }
        boolean provisional = pre != null && pre.provisional() || post != null && post.provisional();
        return new TraineeGain(traineeId, name, prePercent, finalPercent, gain, normalised, provisional);
    }

    /** A trainee's quiz grade and whether an essay of theirs still waits for a trainer. */
    record Standing(double percent, boolean provisional) {
    }

    /** The quiz grade of every trainee with a submitted attempt: one query for the whole quiz. */
    private Map<Long, Standing> grades(String courseId, QuizSettings quiz) {
        Map<Long, List<Attempt>> byTrainee = new LinkedHashMap<>();
        attempts.findByCourseIdAndQuizIdAndStateOrderByUserIdAscNumberAsc(courseId, quiz.quizId(),
                Attempt.State.SUBMITTED)
                .forEach(attempt -> byTrainee.computeIfAbsent(attempt.getUserId(), id -> new ArrayList<>()).add(attempt));
        Map<Long, Standing> grades = new LinkedHashMap<>();
        byTrainee.forEach((trainee, theirs) -> QuizGrade.of(quiz, theirs).ifPresent(percent -> grades.put(trainee,
                new Standing(percent, theirs.stream().anyMatch(attempt -> attempt.getAwaitingGrading() > 0)))));
        return grades;
    }

    /** The questions seen in a slot, the most frequent first, by their text in the bank (or their id, if gone). */
    private static List<SlotQuestion> named(Map<String, Long> counts, Map<String, Question> bank, Language shownIn) {
        return counts.entrySet().stream()
                .map(count -> new SlotQuestion(count.getKey(), bank.containsKey(count.getKey())
                        ? bank.get(count.getKey()).text().in(shownIn) : count.getKey(), count.getValue()))
                .sorted(Comparator.comparing(SlotQuestion::attempts).reversed().thenComparing(SlotQuestion::questionId))
                .toList();
    }

    private List<QuizSettings> settingsOf(String courseId) {
        return banks.findById(courseId).map(bank -> CourseAssessmentService.quizzesOf(json, bank)).orElse(List.of());
    }

    /** The quiz activity's title, or its id when the course no longer shows it in a lesson. */
    private static String title(CourseContent content, String quizId, Language shownIn) {
        return content.lessons().stream().flatMap(lesson -> lesson.activities().stream())
                .filter(activity -> activity.type() == ActivityType.QUIZ && activity.id().equals(quizId))
                .map(activity -> activity.title().in(shownIn))
                .findFirst().orElse(quizId);
    }

    private static OptionalDouble mean(Stream<OptionalDouble> values) {
        return values.filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
    }
}
