package kz.kelisim.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.RuleViolation;

/**
 * Issues one certificate in one transaction: takes the next number (locking the counter until the
 * commit), draws the verification code, renders and hashes the PDF, and saves all three with the
 * audit line. Refuses a second valid certificate for the same person and training. Callers check
 * permissions and eligibility first ({@link CertificateService}).
 */
@Component
class CertificateIssuing {

    private final CertificateNumbering numbering;
    private final CertificateRepository certificates;
    private final CertificatePdfRepository pdfs;
    private final CertificateEventRepository events;
    private final CertificateDocument document;
    private final CertificateSettings settings;
    private final Clock clock;

    CertificateIssuing(CertificateNumbering numbering, CertificateRepository certificates, CertificatePdfRepository pdfs,
            CertificateEventRepository events, CertificateDocument document, CertificateSettings settings, Clock clock) {
        this.numbering = numbering;
        this.certificates = certificates;
        this.pdfs = pdfs;
        this.events = events;
        this.document = document;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    Certificate issue(CertificateDraft draft, long actorId, CertificateAction action, String detail) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, AcademyTime.ZONE);
        CertificateNumber number = numbering.next(settings.series(), today.getYear());
        // checked under the counter's lock, so two staff members cannot both certify the same training
        List<Certificate> held = draft.courseId() != null
                ? certificates.lockValidForCourse(draft.holderId(), draft.courseId())
                : certificates.lockValidForSeminar(draft.holderId(), draft.seminarId());
        if (!held.isEmpty()) {
            throw new RuleViolation("certificate.error.already-certified", held.getFirst().getNumber());
        }
        Certificate certificate = certificates.save(new Certificate(number, VerificationCodes.next(), draft,
                settings.organisationKk(), settings.organisationRu(), today, now, actorId));
        byte[] pdf = document.render(certificate);
        pdfs.save(new CertificatePdf(certificate.getId(), pdf, sha256(pdf)));
        events.save(new CertificateEvent(certificate.getId(), action, actorId, now, detail));
        return certificate;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
