package kz.kelisim.seminar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GradeAdjustmentRepository extends JpaRepository<GradeAdjustment, GradeAdjustment.Key> {

    List<GradeAdjustment> findByWorkspaceId(long workspaceId);
}
