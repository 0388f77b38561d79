package kz.kelisim.course;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByUserIdAndCourseId(long userId, String courseId);

    /**
     * The enrolment, locked until the transaction ends: two tabs of one trainee take turns.
     * Call it first in a transaction, so what is read after it includes the other tab's work.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrolment e where e.userId = :userId and e.courseId = :courseId")
    Optional<Enrolment> lockByUserIdAndCourseId(long userId, String courseId);

    List<Enrolment> findByUserIdOrderByEnrolledAtDesc(long userId);

    /** Marks completion once: only the first caller gets 1, however many tabs finish at the same time. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Enrolment e set e.completedAt = :at, e.rowVersion = e.rowVersion + 1"
            + " where e.id = :id and e.completedAt is null")
    int markCompleted(long id, Instant at);

    /**
     * Remembers the lesson last opened, touching nothing else of the row: opening a lesson in one tab
     * can never undo what another tab recorded.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Enrolment e set e.lastLessonId = :lessonId where e.id = :id")
    int rememberLastLesson(long id, String lessonId);
}
