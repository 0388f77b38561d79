package kz.kelisim.course;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalActChangeRepository extends JpaRepository<LegalActChange, Long> {

    List<LegalActChange> findByActIdInOrderByRecordedAtAscIdAsc(Collection<String> actIds);

    List<LegalActChange> findAllByOrderByRecordedAtAscIdAsc();
}
