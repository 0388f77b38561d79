package kz.kelisim.seminar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupExerciseRepository extends JpaRepository<GroupExercise, Long> {

    List<GroupExercise> findBySeminarIdOrderByDeadlineAscIdAsc(long seminarId);
}
