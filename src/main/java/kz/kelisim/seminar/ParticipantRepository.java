package kz.kelisim.seminar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findBySeminarId(long seminarId);

    Optional<Participant> findBySeminarIdAndUserId(long seminarId, long userId);

    long countBySeminarId(long seminarId);

    List<Participant> findByGroupId(long groupId);
}
