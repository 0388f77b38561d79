package kz.kelisim.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

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
    private final CertificateTemplates templates;
    private final CertificateReadiness readiness;
    private final CertificateSigning signing;
    private final Clock clock;

    CertificateIssuing(CertificateNumbering numbering, CertificateRepository certificates, CertificatePdfRepository pdfs,
            CertificateEventRepository events, CertificateDocument document, CertificateSettings settings,
            CertificateTemplates templates, CertificateReadiness readiness, CertificateSigning signing, Clock clock) {
        this.numbering = numbering;
        this.certificates = certificates;
        this.pdfs = pdfs;
        this.events = events;
        this.document = document;
        this.settings = settings;
        this.templates = templates;
        this.readiness = readiness;
        this.signing = signing;
        this.clock = clock;
    }

    /**
     * @throws RuleViolation if a valid certificate is held already, or issuing is not possible as
     *                       configured ({@link CertificateReadiness}); nothing is saved then
     */
    @Transactional
    Certificate issue(CertificateDraft draft, long actorId, CertificateAction action, String detail) {
        CertificateTemplates.Usable usable = templates.usable();
        readiness.requireReady(usable);
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
        CertificateTemplateForm template = usable.form();
        Certificate certificate = certificates.save(new Certificate(number, VerificationCodes.next(),
                withPlace(draft, template), template.organisationKk(), template.organisationRu(), today, now, actorId));
        byte[] pdf = signedPdf(certificate, template, now);
        pdfs.save(new CertificatePdf(certificate.getId(), pdf, sha256(pdf)));
        events.save(new CertificateEvent(certificate.getId(), action, actorId, now, detail));
        return certificate;
    }

    /**
     * Issues certificates for all the drafts in one transaction: numbers taken as one block, PDFs
     * rendered in parallel on {@code renderers} (the counter stays locked meanwhile, so keep batches
     * small), everything saved or, on any failure, nothing (the numbers then go to the next issue).
     *
     * @throws RuleViolation if one of the people holds a valid certificate for the training already
     */
    @Transactional
    List<Certificate> issueAll(List<CertificateDraft> drafts, long actorId, ExecutorService renderers) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        CertificateTemplates.Usable usable = templates.usable();
        readiness.requireReady(usable);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, AcademyTime.ZONE);
        CertificateNumber first = numbering.nextBlock(settings.series(), today.getYear(), drafts.size());
        CertificateTemplateForm template = usable.form();
        List<Certificate> issued = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            CertificateDraft draft = drafts.get(i);
            List<Certificate> held = draft.courseId() != null
                    ? certificates.lockValidForCourse(draft.holderId(), draft.courseId())
                    : certificates.lockValidForSeminar(draft.holderId(), draft.seminarId());
            if (!held.isEmpty()) {
                throw new RuleViolation("certificate.error.already-certified", held.getFirst().getNumber());
            }
            CertificateNumber number = new CertificateNumber(first.series(), first.year(), first.sequence() + i);
            issued.add(new Certificate(number, VerificationCodes.next(), withPlace(draft, template),
                    template.organisationKk(), template.organisationRu(), today, now, actorId));
        }
        List<CompletableFuture<byte[]>> rendering = issued.stream()
                .map(certificate -> CompletableFuture.supplyAsync(() -> signedPdf(certificate, template, now),
                        renderers))
                .toList();
        certificates.saveAll(issued);
        List<CertificatePdf> files = new ArrayList<>(issued.size());
        List<CertificateEvent> lines = new ArrayList<>(issued.size());
        for (int i = 0; i < issued.size(); i++) {
            byte[] pdf = rendering.get(i).join();
            long id = issued.get(i).getId();
            files.add(new CertificatePdf(id, pdf, sha256(pdf)));
            lines.add(new CertificateEvent(id, CertificateAction.ISSUED, actorId, now, null));
        }
        pdfs.saveAll(files);
        events.saveAll(lines);
        return issued;
    }

    /** The certificate's PDF, signed with the academy's key at the moment of issue. */
    private byte[] signedPdf(Certificate certificate, CertificateTemplateForm template, Instant now) {
        return signing.sign(document.render(certificate, template), now, document.signatureReason(certificate));
    }

    /** The draft with the template's default place where the training names none. */
    static CertificateDraft withPlace(CertificateDraft d, CertificateTemplateForm template) {
        if ((d.place() != null && !d.place().isBlank()) || template.placeDefault() == null
                || template.placeDefault().isBlank()) {
            return d;
        }
        return new CertificateDraft(d.holderId(), d.holderName(), d.courseId(), d.seminarId(), d.titleKk(),
                d.titleRu(), d.titleEn(), d.hours(), d.startsOn(), d.endsOn(), template.placeDefault());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
