package kz.kelisim.seminar;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import kz.kelisim.base.Columns;

/**
 * One field of a workspace's template. {@code version} counts the saves: a member saves with the
 * version they last saw, and a different version means someone else saved in between.
 */
@Entity
@Table(name = "workspace_field")
@IdClass(WorkspaceField.Key.class)
class WorkspaceField {

    record Key(long workspaceId, String fieldKey) implements Serializable {
        Key() {
            this(0, null);
        }
    }

    @Id
    @Column(name = "workspace_id")
    private long workspaceId;

    @Id
    @Column(name = "field_key")
    private String fieldKey;

    @Lob
    @Column(name = "field_value", length = Columns.LARGE)
    private String value;

    @Column(nullable = false)
    private long version;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WorkspaceField() {
    }

    WorkspaceField(long workspaceId, String fieldKey) {
        this.workspaceId = workspaceId;
        this.fieldKey = fieldKey;
    }

    String getFieldKey() {
        return fieldKey;
    }

    String getValue() {
        return value;
    }

    long getVersion() {
        return version;
    }

    Long getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void change(String value, long userId, Instant at) {
        this.value = value;
        this.version++;
        this.updatedBy = userId;
        this.updatedAt = at;
    }
}
