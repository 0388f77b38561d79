package kz.kelisim.certificate;

/** Whether a certificate still counts: valid, or revoked (with the date and reason on the certificate). */
public enum CertificateStatus {
    VALID, REVOKED
}
