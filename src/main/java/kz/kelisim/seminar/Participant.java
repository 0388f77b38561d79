package kz.kelisim.seminar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person taking part in a seminar, and the small group they work in. */
@Entity
@Table(name = "seminar_participant")
class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Participant() {
    }

    Participant(long seminarId, long userId, Instant joinedAt) {
        this.seminarId = seminarId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    long getSeminarId() {
        return seminarId;
    }

    long getUserId() {
        return userId;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    Long getGroupId() {
        return groupId;
    }

    void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
