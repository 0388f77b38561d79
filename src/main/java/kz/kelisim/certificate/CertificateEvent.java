package kz.kelisim.certificate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit trail: who did what to a certificate, and when. Never changed or deleted. */
@Entity
@Table(name = "certificate_event")
class CertificateEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateAction action;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column
    private String detail;

    protected CertificateEvent() {
    }

    CertificateEvent(long certificateId, CertificateAction action, long actorId, Instant happenedAt, String detail) {
        this.certificateId = certificateId;
        this.action = action;
        this.actorId = actorId;
        this.happenedAt = happenedAt;
        this.detail = detail;
    }

    CertificateAction getAction() {
        return action;
    }

    long getActorId() {
        return actorId;
    }

    Instant getHappenedAt() {
        return happenedAt;
    }

    String getDetail() {
        return detail;
    }
}
