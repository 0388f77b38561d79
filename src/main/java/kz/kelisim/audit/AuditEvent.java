package kz.kelisim.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the audit log; written once, never changed (but for anonymisation). */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "subject_name", length = 200)
    private String subjectName;

    @Column(length = 500)
    private String detail;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditAction action, Long actorId, String actorName, Long subjectId,
            String subjectName, String detail, String clientAddress) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.actorId = actorId;
        this.actorName = cut(actorName, 200);
        this.subjectId = subjectId;
        this.subjectName = cut(subjectName, 200);
        this.detail = cut(detail, 500);
        this.clientAddress = cut(clientAddress, 64);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    AuditLog.Entry entry() {
        return new AuditLog.Entry(id, occurredAt, action, actorId, actorName, subjectId, subjectName, detail,
                clientAddress);
    }
}
