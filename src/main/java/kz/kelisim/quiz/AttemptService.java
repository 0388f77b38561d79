package kz.kelisim.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.ActivityType;
import kz.kelisim.course.CourseContent;
import kz.kelisim.course.CourseParticipation;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;
import kz.kelisim.quiz.QuizViews.AnswerSaved;
import kz.kelisim.quiz.QuizViews.AttemptPage;
import kz.kelisim.quiz.QuizViews.AttemptReview;
import kz.kelisim.quiz.QuizViews.AttemptSummary;
import kz.kelisim.quiz.QuizViews.QuizOverview;
import kz.kelisim.quiz.QuizViews.ReviewedQuestion;
import kz.kelisim.quiz.QuizViews.SaveOutcome;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;
import kz.kelisim.user.UserService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Taking quizzes: starting or resuming an attempt, saving each answer as it is given, submitting,
 * and reviewing. The rules hold here for every caller: only the trainee's own attempts, only while
 * the quiz is open and attempts remain, nothing accepted after the deadline on the server's clock
 * or after submission, and no right answer or mark shown before the quiz's review settings allow.
 * Trainers, staff and administrators may review any attempt in full.
 */
@Service
@Transactional
public class AttemptService {

    /** Longest essay accepted, in characters (about ten pages). */
    public static final int MAX_ESSAY_LENGTH = 20_000;
    /** Longest short or numeric answer accepted, in characters. */
    public static final int MAX_SHORT_ANSWER_LENGTH = 500;

    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final CourseAssessmentRepository banks;
    private final AttemptGrading grading;
    private final CourseParticipation courses;
    private final UserService users;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ResultsScope scope;
    private final SecureRandom seeds = new SecureRandom();

    AttemptService(AttemptRepository attempts, AttemptAnswerRepository answers, CourseAssessmentRepository banks,
            AttemptGrading grading, CourseParticipation courses, UserService users, CurrentUser currentUser,
            JsonMapper json, Clock clock, PlatformTransactionManager transactionManager, ResultsScope scope) {
        this.scope = scope;
        this.attempts = attempts;
        this.answers = answers;
        this.banks = banks;
        this.grading = grading;
        this.courses = courses;
        this.users = users;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The quiz's page for the caller: its rules, the caller's attempts, and whether one may start. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public QuizOverview overview(String courseId, String quizId, Language reader) {
        QuizContext quiz = quiz(courseId, quizId);
        long userId = me().accountId();
        List<Attempt> mine = attempts.findByUserIdAndCourseIdAndQuizIdOrderByNumber(userId, courseId, quizId);
        Instant now = clock.instant();
        QuizSettings settings = quiz.settings();
        List<AttemptSummary> summaries = mine.stream().map(attempt -> summary(attempt, settings, now)).toList();
        Long inProgress = mine.stream().filter(attempt -> !attempt.isSubmitted()).map(Attempt::getId).findFirst()
                .orElse(null);
        boolean marksShown = marksVisible(settings, now);
        OptionalDouble quizGrade = QuizGrade.of(settings, mine);
        Double grade = marksShown && quizGrade.isPresent() ? quizGrade.getAsDouble() : null;
        Language shownIn = quiz.content().languageFor(reader);
        return new QuizOverview(courseId, quizId, quiz.courseTitle(shownIn), quiz.title(shownIn), shownIn,
                settings.timeLimit(), settings.opens(), settings.closes(), settings.attempts(), settings.grading(),
                settings.passMark(), settings.questionCount(), settings.role(), summaries, inProgress,
                inProgress != null ? null : refusalToStart(quiz, userId, mine.size(), now), grade,
                grade != null && grade >= settings.passMark(),
                mine.stream().noneMatch(attempt -> attempt.isSubmitted() && attempt.getAwaitingGrading() > 0));
    }

    /**
     * The caller's grade on the course's pre-test or final test, in percent, if the quiz exists, an
     * attempt is submitted and the quiz's review shows marks.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OptionalDouble myGrade(String courseId, QuizSettings.Role role) {
        return banks.findById(courseId).stream()
                .flatMap(bank -> CourseAssessmentService.quizzesOf(json, bank).stream())
                .filter(settings -> settings.role() == role && role != QuizSettings.Role.NONE)
                .filter(settings -> marksVisible(settings, clock.instant()))
                .findFirst()
                .map(settings -> QuizGrade.of(settings, attempts.findByUserIdAndCourseIdAndQuizIdOrderByNumber(
                        me().accountId(), courseId, settings.quizId())))
                .orElse(OptionalDouble.empty());
    }

    /**
     * The caller's attempt in progress, or a new one when none is: two tabs pressing "Start" at once
     * get the same attempt (the second insert breaks the unique attempt number and reads the first).
     *
     * @return the attempt's id
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long startOrResume(String courseId, String quizId) {
        try {
            return transactions.execute(status -> startOrResumeNow(courseId, quizId));
        } catch (DataIntegrityViolationException raced) {
            return transactions.execute(status -> inProgress(me().accountId(), courseId, quizId)
                    .map(Attempt::getId)
                    .orElseThrow(() -> raced));
        }
    }

    private long startOrResumeNow(String courseId, String quizId) {
        QuizContext quiz = quiz(courseId, quizId);
        long userId = me().accountId();
        // one read for both questions, so a tab that starts meanwhile is either seen in progress or
        // collides on the attempt number, never taken for a finished attempt
        List<Attempt> mine = attempts.findByUserIdAndCourseIdAndQuizIdOrderByNumber(userId, courseId, quizId);
        Optional<Attempt> open = mine.stream().filter(attempt -> !attempt.isSubmitted()).findFirst();
        if (open.isPresent()) {
            return open.get().getId();
        }
        Instant now = clock.instant();
        String refusal = refusalToStart(quiz, userId, mine.size(), now);
        if (refusal != null) {
            throw new RuleViolation(refusal);
        }
        QuizSettings settings = quiz.settings();
        long seed = seeds.nextLong();
        QuestionPaper paper = PaperDrawer.draw(settings, quiz.bank(), seed);
        Map<String, Question> bank = quiz.bank().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        List<Question> drawn = paper.questions().stream().map(question -> bank.get(question.questionId())).toList();
        Attempt attempt = attempts.saveAndFlush(new Attempt(userId, courseId, quizId, mine.size() + 1, seed,
                grading.store(drawn), json.writeValueAsString(paper), paper.maxMarks(), now, deadline(settings, now)));
        List<PaperQuestion> questions = paper.questions();
        for (int position = 0; position < questions.size(); position++) {
            PaperQuestion question = questions.get(position);
            answers.save(new AttemptAnswer(attempt.getId(), position, question.slot(), question.questionId(),
                    question.mark()));
        }
        return attempt.getId();
    }

    /**
     * The caller's attempt as it stands. An attempt whose time is up is submitted first, so a trainee
     * who comes back late finds it submitted with everything saved before the deadline.
     */
    @PreAuthorize("isAuthenticated()")
    public AttemptPage attempt(long attemptId, Language reader) {
        Attempt attempt = ownLocked(attemptId);
        Instant now = clock.instant();
        if (attempt.isOverdueAt(now)) {
            grading.submit(attempt, now);
        }
        QuizContext quiz = quiz(attempt.getCourseId(), attempt.getQuizId());
        Language shownIn = quiz.content().languageFor(reader);
        Map<String, Response> given = new HashMap<>();
        Map<String, Instant> savedAt = new HashMap<>();
        for (AttemptAnswer row : answers.findByAttemptIdOrderByPosition(attemptId)) {
            Response response = grading.response(row.getResponseJson());
            if (response != null) {
                given.put(row.getQuestionId(), response);
            }
            if (row.getSavedAt() != null) {
                savedAt.put(row.getQuestionId(), row.getSavedAt());
            }
        }
        return new AttemptPage(attemptId, attempt.getCourseId(), attempt.getQuizId(), quiz.courseTitle(shownIn),
                quiz.title(shownIn), attempt.getNumber(), shownIn, quiz.settings().layout(), attempt.getDeadline(), now,
                attempt.isSubmitted(), paperOf(attempt).questions(), given, savedAt);
    }

    /**
     * Saves one answer of the caller's attempt the moment it is given ({@code null} clears it). Saves
     * and submission of one attempt take turns on its row: an answer is either saved before the
     * attempt is submitted or refused, never lost in between.
     *
     * @throws RuleViolation when the answer does not fit the question or is too long
     */
    @PreAuthorize("isAuthenticated()")
    public AnswerSaved saveAnswer(long attemptId, String questionId, Response response) {
        Attempt attempt = ownLocked(attemptId);
        Instant now = clock.instant();
        if (attempt.isSubmitted()) {
            return new AnswerSaved(SaveOutcome.ALREADY_SUBMITTED, attempt.getSubmittedAt());
        }
        if (attempt.isOverdueAt(now)) {
            grading.submit(attempt, now);
            return new AnswerSaved(SaveOutcome.TIME_UP, attempt.getSubmittedAt());
        }
        PaperQuestion question = paperOf(attempt).questions().stream()
                .filter(candidate -> candidate.questionId().equals(questionId)).findFirst()
                .orElseThrow(() -> new RuleViolation("quiz.error.answer-invalid"));
        AnswerShape.check(question, response);
        AttemptAnswer row = answers.findByAttemptIdAndQuestionId(attemptId, questionId).orElseThrow();
        row.save(grading.store(response), now);
        return new AnswerSaved(SaveOutcome.SAVED, now);
    }

    /**
     * Submits the caller's attempt and grades it. Submitting an attempt already submitted (a double
     * click, a second tab, the deadline) changes nothing.
     *
     * @return whether the trainee may review the attempt now, so the page can show the review at once
     */
    @PreAuthorize("isAuthenticated()")
    public boolean submit(long attemptId) {
        Attempt attempt = ownLocked(attemptId);
        Instant now = clock.instant();
        if (!attempt.isSubmitted()) {
            grading.submit(attempt, now);
        }
        return reviewOpen(quiz(attempt.getCourseId(), attempt.getQuizId()).settings(), now);
    }

    /**
     * A submitted attempt as the caller may review it: the trainee who made it as the quiz's review
     * settings allow, trainers, staff and administrators in full.
     *
     * @throws RuleViolation when the attempt is in progress or its review is not open to the caller
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttemptReview review(long attemptId, Language reader) {
        KelisimPrincipal caller = me();
        boolean trainer = runsTraining(caller);
        // one's own attempt; a trainer's trainees' (staff and administrators: anyone's)
        Attempt attempt = attempts.findById(attemptId)
                .filter(found -> found.getUserId() == caller.accountId() || trainer && scope.mayRead(found.getUserId()))
                .orElseThrow(() -> new NotFound("quiz.error.attempt-not-found"));
        QuizContext quiz = quiz(attempt.getCourseId(), attempt.getQuizId());
        QuizSettings settings = quiz.settings();
        Instant now = clock.instant();
        if (!attempt.isSubmitted()) {
            throw new RuleViolation("quiz.error.review-not-yet");
        }
        if (!trainer && !reviewOpen(settings, now)) {
            throw new RuleViolation("quiz.error.review-closed");
        }
        QuizSettings.Review allowed = trainer ? new QuizSettings.Review(QuizSettings.Review.When.AFTER_SUBMIT,
                true, true, true) : settings.review();
        Language shownIn = quiz.content().languageFor(reader);
        Map<String, Question> questions = grading.questionsOf(attempt).stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        Map<String, AttemptAnswer> rows = answers.findByAttemptIdOrderByPosition(attemptId).stream()
                .collect(Collectors.toMap(AttemptAnswer::getQuestionId, Function.identity()));
        List<ReviewedQuestion> reviewed = new ArrayList<>();
        for (PaperQuestion question : paperOf(attempt).questions()) {
            AttemptAnswer row = rows.get(question.questionId());
            Question solution = questions.get(question.questionId());
            Response response = grading.response(row.getResponseJson());
            reviewed.add(new ReviewedQuestion(question, response, allowed.marks() ? row.marks() : null,
                    allowed.marks() ? row.getFraction() : null, row.isAwaitingTrainer(),
                    allowed.rightAnswers() ? solution : null,
                    allowed.feedback() ? feedback(solution, response, shownIn) : List.of(),
                    allowed.marks() ? row.getTrainerComment() : null));
        }
        String traineeName = trainer ? users.namesOf(Set.of(attempt.getUserId())).get(attempt.getUserId())
                : caller.fullName();
        boolean marks = allowed.marks();
        return new AttemptReview(attemptId, attempt.getCourseId(), attempt.getQuizId(), quiz.courseTitle(shownIn),
                quiz.title(shownIn), traineeName, attempt.getNumber(), shownIn, attempt.getStartedAt(),
                attempt.getSubmittedAt(), marks, marks ? attempt.getMarks() : null, attempt.getMaxMarks(),
                marks ? attempt.percent() : null,
                marks && attempt.getAwaitingGrading() == 0 ? attempt.percent() >= settings.passMark() : null,
                attempt.getAwaitingGrading(), List.copyOf(reviewed));
    }

    private Optional<Attempt> inProgress(long userId, String courseId, String quizId) {
        return attempts.findByUserIdAndCourseIdAndQuizIdOrderByNumber(userId, courseId, quizId).stream()
                .filter(attempt -> !attempt.isSubmitted()).findFirst();
    }

    /** The caller's own attempt, locked; someone else's is "not found", whoever asks. */
    private Attempt ownLocked(long attemptId) {
        long userId = me().accountId();
        return attempts.lockById(attemptId).filter(attempt -> attempt.getUserId() == userId)
                .orElseThrow(() -> new NotFound("quiz.error.attempt-not-found"));
    }

    private String refusalToStart(QuizContext quiz, long userId, int attemptsMade, Instant now) {
        QuizSettings settings = quiz.settings();
        LocalDateTime local = AcademyTime.local(now);
        if (!courses.isEnrolled(userId, quiz.courseId())) {
            return "quiz.refusal.not-enrolled";
        }
        if (settings.opens() != null && local.isBefore(settings.opens())) {
            return "quiz.refusal.not-open";
        }
        if (settings.closes() != null && !local.isBefore(settings.closes())) {
            return "quiz.refusal.closed";
        }
        if (settings.attempts() > 0 && attemptsMade >= settings.attempts()) {
            return "quiz.refusal.no-attempts-left";
        }
        return null;
    }

    /** The time limit from now, cut short by the quiz's closing. */
    private Instant deadline(QuizSettings settings, Instant now) {
        Instant byLimit = settings.timeLimit() == null ? null : now.plus(settings.timeLimit());
        Instant byClose = settings.closes() == null ? null : AcademyTime.instant(settings.closes());
        if (byLimit == null) {
            return byClose;
        }
        return byClose == null || byLimit.isBefore(byClose) ? byLimit : byClose;
    }

    private boolean reviewOpen(QuizSettings settings, Instant now) {
        return switch (settings.review().when()) {
            case NEVER -> false;
            case AFTER_SUBMIT -> true;
            case AFTER_CLOSE -> settings.closes() != null
                    && !AcademyTime.local(now).isBefore(settings.closes());
        };
    }

    private boolean marksVisible(QuizSettings settings, Instant now) {
        return reviewOpen(settings, now) && settings.review().marks();
    }

    private AttemptSummary summary(Attempt attempt, QuizSettings settings, Instant now) {
        boolean shown = attempt.isSubmitted() && marksVisible(settings, now);
        return new AttemptSummary(attempt.getId(), attempt.getNumber(), attempt.isSubmitted(),
                attempt.getStartedAt(), attempt.getSubmittedAt(), shown ? attempt.percent() : null,
                attempt.getAwaitingGrading(), attempt.isSubmitted() && reviewOpen(settings, now));
    }

    /** The general feedback of the question and the feedback of each option chosen. */
    private static List<String> feedback(Question question, Response response, Language language) {
        List<String> feedback = new ArrayList<>();
        if (response instanceof Response.Selected selected) {
            question.options().stream()
                    .filter(option -> selected.optionIds().contains(option.id()) && option.feedback() != null)
                    .map(option -> option.feedback().in(language))
                    .filter(text -> !text.isBlank())
                    .forEach(feedback::add);
        }
        if (question.feedback() != null && !question.feedback().in(language).isBlank()) {
            feedback.add(question.feedback().in(language));
        }
        return feedback;
    }

    private QuestionPaper paperOf(Attempt attempt) {
        return json.readValue(attempt.getPaperJson(), QuestionPaper.class);
    }

    private KelisimPrincipal me() {
        return currentUser.require();
    }

    static boolean runsTraining(KelisimPrincipal caller) {
        return caller.hasRole(Roles.TRAINER) || caller.hasRole(Roles.STAFF) || caller.hasRole(Roles.ADMIN);
    }

    private QuizContext quiz(String courseId, String quizId) {
        CourseContent content = courses.content(courseId)
                .orElseThrow(() -> new NotFound("quiz.error.quiz-not-found"));
        CourseContent.Activity activity = content.lessons().stream().flatMap(lesson -> lesson.activities().stream())
                .filter(candidate -> candidate.type() == ActivityType.QUIZ && candidate.id().equals(quizId))
                .findFirst().orElseThrow(() -> new NotFound("quiz.error.quiz-not-found"));
        CourseAssessment bank = banks.findById(courseId)
                .orElseThrow(() -> new NotFound("quiz.error.quiz-not-found"));
        QuizSettings settings = CourseAssessmentService.quizzesOf(json, bank).stream()
                .filter(candidate -> candidate.quizId().equals(quizId)).findFirst()
                .orElseThrow(() -> new NotFound("quiz.error.quiz-not-found"));
        return new QuizContext(courseId, content, activity, settings, CourseAssessmentService.questionsOf(json, bank));
    }

    /** A quiz with what is needed to run it. */
    private record QuizContext(String courseId, CourseContent content, CourseContent.Activity activity,
            QuizSettings settings, List<Question> bank) {

        String title(Language language) {
            return activity.title().in(language);
        }

        String courseTitle(Language language) {
            return content.title().in(language);
        }
    }
}
