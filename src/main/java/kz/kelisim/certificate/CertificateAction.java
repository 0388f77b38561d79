package kz.kelisim.certificate;

/**
 * What the audit trail records about a certificate: issued; revoked by staff (detail: the reason);
 * issued again in place of another (REISSUED, detail: the old number); revoked because it was
 * replaced (REPLACED, detail: the new number); downloaded by staff.
 */
public enum CertificateAction {
    ISSUED, REVOKED, REISSUED, REPLACED, DOWNLOADED
}
