package kz.kelisim.seminar;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ExerciseWorkspaceRepository extends JpaRepository<ExerciseWorkspace, Long> {

    List<ExerciseWorkspace> findByExerciseIdIn(Collection<Long> exerciseIds);

    Optional<ExerciseWorkspace> findByExerciseIdAndGroupId(long exerciseId, long groupId);

    boolean existsByGroupId(long groupId);

    /** The workspace locked: saves, submitting and grading take turns with each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from ExerciseWorkspace w where w.id = :id")
    Optional<ExerciseWorkspace> lockById(long id);
}
