package kz.kelisim.certificate;

/** What the audit trail records about a certificate. */
public enum CertificateAction {
    ISSUED, REVOKED, REISSUED, DOWNLOADED
}
