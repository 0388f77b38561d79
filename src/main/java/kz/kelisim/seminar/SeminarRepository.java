package kz.kelisim.seminar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface SeminarRepository extends JpaRepository<Seminar, Long> {

    /** The seminar, locked: enrolments take turns, so capacity holds when many join at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Seminar s where s.id = :id")
    Optional<Seminar> lockById(long id);

    @Query("select s from Seminar s order by s.startsOn desc, s.id desc")
    List<Seminar> findAllNewestFirst();

    @Query("select s from Seminar s where :userId member of s.trainerIds order by s.startsOn desc, s.id desc")
    List<Seminar> findRunBy(long userId);

    @Query("select s from Seminar s, Participant p where p.seminarId = s.id and p.userId = :userId"
            + " order by s.startsOn desc, s.id desc")
    List<Seminar> findAttendedBy(long userId);

    Optional<Seminar> findByEnrolmentKey(String enrolmentKey);
}
