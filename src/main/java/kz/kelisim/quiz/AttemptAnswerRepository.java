package kz.kelisim.quiz;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttemptAnswerRepository extends JpaRepository<AttemptAnswer, Long> {

    List<AttemptAnswer> findByAttemptIdOrderByPosition(long attemptId);

    Optional<AttemptAnswer> findByAttemptIdAndQuestionId(long attemptId, String questionId);

    List<AttemptAnswer> findByAttemptIdIn(List<Long> attemptIds);

    /** Essays of submitted attempts waiting for a trainer, oldest submission first. */
    @Query(value = "select ans from AttemptAnswer ans, Attempt a where a.id = ans.attemptId"
            + " and ans.awaitingTrainer = true and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED"
            + " order by a.submittedAt, ans.id",
            countQuery = "select count(ans) from AttemptAnswer ans, Attempt a where a.id = ans.attemptId"
            + " and ans.awaitingTrainer = true and a.state = kz.kelisim.quiz.Attempt.State.SUBMITTED")
    Page<AttemptAnswer> findAwaitingTrainer(Pageable page);
}
