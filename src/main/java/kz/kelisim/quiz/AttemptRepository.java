package kz.kelisim.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    List<Attempt> findByCourseIdAndQuizIdOrderByUserIdAscNumberAsc(String courseId, String quizId);

    List<Attempt> findByUserIdAndCourseIdAndState(long userId, String courseId, Attempt.State state);

    List<Attempt> findByCourseId(String courseId);

    /** Attempts whose time is up but that nobody has submitted yet (the trainee closed the tab). */
    @Query("select a.id from Attempt a where a.state = kz.kelisim.quiz.Attempt.State.IN_PROGRESS"
            + " and a.deadline is not null and a.deadline <= :now")
    List<Long> findOverdueIds(Instant now);
}
