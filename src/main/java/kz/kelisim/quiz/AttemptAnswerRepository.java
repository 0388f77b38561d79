package kz.kelisim.quiz;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttemptAnswerRepository extends JpaRepository<AttemptAnswer, Long> {

    List<AttemptAnswer> findByAttemptIdOrderByPosition(long attemptId);

    Optional<AttemptAnswer> findByAttemptIdAndQuestionId(long attemptId, String questionId);

    /** Essays of submitted attempts waiting for a trainer, oldest submission first. */
    @Query(value = "select ans from AttemptAnswer ans, Attempt a where a.id = ans.attemptId"
            + " and ans.awaitingTrainer = true and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED"
            + " order by a.submittedAt, ans.id",
            countQuery = "select count(ans) from AttemptAnswer ans, Attempt a where a.id = ans.attemptId"
            + " and ans.awaitingTrainer = true and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED")
    Page<AttemptAnswer> findAwaitingTrainer(Pageable page);

    @Query("select count(ans) from AttemptAnswer ans, Attempt a where a.id = ans.attemptId"
            + " and ans.awaitingTrainer = true and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED")
    long countAwaitingTrainer();

    /** As {@link #findAwaitingTrainer}, of these trainees only. */
    @Query(value = "select ans from AttemptAnswer ans, Attempt a where a.id = ans.attemptId"
            + " and ans.awaitingTrainer = true and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED"
            + " and a.userId in :trainees order by a.submittedAt, ans.id",
            countQuery = "select count(ans) from AttemptAnswer ans, Attempt a where a.id = ans.attemptId"
            + " and ans.awaitingTrainer = true and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED"
            + " and a.userId in :trainees")
    Page<AttemptAnswer> findAwaitingTrainerOf(java.util.Collection<Long> trainees, Pageable page);

    @Query("select count(ans) from AttemptAnswer ans, Attempt a where a.id = ans.attemptId"
            + " and ans.awaitingTrainer = true and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED"
            + " and a.userId in :trainees")
    long countAwaitingTrainerOf(java.util.Collection<Long> trainees);

    /**
     * The marks of every answer of the quiz's submitted attempts numbered up to {@code lastNumber} that
     * have no essay awaiting a trainer, attempt by attempt: one query, five columns, read as a stream
     * (the statistics of 10,000 attempts read 400,000 of these).
     */
    @Query("select new kz.kelisim.quiz.SlotScore(ans.attemptId, ans.slot, ans.questionId, ans.fraction, ans.maxMarks)"
            + " from AttemptAnswer ans, Attempt a where a.id = ans.attemptId and a.courseId = :courseId"
            + " and a.quizId = :quizId and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED"
            + " and a.awaitingGrading = 0 and a.number <= :lastNumber order by ans.attemptId")
    Stream<SlotScore> streamSlotScores(String courseId, String quizId, int lastNumber);
}
