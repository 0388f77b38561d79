package kz.kelisim.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.CourseContent;
import kz.kelisim.course.CourseParticipation;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.Roles;
import kz.kelisim.user.UserService;

/**
 * Trainers grade what a machine cannot: the essays of submitted attempts, oldest first, each with
 * marks and a comment the trainee sees in the review. A grade changes the attempt's total at once
 * and may complete the trainee's course.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.RUNS_TRAINING)
public class GradingService {

    /** Longest comment on an essay, in characters. */
    public static final int MAX_COMMENT_LENGTH = 4_000;

    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final AttemptGrading grading;
    private final CourseParticipation courses;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ResultsScope scope;

    GradingService(AttemptRepository attempts, AttemptAnswerRepository answers, AttemptGrading grading,
            CourseParticipation courses, UserService users, CurrentUser currentUser, Clock clock, ResultsScope scope) {
        this.scope = scope;
        this.attempts = attempts;
        this.answers = answers;
        this.grading = grading;
        this.courses = courses;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** An essay waiting for a trainer, with what is needed to grade it. */
    public record EssayToGrade(long answerId, long attemptId, String courseTitle, String quizTitle, String traineeName,
            Instant submittedAt, String questionText, String essay, double maxMarks) {
    }

    /** Essays waiting that the caller may grade: a trainer's, of the trainees in the seminars they run. */
    public long essaysWaiting() {
        return scope.limitedTo().map(trainees -> trainees.isEmpty() ? 0 : answers.countAwaitingTrainerOf(trainees))
                .orElseGet(answers::countAwaitingTrainer);
    }

    /** One page of the essays waiting that the caller may grade, oldest submission first. */
    public List<EssayToGrade> essaysWaiting(Pageable page, Language reader) {
        Page<AttemptAnswer> waiting = scope.limitedTo()
                .map(trainees -> trainees.isEmpty() ? Page.<AttemptAnswer>empty(page)
                        : answers.findAwaitingTrainerOf(trainees, page))
                .orElseGet(() -> answers.findAwaitingTrainer(page));
        Map<Long, Attempt> byId = attempts.findAllById(waiting.stream().map(AttemptAnswer::getAttemptId).toList())
                .stream().collect(Collectors.toMap(Attempt::getId, Function.identity()));
        Map<Long, String> names = users.namesOf(byId.values().stream().map(Attempt::getUserId).collect(Collectors.toSet()));
        Map<String, CourseContent> contents = new HashMap<>();
        return waiting.stream().map(answer -> {
            Attempt attempt = byId.get(answer.getAttemptId());
            CourseContent content = contents.computeIfAbsent(attempt.getCourseId(),
                    id -> courses.content(id).orElse(null));
            Language shownIn = content == null ? reader : content.languageFor(reader);
            Question question = grading.questionsOf(attempt).stream()
                    .filter(candidate -> candidate.id().equals(answer.getQuestionId())).findFirst().orElseThrow();
            Response response = grading.response(answer.getResponseJson());
            return new EssayToGrade(answer.getId(), attempt.getId(),
                    content == null ? attempt.getCourseId() : content.title().in(shownIn),
                    content == null ? attempt.getQuizId() : quizTitle(content, attempt.getQuizId(), shownIn),
                    names.getOrDefault(attempt.getUserId(), ""), attempt.getSubmittedAt(), question.text().in(shownIn),
                    response instanceof Response.Typed typed ? typed.text() : "", answer.getMaxMarks());
        }).toList();
    }

    /**
     * Grades an essay: {@code marks} from 0 to the question's mark, and a comment for the trainee.
     * The attempt's total follows at once.
     *
     * @throws RuleViolation when the marks are out of range or the comment too long
     */
    @Transactional
    public void gradeEssay(long answerId, double marks, String comment) {
        long attemptId = answers.findById(answerId).map(AttemptAnswer::getAttemptId)
                .orElseThrow(() -> new NotFound("grading.error.not-found"));
        // lock first, then read the answer: two trainers grading one essay take turns, and the second
        // learns that it was graded meanwhile instead of overwriting the first grade unseen
        Attempt attempt = attempts.lockById(attemptId).orElseThrow();
        if (!scope.mayRead(attempt.getUserId())) {
            throw new NotFound("grading.error.not-found");
        }
        AttemptAnswer answer = answers.findById(answerId).orElseThrow();
        if (answer.isGradedByTrainer()) {
            throw new RuleViolation("grading.error.already-graded");
        }
        if (!attempt.isSubmitted() || typeOf(attempt, answer) != QuestionType.ESSAY) {
            throw new NotFound("grading.error.not-found");
        }
        if (!(marks >= 0 && marks <= answer.getMaxMarks())) {
            throw new RuleViolation("grading.error.marks-range", answer.getMaxMarks());
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT_LENGTH) {
            throw new RuleViolation("grading.error.comment-too-long", MAX_COMMENT_LENGTH);
        }
        answer.gradeByTrainer(marks / answer.getMaxMarks(), text, currentUser.require().accountId(), clock.instant());
        grading.total(attempt, answers.findByAttemptIdOrderByPosition(attempt.getId()));
    }

    private QuestionType typeOf(Attempt attempt, AttemptAnswer answer) {
        return grading.questionsOf(attempt).stream().filter(question -> question.id().equals(answer.getQuestionId()))
                .map(Question::type).findFirst().orElse(null);
    }

    private static String quizTitle(CourseContent content, String quizId, Language language) {
        return content.lessons().stream().flatMap(lesson -> lesson.activities().stream())
                .filter(activity -> activity.id().equals(quizId)).map(activity -> activity.title().in(language))
                .findFirst().orElse(quizId);
    }
}
