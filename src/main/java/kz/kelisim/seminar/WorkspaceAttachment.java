package kz.kelisim.seminar;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import kz.kelisim.base.Columns;

/** A file a group attached to its workspace; the bytes live in the database. */
@Entity
@Table(name = "workspace_attachment")
class WorkspaceAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = Columns.LARGE)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected WorkspaceAttachment() {
    }

    WorkspaceAttachment(long workspaceId, String fileName, String mediaType, byte[] content, long uploadedBy,
            Instant uploadedAt) {
        this.workspaceId = workspaceId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    long getWorkspaceId() {
        return workspaceId;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    byte[] getContent() {
        return content;
    }

    long getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
