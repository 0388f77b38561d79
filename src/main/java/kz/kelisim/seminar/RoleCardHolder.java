package kz.kelisim.seminar;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The party a member of a group plays in a group exercise: the role card handed to them. */
@Entity
@Table(name = "role_card_holder")
@IdClass(RoleCardHolder.Key.class)
class RoleCardHolder {

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

    @Column(name = "card_id", nullable = false)
    private String cardId;

    @Column(name = "handed_at", nullable = false)
    private Instant handedAt;

    protected RoleCardHolder() {
    }

    RoleCardHolder(long workspaceId, long userId, String cardId, Instant handedAt) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.cardId = cardId;
        this.handedAt = handedAt;
    }

    long getUserId() {
        return userId;
    }

    String getCardId() {
        return cardId;
    }

    /** Hands the member another card (theirs is no longer in the course's activity). */
    void handOver(String newCardId, Instant at) {
        this.cardId = newCardId;
        this.handedAt = at;
    }
}
