package kz.kelisim.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    /**
     * The attempt, locked until the transaction ends: saves, submission and the deadline sweep of
     * one attempt take turns, so nothing is accepted after it is submitted.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> lockById(long id);

    List<Attempt> findByUserIdAndCourseIdAndQuizIdOrderByNumber(long userId, String courseId, String quizId);

    List<Attempt> findByCourseIdAndQuizIdAndStateOrderByUserIdAscNumberAsc(String courseId, String quizId,
            Attempt.State state);

    List<Attempt> findByCourseId(String courseId);

    @Query("select a.id from Attempt a where a.courseId = :courseId order by a.id")
    List<Long> findIdsByCourseId(String courseId);

    /** Attempts whose time is up but that nobody has submitted yet (the trainee closed the tab). */
    @Query("select a.id from Attempt a where a.state = kz.kelisim.quiz.Attempt.State.IN_PROGRESS"
            + " and a.deadline is not null and a.deadline <= :now")
    List<Long> findOverdueIds(Instant now);

    /** For each quiz of the course: submitted attempts, trainees who submitted one, essays awaiting a trainer. */
    @Query("select new kz.kelisim.quiz.QuizAttemptCounts(a.quizId, count(a), count(distinct a.userId),"
            + " coalesce(sum(a.awaitingGrading), 0)) from Attempt a where a.courseId = :courseId"
            + " and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED group by a.quizId")
    List<QuizAttemptCounts> countSubmittedByQuiz(String courseId);

    /** Submitted attempts numbered up to {@code lastNumber} whose grade still waits for an essay to be graded. */
    @Query("select count(a) from Attempt a where a.courseId = :courseId and a.quizId = :quizId"
            + " and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED and a.awaitingGrading > 0"
            + " and a.number <= :lastNumber")
    long countAwaitingGrading(String courseId, String quizId, int lastNumber);

    /** A page of the quiz's submitted attempts, the latest submission first. */
    @Query(value = "select new kz.kelisim.quiz.SubmittedAttempt(a.id, a.userId, a.number, a.submittedAt, a.marks,"
            + " a.maxMarks, a.awaitingGrading) from Attempt a where a.courseId = :courseId and a.quizId = :quizId"
            + " and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED order by a.submittedAt desc, a.id desc",
            countQuery = "select count(a) from Attempt a where a.courseId = :courseId and a.quizId = :quizId"
            + " and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED")
    Page<SubmittedAttempt> findSubmitted(String courseId, String quizId, Pageable page);

    /** As {@link #findSubmitted}, of these trainees only. */
    @Query(value = "select new kz.kelisim.quiz.SubmittedAttempt(a.id, a.userId, a.number, a.submittedAt, a.marks,"
            + " a.maxMarks, a.awaitingGrading) from Attempt a where a.courseId = :courseId and a.quizId = :quizId"
            + " and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED and a.userId in :trainees"
            + " order by a.submittedAt desc, a.id desc",
            countQuery = "select count(a) from Attempt a where a.courseId = :courseId and a.quizId = :quizId"
            + " and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED and a.userId in :trainees")
    Page<SubmittedAttempt> findSubmittedOf(String courseId, String quizId, java.util.Collection<Long> trainees,
            Pageable page);

    long countByCourseIdAndQuizIdAndStateAndUserIdIn(String courseId, String quizId, Attempt.State state,
            java.util.Collection<Long> trainees);

    long countByCourseIdAndQuizIdAndState(String courseId, String quizId, Attempt.State state);
}
