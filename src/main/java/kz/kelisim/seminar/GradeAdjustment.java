package kz.kelisim.seminar;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A trainer's change of one member's points from the group's grade, with the reason given. */
@Entity
@Table(name = "grade_adjustment")
@IdClass(GradeAdjustment.Key.class)
class GradeAdjustment {

    record Key(long workspaceId, long userId) implements Serializable {
        Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "workspace_id")
    private long workspaceId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "adjusted_by", nullable = false)
    private long adjustedBy;

    @Column(name = "adjusted_at", nullable = false)
    private Instant adjustedAt;

    protected GradeAdjustment() {
    }

    GradeAdjustment(long workspaceId, long userId) {
        this.workspaceId = workspaceId;
        this.userId = userId;
    }

    long getUserId() {
        return userId;
    }

    int getPoints() {
        return points;
    }

    String getReason() {
        return reason;
    }

    void set(int points, String reason, long trainerId, Instant at) {
        this.points = points;
        this.reason = reason;
        this.adjustedBy = trainerId;
        this.adjustedAt = at;
    }
}
