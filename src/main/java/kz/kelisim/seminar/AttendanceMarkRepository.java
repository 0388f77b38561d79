package kz.kelisim.seminar;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceMarkRepository extends JpaRepository<AttendanceMark, AttendanceMark.Key> {

    List<AttendanceMark> findBySessionIdIn(Collection<Long> sessionIds);
}
