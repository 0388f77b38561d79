package kz.kelisim.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What certificate screens show; plain values, no entities. */
public final class CertificateViews {

    private CertificateViews() {
    }

    /** Why a person may not have a certificate yet: a translation key and its arguments. */
    public record Reason(String messageKey, List<Object> arguments) {

        static Reason of(String messageKey, Object... arguments) {
            return new Reason(messageKey, List.of(arguments));
        }
    }

    /**
     * A person who might receive a certificate, with their results (null where not applicable) and,
     * when they may not, every reason why.
     */
    public record Candidate(long userId, String fullName, Double finalTest, Integer attendance, Double exercises,
            List<Reason> reasons) {

        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    /** A certificate in a list or on its own. {@code title} in the reader's language. */
    public record CertificateSummary(long id, String number, long holderId, String holderName, String title,
            int hours, LocalDate startsOn, LocalDate endsOn, LocalDate issuedOn, CertificateStatus status,
            Instant revokedAt, RevocationCode revocationCode, String revocationReason, String replacedBy,
            String verificationUrl) {
    }

    /**
     * What the public verification page (and its JSON) shows: no IIN, no contact data, no internal
     * ids. A revoked certificate carries when and why: {@code revocationCode} REISSUED (then
     * {@code replacedBy} is the new number and {@code revocationReason} empty) or OTHER (the reason
     * as staff typed it). {@code signature} says whether the stored PDF's digital signature is
     * intact, {@code signedBy} whose it is.
     */
    public record Verification(String number, String holderName, String titleKk, String titleRu, String titleEn,
            int hours, LocalDate startsOn, LocalDate endsOn, LocalDate issuedOn, String organisationKk,
            String organisationRu, CertificateStatus status, Instant revokedAt, RevocationCode revocationCode,
            String revocationReason, String replacedBy, SignatureStatus signature, String signedBy) {
    }

    /** Whether a stored certificate PDF's digital signature holds for every byte of it. */
    public enum SignatureStatus {
        /** Signed, and not one byte changed since. */
        INTACT,
        /** Signed, but the file no longer matches its signature (or the signature cannot be read). */
        BROKEN,
        /** Issued before certificates were signed. */
        UNSIGNED
    }

    /**
     * Something staff should know before issuing: a translation key with its arguments, and whether
     * it stops issuing until it is put right (otherwise certificates can be issued, but something on
     * them is wrong or missing).
     */
    public record Notice(String messageKey, List<Object> arguments, boolean blocksIssuing) {
    }

    /** A course (its id) or a seminar (its number) to issue certificates for, with its title. */
    public record TrainingChoice(String id, String title) {
    }

    /**
     * How far a seminar's bulk issue has come: certificates issued, people skipped (certified by
     * someone else meanwhile), and whether it has finished (or stopped on an error).
     */
    public record BulkProgress(int total, int issued, int skipped, boolean finished, boolean failed) {

        /** From 0 to 1, for a progress bar. */
        public double fraction() {
            return total == 0 ? 1 : (double) (issued + skipped) / total;
        }
    }

    /** One line of the audit trail. */
    public record AuditLine(Instant at, CertificateAction action, String actor, String detail) {
    }

    /** The registry's filter; any part may be null or blank (no restriction). */
    public record RegistryFilter(String number, String holder, String title, CertificateStatus status,
            LocalDate issuedFrom, LocalDate issuedTo) {

        public static RegistryFilter none() {
            return new RegistryFilter(null, null, null, null, null, null);
        }
    }

    /**
     * What a seminar participant needs for a certificate: the final test at or above the pass mark and
     * attendance at or above the percentage (both 0 to 100), group exercises graded where required.
     * {@code ownRules} says the seminar has its own; otherwise these are the global rules.
     */
    public record EligibilityRules(int finalTestPassPercent, int attendancePercent, boolean exercisesGraded,
            boolean ownRules) {
    }
}
