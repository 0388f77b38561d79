package kz.kelisim.certificate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A seminar's own certificate rules, in place of the global ones. */
@Entity
@Table(name = "seminar_certificate_rules")
class SeminarCertificateRules {

    @Id
    @Column(name = "seminar_id")
    private Long seminarId;

    @Column(name = "final_test_pass_percent", nullable = false)
    private int finalTestPassPercent;

    @Column(name = "attendance_percent", nullable = false)
    private int attendancePercent;

    @Column(name = "exercises_graded", nullable = false)
    private boolean exercisesGraded;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    protected SeminarCertificateRules() {
    }

    SeminarCertificateRules(long seminarId) {
        this.seminarId = seminarId;
    }

    void update(CertificateSettings.SeminarRules rules, Instant at, long by) {
        finalTestPassPercent = rules.finalTestPassPercent();
        attendancePercent = rules.attendancePercent();
        exercisesGraded = rules.exercisesGraded();
        updatedAt = at;
        updatedBy = by;
    }

    CertificateSettings.SeminarRules rules() {
        return new CertificateSettings.SeminarRules(finalTestPassPercent, attendancePercent, exercisesGraded);
    }
}
