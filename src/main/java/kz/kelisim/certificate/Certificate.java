package kz.kelisim.certificate;

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
import jakarta.persistence.Version;

/**
 * A certificate of advanced training as issued: what it says is copied on the day of issue and never
 * changes; only its status does (revoked, with when, by whom and why, and the certificate that
 * replaced it on a reissue).
 */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "cert_number", nullable = false)
    private String number;

    @Column(nullable = false)
    private String series;

    @Column(name = "issue_year", nullable = false)
    private int year;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "verification_code", nullable = false)
    private String verificationCode;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "course_id")
    private String courseId;

    @Column(name = "seminar_id")
    private Long seminarId;

    @Column(name = "title_kk", nullable = false)
    private String titleKk;

    @Column(name = "title_ru", nullable = false)
    private String titleRu;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "academic_hours", nullable = false)
    private int hours;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "place")
    private String place;

    @Column(name = "organisation_kk", nullable = false)
    private String organisationKk;

    @Column(name = "organisation_ru", nullable = false)
    private String organisationRu;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private long issuedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status = CertificateStatus.VALID;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_code")
    private RevocationCode revocationCode;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Column(name = "replaced_by_id")
    private Long replacedById;

    protected Certificate() {
    }

    Certificate(CertificateNumber number, String verificationCode, CertificateDraft draft, String organisationKk,
            String organisationRu, LocalDate issuedOn, Instant issuedAt, long issuedBy) {
        this.number = number.toString();
        this.series = number.series();
        this.year = number.year();
        this.sequence = number.sequence();
        this.verificationCode = verificationCode;
        this.holderId = draft.holderId();
        this.holderName = draft.holderName();
        this.courseId = draft.courseId();
        this.seminarId = draft.seminarId();
        this.titleKk = draft.titleKk();
        this.titleRu = draft.titleRu();
        this.titleEn = draft.titleEn();
        this.hours = draft.hours();
        this.startsOn = draft.startsOn();
        this.endsOn = draft.endsOn();
        this.place = draft.place();
        this.organisationKk = organisationKk;
        this.organisationRu = organisationRu;
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    /** Revoked for the reason staff typed ({@link RevocationCode#OTHER}). */
    void revoke(Instant at, long by, String reason) {
        revoke(at, by, RevocationCode.OTHER, reason);
    }

    /** Revoked because it is issued again under a new number ({@link RevocationCode#REISSUED}). */
    void replace(Instant at, long by) {
        revoke(at, by, RevocationCode.REISSUED, null);
    }

    private void revoke(Instant at, long by, RevocationCode code, String reason) {
        if (status == CertificateStatus.REVOKED) {
            throw new IllegalStateException("Certificate " + number + " is revoked already");
        }
        status = CertificateStatus.REVOKED;
        revokedAt = at;
        revokedBy = by;
        revocationCode = code;
        revocationReason = reason;
    }

    void replacedBy(long certificateId) {
        replacedById = certificateId;
    }

    Long getReplacedById() {
        return replacedById;
    }

    RevocationCode getRevocationCode() {
        return revocationCode;
    }

    /** What was drafted for this certificate, to issue it again under a new number. */
    CertificateDraft draft() {
        return new CertificateDraft(holderId, holderName, courseId, seminarId, titleKk, titleRu, titleEn, hours,
                startsOn, endsOn, place);
    }

    Long getId() {
        return id;
    }

    CertificateNumber number() {
        return new CertificateNumber(series, year, sequence);
    }

    String getNumber() {
        return number;
    }

    String getVerificationCode() {
        return verificationCode;
    }

    long getHolderId() {
        return holderId;
    }

    String getHolderName() {
        return holderName;
    }

    String getCourseId() {
        return courseId;
    }

    Long getSeminarId() {
        return seminarId;
    }

    String getTitleKk() {
        return titleKk;
    }

    String getTitleRu() {
        return titleRu;
    }

    String getTitleEn() {
        return titleEn;
    }

    int getHours() {
        return hours;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    String getPlace() {
        return place;
    }

    String getOrganisationKk() {
        return organisationKk;
    }

    String getOrganisationRu() {
        return organisationRu;
    }

    LocalDate getIssuedOn() {
        return issuedOn;
    }

    CertificateStatus getStatus() {
        return status;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    String getRevocationReason() {
        return revocationReason;
    }
}
