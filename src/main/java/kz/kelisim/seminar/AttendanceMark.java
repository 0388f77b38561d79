package kz.kelisim.seminar;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A participant's attendance at one session, as the trainer marked it. */
@Entity
@Table(name = "attendance_mark")
@IdClass(AttendanceMark.Key.class)
class AttendanceMark {

    record Key(Long sessionId, Long userId) implements Serializable {
    }

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status;

    @Column(name = "marked_by", nullable = false)
    private long markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected AttendanceMark() {
    }

    AttendanceMark(long sessionId, long userId) {
        this.sessionId = sessionId;
        this.userId = userId;
    }

    void mark(AttendanceStatus status, long markedBy, Instant markedAt) {
        this.status = status;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getUserId() {
        return userId;
    }

    AttendanceStatus getStatus() {
        return status;
    }
}
