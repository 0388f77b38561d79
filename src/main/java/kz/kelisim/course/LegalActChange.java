package kz.kelisim.course;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Staff's record that an act of the register was amended or superseded on a date, after its file was
 * written. Never changed or deleted: the latest one is where the act stands.
 */
@Entity
@Table(name = "legal_act_change")
class LegalActChange {

    static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "act_id", nullable = false)
    private String actId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LegalAct.Status status;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(nullable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LegalActChange() {
    }

    LegalActChange(String actId, LegalAct.Status status, LocalDate changedOn, String note, long recordedBy,
            Instant recordedAt) {
        this.actId = actId;
        this.status = status;
        this.changedOn = changedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    String getActId() {
        return actId;
    }

    LegalAct.Status getStatus() {
        return status;
    }

    LocalDate getChangedOn() {
        return changedOn;
    }

    String getNote() {
        return note;
    }

    long getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
