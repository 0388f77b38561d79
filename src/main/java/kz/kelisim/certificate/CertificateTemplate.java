package kz.kelisim.certificate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.kelisim.base.Columns;

/** The certificate template saved by staff: one row, {@link #ID}. */
@Entity
@Table(name = "certificate_template")
class CertificateTemplate {

    static final long ID = 1;

    @Id
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "heading_kk", nullable = false)
    private String headingKk;
    @Column(name = "heading_ru", nullable = false)
    private String headingRu;
    @Column(name = "heading_en")
    private String headingEn;
    @Column(name = "organisation_kk", nullable = false)
    private String organisationKk;
    @Column(name = "organisation_ru", nullable = false)
    private String organisationRu;
    @Column(name = "organisation_en")
    private String organisationEn;
    @Column(name = "place_default")
    private String placeDefault;
    @Column(name = "signatory1_name", nullable = false)
    private String signatory1Name;
    @Column(name = "signatory1_position_kk", nullable = false)
    private String signatory1PositionKk;
    @Column(name = "signatory1_position_ru", nullable = false)
    private String signatory1PositionRu;
    @Column(name = "signatory2_name", nullable = false)
    private String signatory2Name;
    @Column(name = "signatory2_position_kk", nullable = false)
    private String signatory2PositionKk;
    @Column(name = "signatory2_position_ru", nullable = false)
    private String signatory2PositionRu;
    @Lob
    @Column(name = "signature1_image", length = Columns.LARGE)
    private byte[] signature1;
    @Lob
    @Column(name = "signature2_image", length = Columns.LARGE)
    private byte[] signature2;
    @Lob
    @Column(name = "seal_image", length = Columns.LARGE)
    private byte[] seal;
    @Lob
    @Column(name = "emblem_image", length = Columns.LARGE)
    private byte[] emblem;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    protected CertificateTemplate() {
    }

    CertificateTemplate(CertificateTemplateForm form, Instant at, long by) {
        this.id = ID;
        update(form, at, by);
    }

    void update(CertificateTemplateForm form, Instant at, long by) {
        headingKk = form.headingKk();
        headingRu = form.headingRu();
        headingEn = form.headingEn();
        organisationKk = form.organisationKk();
        organisationRu = form.organisationRu();
        organisationEn = form.organisationEn();
        placeDefault = form.placeDefault();
        signatory1Name = form.signatory1Name();
        signatory1PositionKk = form.signatory1PositionKk();
        signatory1PositionRu = form.signatory1PositionRu();
        signatory2Name = form.signatory2Name();
        signatory2PositionKk = form.signatory2PositionKk();
        signatory2PositionRu = form.signatory2PositionRu();
        signature1 = form.signature1();
        signature2 = form.signature2();
        seal = form.seal();
        emblem = form.emblem();
        updatedAt = at;
        updatedBy = by;
    }

    CertificateTemplateForm form() {
        return new CertificateTemplateForm(headingKk, headingRu, headingEn, organisationKk, organisationRu,
                organisationEn, placeDefault, signatory1Name, signatory1PositionKk, signatory1PositionRu,
                signatory2Name, signatory2PositionKk, signatory2PositionRu, signature1, signature2, seal, emblem);
    }
}
