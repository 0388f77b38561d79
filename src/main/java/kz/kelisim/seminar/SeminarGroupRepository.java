package kz.kelisim.seminar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeminarGroupRepository extends JpaRepository<SeminarGroup, Long> {

    List<SeminarGroup> findBySeminarIdOrderById(long seminarId);
}
