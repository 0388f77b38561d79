package kz.kelisim.seminar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface WorkspaceFieldRepository extends JpaRepository<WorkspaceField, WorkspaceField.Key> {

    List<WorkspaceField> findByWorkspaceId(long workspaceId);

    /**
     * The field locked, read as last committed: two saves of one field take turns, and the second
     * sees the first one's version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from WorkspaceField f where f.workspaceId = :workspaceId and f.fieldKey = :fieldKey")
    Optional<WorkspaceField> lock(long workspaceId, String fieldKey);
}
