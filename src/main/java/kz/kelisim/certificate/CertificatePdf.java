package kz.kelisim.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A certificate's PDF exactly as issued, with its SHA-256 (hex), so every download is the same file. */
@Entity
@Table(name = "certificate_pdf")
class CertificatePdf {

    static final int MAX_BYTES = 20_000_000;

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Lob
    @Column(nullable = false, length = MAX_BYTES)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected CertificatePdf() {
    }

    CertificatePdf(long certificateId, byte[] content, String sha256) {
        this.certificateId = certificateId;
        this.content = content;
        this.sha256 = sha256;
    }

    byte[] getContent() {
        return content;
    }

    String getSha256() {
        return sha256;
    }
}
