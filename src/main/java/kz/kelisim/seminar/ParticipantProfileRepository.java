package kz.kelisim.seminar;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantProfileRepository extends JpaRepository<ParticipantProfile, Long> {

    List<ParticipantProfile> findByUserIdIn(Collection<Long> userIds);

    List<ParticipantProfile> findByIinIn(Collection<String> iins);
}
