package kz.kelisim.seminar;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkspaceAttachmentRepository extends JpaRepository<WorkspaceAttachment, Long> {

    /** What a list of attachments shows, without their bytes. */
    interface Listed {
        Long getId();

        String getFileName();

        long getSizeBytes();

        long getUploadedBy();

        Instant getUploadedAt();
    }

    List<Listed> findByWorkspaceIdOrderById(long workspaceId);
}
