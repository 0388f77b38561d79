package kz.kelisim.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A small group of a seminar, with its name and, if chosen, its leader. */
@Entity
@Table(name = "seminar_group")
class SeminarGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(nullable = false)
    private String name;

    @Column(name = "leader_user_id")
    private Long leaderUserId;

    protected SeminarGroup() {
    }

    SeminarGroup(long seminarId, String name) {
        this.seminarId = seminarId;
        this.name = name;
    }

    Long getId() {
        return id;
    }

    long getSeminarId() {
        return seminarId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    Long getLeaderUserId() {
        return leaderUserId;
    }

    void setLeaderUserId(Long leaderUserId) {
        this.leaderUserId = leaderUserId;
    }
}
