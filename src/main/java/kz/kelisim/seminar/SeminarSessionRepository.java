package kz.kelisim.seminar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeminarSessionRepository extends JpaRepository<SeminarSession, Long> {

    List<SeminarSession> findBySeminarIdOrderByDateAscStartsAtAsc(long seminarId);
}
