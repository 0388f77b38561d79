package kz.kelisim.certificate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.AuditLine;
import kz.kelisim.certificate.CertificateViews.BulkProgress;
import kz.kelisim.certificate.CertificateViews.Candidate;
import kz.kelisim.certificate.CertificateViews.EligibilityRules;
import kz.kelisim.certificate.CertificateViews.Notice;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.certificate.CertificateViews.Reason;
import kz.kelisim.certificate.CertificateViews.RegistryFilter;
import kz.kelisim.certificate.CertificateViews.TrainingChoice;
import kz.kelisim.certificate.CertificateViews.Verification;
import kz.kelisim.course.CourseContent;
import kz.kelisim.course.CourseParticipation;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.GradebookService;
import kz.kelisim.seminar.GradebookViews.GradebookRow;
import kz.kelisim.seminar.SeminarDetails;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarViews.SeminarPage;
import kz.kelisim.seminar.SeminarViews.SessionView;
import kz.kelisim.user.UserService;

/**
 * Certificates of advanced training: who may have one and why not, issuing, revoking and reissuing
 * (academy staff and administrators), the registry (staff), a trainee's own certificates, the stored
 * PDF (its holder, staff and administrators; trainers none) and the public verification. Every issue,
 * revocation, reissue and download by staff goes into the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    /** Pass marks and attendance thresholds run from 1 %: 0 % would give anyone a certificate. */
    public static final int MIN_PERCENT = 1;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("id"));

    static final String STAFF = "hasAnyRole('" + Roles.STAFF + "', '" + Roles.ADMIN + "')";

    private final CertificateRepository certificates;
    private final CertificatePdfRepository pdfs;
    private final CertificateEventRepository events;
    private final CourseCompletionRepository completions;
    private final CertificateIssuing issuing;
    private final CertificateDocument document;
    private final CertificateSettings settings;
    private final CourseParticipation courses;
    private final SeminarService seminars;
    private final GradebookService gradebooks;
    private final UserService users;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private final VerificationRateLimit rateLimit;
    private final CertificateBulkRunner bulk;
    private final SeminarCertificateRulesRepository seminarRules;
    private final CertificateTemplates templates;
    private final CertificateReadiness readiness;
    private final CertificateSigning signing;

    CertificateService(CertificateRepository certificates, CertificatePdfRepository pdfs,
            CertificateEventRepository events, CourseCompletionRepository completions, CertificateIssuing issuing,
            CertificateDocument document, CertificateSettings settings, CourseParticipation courses,
            SeminarService seminars, GradebookService gradebooks, UserService users, CurrentUser currentUser,
            java.time.Clock clock, VerificationRateLimit rateLimit, CertificateBulkRunner bulk,
            SeminarCertificateRulesRepository seminarRules, CertificateTemplates templates,
            CertificateReadiness readiness, CertificateSigning signing) {
        this.certificates = certificates;
        this.pdfs = pdfs;
        this.events = events;
        this.completions = completions;
        this.issuing = issuing;
        this.document = document;
        this.settings = settings;
        this.courses = courses;
        this.seminars = seminars;
        this.gradebooks = gradebooks;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.rateLimit = rateLimit;
        this.bulk = bulk;
        this.seminarRules = seminarRules;
        this.templates = templates;
        this.readiness = readiness;
        this.signing = signing;
    }

    /**
     * What staff should know before issuing, refusals first: the built-in example organisation or
     * signatories outside demo mode, no usable signing key, a verification address nobody outside can
     * open, a saved template image that cannot be read. Empty when all is well.
     */
    @PreAuthorize(STAFF)
    public List<Notice> issuingNotices() {
        return readiness.notices(templates.usable());
    }

    /** The seminars staff may issue certificates for, newest first. */
    @PreAuthorize(STAFF)
    public List<TrainingChoice> seminarChoices(Language language) {
        return seminars.mySeminars(language).stream()
                .map(card -> new TrainingChoice(String.valueOf(card.id()), card.title())).toList();
    }

    /** The loaded courses, by title in the reader's language. */
    @PreAuthorize(STAFF)
    public List<TrainingChoice> courseChoices(Language language) {
        return seminars.courseChoices(language).stream().map(choice -> new TrainingChoice(choice.id(), choice.name()))
                .toList();
    }

    /**
     * Everyone who completed the course, by name; those who hold a valid certificate for it already
     * carry that as their reason.
     */
    @PreAuthorize(STAFF)
    public List<Candidate> courseCandidates(String courseId) {
        List<CourseCompletion> done = completions.findByCourseIdOrderByCompletedAt(courseId);
        Map<Long, String> held = certificates.findValidForCourse(courseId).stream()
                .collect(Collectors.toMap(Certificate::getHolderId, Certificate::getNumber, (a, b) -> a));
        Map<Long, String> names = namesOf(done.stream().map(CourseCompletion::getUserId).collect(Collectors.toSet()));
        return done.stream().map(completion -> {
            long userId = completion.getUserId();
            List<Reason> reasons = held.containsKey(userId)
                    ? List.of(Reason.of("certificate.reason.already-certified", held.get(userId))) : List.of();
            return new Candidate(userId, names.getOrDefault(userId, ""), null, null, null, reasons);
        }).sorted(Comparator.comparing(Candidate::fullName)).toList();
    }

    /**
     * Issues a course certificate to a trainee who completed the course.
     *
     * @throws RuleViolation if the course is not completed (or not loaded), or a valid certificate exists
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CertificateSummary issueForCourse(long userId, String courseId) {
        CourseCompletion completion = completions.findById(new CourseCompletion.Key(userId, courseId))
                .orElseThrow(() -> new RuleViolation("certificate.reason.course-not-completed"));
        CourseContent content = courses.content(courseId)
                .orElseThrow(() -> new RuleViolation("certificate.error.unknown-course", courseId));
        String holder = holderName(userId);
        LocalDate completedOn = LocalDate.ofInstant(completion.getCompletedAt(), kz.kelisim.base.AcademyTime.ZONE);
        String titleEn = content.languages().contains(Language.EN) ? content.title().in(Language.EN) : null;
        CertificateDraft draft = new CertificateDraft(userId, holder, courseId, null, content.title().in(Language.KK),
                content.title().in(Language.RU), titleEn, content.hours(), null, completedOn, null);
        return summary(issuing.issue(draft, caller().accountId(), CertificateAction.ISSUED, null), Language.KK);
    }

    /**
     * The seminar's participants with their final test, attendance and group exercises, and for those
     * who may not have a certificate, every rule they do not meet ({@link SeminarEligibility}): the
     * seminar's own rules, else the global ones.
     */
    @PreAuthorize(STAFF)
    public List<Candidate> seminarCandidates(long seminarId) {
        Map<Long, String> held = certificates.findValidForSeminar(seminarId).stream()
                .collect(Collectors.toMap(Certificate::getHolderId, Certificate::getNumber, (a, b) -> a));
        CertificateSettings.SeminarRules rules = rulesFor(seminarId);
        return gradebooks.gradebook(seminarId, Language.KK, false).rows().stream()
                .map(row -> new Candidate(row.userId(), row.fullName(), row.finalTest(), row.attendance(),
                        row.exercises(), SeminarEligibility.reasons(rules, row, held.get(row.userId()))))
                .toList();
    }

    private CertificateSettings.SeminarRules rulesFor(long seminarId) {
        return seminarRules.findById(seminarId).map(SeminarCertificateRules::rules).orElse(settings.seminarRules());
    }

    /** The rules the seminar's participants are judged by: its own, else the global ones. */
    @PreAuthorize(STAFF)
    public EligibilityRules seminarRules(long seminarId) {
        return seminarRules.findById(seminarId).map(own -> view(own.rules(), true))
                .orElseGet(() -> view(settings.seminarRules(), false));
    }

    /**
     * Gives the seminar its own certificate rules (in place of the global ones) for everyone judged or
     * issued from now on; certificates issued already stay valid.
     *
     * @throws RuleViolation if a percentage is outside 1 to 100 (a pass mark of 0 % would certify anyone)
     */
    @PreAuthorize(STAFF)
    @Transactional
    public EligibilityRules saveSeminarRules(long seminarId, EligibilityRules rules) {
        for (int percent : new int[] {rules.finalTestPassPercent(), rules.attendancePercent()}) {
            if (percent < MIN_PERCENT || percent > 100) {
                throw new RuleViolation("certificate.rules.error.percent", MIN_PERCENT, 100);
            }
        }
        seminars.seminar(seminarId, Language.KK); // an unknown seminar is refused here
        SeminarCertificateRules own = seminarRules.findById(seminarId)
                .orElseGet(() -> new SeminarCertificateRules(seminarId));
        own.update(new CertificateSettings.SeminarRules(rules.finalTestPassPercent(), rules.attendancePercent(),
                rules.exercisesGraded()), clock.instant(), caller().accountId());
        return view(seminarRules.save(own).rules(), true);
    }

    /** The seminar follows the global rules again. */
    @PreAuthorize(STAFF)
    @Transactional
    public EligibilityRules useGlobalSeminarRules(long seminarId) {
        seminarRules.findById(seminarId).ifPresent(seminarRules::delete);
        return view(settings.seminarRules(), false);
    }

    private static EligibilityRules view(CertificateSettings.SeminarRules rules, boolean own) {
        return new EligibilityRules(rules.finalTestPassPercent(), rules.attendancePercent(), rules.exercisesGraded(),
                own);
    }

    /**
     * Issues a seminar certificate to a participant who meets the seminar rules.
     *
     * @throws RuleViolation naming the first unmet rule, or the certificate already held
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CertificateSummary issueForSeminar(long seminarId, long userId) {
        Candidate candidate = seminarCandidates(seminarId).stream().filter(c -> c.userId() == userId).findFirst()
                .orElseThrow(() -> new RuleViolation("certificate.error.not-a-participant"));
        if (!candidate.eligible()) {
            Reason first = candidate.reasons().getFirst();
            throw new RuleViolation(first.messageKey(), first.arguments().toArray());
        }
        CertificateDraft draft = seminarDraft(seminars.seminar(seminarId, Language.KK), candidate);
        return summary(issuing.issue(draft, caller().accountId(), CertificateAction.ISSUED, null), Language.KK);
    }

    private static CertificateDraft seminarDraft(SeminarPage page, Candidate candidate) {
        SeminarDetails details = page.details();
        int hours = page.sessions().stream().mapToInt(SessionView::academicHours).sum();
        return new CertificateDraft(candidate.userId(), candidate.fullName(), null, page.id(), details.titleKk(),
                details.titleRu(), blankToNull(details.titleEn()), hours, details.startsOn(), details.endsOn(),
                details.venue());
    }

    /**
     * Starts issuing certificates to every eligible participant of the seminar in the background
     * (unless a run is under way); staff follow it with {@link #seminarIssueProgress(long)}.
     */
    @PreAuthorize(STAFF)
    public BulkProgress startSeminarIssue(long seminarId) {
        readiness.requireReady(templates.usable());
        SeminarPage page = seminars.seminar(seminarId, Language.KK);
        List<CertificateDraft> drafts = seminarCandidates(seminarId).stream().filter(Candidate::eligible)
                .map(candidate -> seminarDraft(page, candidate)).toList();
        return bulk.start(seminarId, drafts, caller().accountId());
    }

    /**
     * Follows the seminar's bulk issue: the watcher hears its progress now and after every batch,
     * from the runner's thread, until the returned registration is removed.
     */
    @PreAuthorize(STAFF)
    public com.vaadin.flow.shared.Registration followSeminarIssue(long seminarId,
            java.util.function.Consumer<BulkProgress> watcher) {
        return bulk.watch(seminarId, watcher);
    }

    /** The progress of the seminar's last bulk issue, if there was one since the server started. */
    @PreAuthorize(STAFF)
    public Optional<BulkProgress> seminarIssueProgress(long seminarId) {
        return bulk.progress(seminarId);
    }

    /** Every valid certificate of the seminar in one PDF, by holder name, for printing. */
    @PreAuthorize(STAFF)
    public byte[] seminarPdf(long seminarId) {
        return SeminarPrint.merged(seminarFiles(seminarId));
    }

    /**
     * Every valid certificate of the seminar as its own PDF in one ZIP, each named by its number and
     * holder ({@code KLS-2026-000123 Әсел Жақсылықова.pdf}), by holder name.
     */
    @PreAuthorize(STAFF)
    public byte[] seminarZip(long seminarId) {
        return SeminarPrint.zip(seminarFiles(seminarId));
    }

    /** How many of the seminar's participants would get a certificate from "issue to everyone eligible". */
    @PreAuthorize(STAFF)
    public int seminarEligibleCount(long seminarId) {
        return (int) seminarCandidates(seminarId).stream().filter(Candidate::eligible).count();
    }

    /** The seminar's valid certificates by holder name: file name (number and holder) to stored PDF. */
    private Map<String, byte[]> seminarFiles(long seminarId) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        certificates.findValidForSeminar(seminarId).stream()
                .sorted(Comparator.comparing(Certificate::getHolderName).thenComparing(Certificate::getNumber))
                .forEach(certificate -> files.put(SeminarPrint.fileName(certificate.getNumber(),
                        certificate.getHolderName()), pdfs.findById(certificate.getId()).orElseThrow().getContent()));
        return files;
    }

    /**
     * The certificate's PDF exactly as issued, to its holder, staff and administrators (each download by
     * staff or an administrator is recorded); trainers and other trainees are refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] download(long certificateId) {
        Certificate certificate = reachable(certificateId);
        KelisimPrincipal caller = caller();
        if (certificate.getHolderId() != caller.accountId()) {
            events.save(new CertificateEvent(certificateId, CertificateAction.DOWNLOADED, caller.accountId(),
                    clock.instant(), null));
        }
        return pdfs.findById(certificateId).orElseThrow().getContent();
    }

    /**
     * What the public verification page shows for a code (anyone, without signing in): the holder's
     * name, titles, hours, dates and status, never an IIN or contact data. Empty for an unknown code.
     *
     * @param clientAddress who asks, for the rate limit
     * @throws RuleViolation {@code verify.too-many} (with the seconds to wait) past the limit per minute
     */
    @PreAuthorize("permitAll()")
    public Optional<Verification> verify(String code, String clientAddress) {
        long wait = rateLimit.acquire(clientAddress);
        if (wait > 0) {
            throw new RuleViolation("verify.too-many", wait);
        }
        if (!VerificationCodes.isWellFormed(code)) {
            return Optional.empty();
        }
        return certificates.findByVerificationCode(code).map(c -> {
            CertificateSigning.SignatureCheck signature = pdfs.findById(c.getId())
                    .map(pdf -> signing.check(pdf.getContent()))
                    .orElse(new CertificateSigning.SignatureCheck(CertificateViews.SignatureStatus.BROKEN, null));
            return new Verification(c.getNumber(), c.getHolderName(), c.getTitleKk(), c.getTitleRu(), c.getTitleEn(),
                    c.getHours(), c.getStartsOn(), c.getEndsOn(), c.getIssuedOn(), c.getOrganisationKk(),
                    c.getOrganisationRu(), c.getStatus(), c.getRevokedAt(), c.getRevocationCode(),
                    c.getRevocationReason(), replacedBy(c), signature.status(), signature.signerName());
        });
    }

    /** Longest revocation reason kept. */
    public static final int MAX_REASON = 500;

    /**
     * Revokes a valid certificate; the verification page then says so, with the date and reason.
     *
     * @throws RuleViolation without a reason, or if it is revoked already
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CertificateSummary revoke(long certificateId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new RuleViolation("certificate.error.reason-required", MAX_REASON);
        }
        Certificate certificate = lockedValid(certificateId);
        long actor = caller().accountId();
        certificate.revoke(clock.instant(), actor, why);
        events.save(new CertificateEvent(certificateId, CertificateAction.REVOKED, actor, clock.instant(), why));
        return summary(certificate, Language.KK);
    }

    /**
     * Issues a valid certificate again under a new number (with the holder's name as it is now, say
     * after a correction), and revokes the old one as {@link RevocationCode#REISSUED}, replaced by the new.
     *
     * @return the new certificate
     * @throws RuleViolation if the certificate is revoked already
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CertificateSummary reissue(long certificateId) {
        Certificate old = lockedValid(certificateId);
        long actor = caller().accountId();
        old.replace(clock.instant(), actor);
        certificates.flush();
        CertificateDraft before = old.draft();
        CertificateDraft draft = new CertificateDraft(before.holderId(), holderName(before.holderId()),
                before.courseId(), before.seminarId(), before.titleKk(), before.titleRu(), before.titleEn(),
                before.hours(), before.startsOn(), before.endsOn(), before.place());
        Certificate fresh = issuing.issue(draft, actor, CertificateAction.REISSUED, old.getNumber());
        old.replacedBy(fresh.getId());
        events.save(new CertificateEvent(certificateId, CertificateAction.REPLACED, actor, clock.instant(),
                fresh.getNumber()));
        return summary(fresh, Language.KK);
    }

    private Certificate lockedValid(long certificateId) {
        Certificate certificate = certificates.lockById(certificateId)
                .orElseThrow(() -> new RuleViolation("certificate.error.unknown"));
        if (certificate.getStatus() != CertificateStatus.VALID) {
            throw new RuleViolation("certificate.error.already-revoked", certificate.getNumber());
        }
        return certificate;
    }

    /** Who did what to the certificate and when, oldest first. */
    @PreAuthorize(STAFF)
    public List<AuditLine> audit(long certificateId) {
        List<CertificateEvent> lines = events.findByCertificateIdOrderByHappenedAtAscIdAsc(certificateId);
        Map<Long, String> names = namesOf(lines.stream().map(CertificateEvent::getActorId).collect(Collectors.toSet()));
        return lines.stream().map(line -> new AuditLine(line.getHappenedAt(), line.getAction(),
                names.getOrDefault(line.getActorId(), ""), line.getDetail())).toList();
    }

    /** One page of the registry, newest first, filtered; paged in the database. */
    @PreAuthorize(STAFF)
    public List<CertificateSummary> registry(RegistryFilter filter, int offset, int limit, Language language) {
        int size = Math.max(1, limit);
        // the grid asks page by page, so the offset is always a whole number of pages
        return certificates.findAll(CertificateSearch.matching(filter), PageRequest.of(offset / size, size, NEWEST_FIRST))
                .stream()
                .map(certificate -> summary(certificate, language)).toList();
    }

    /**
     * Every certificate matching the filter as an XLSX workbook, newest first.
     *
     * @param headers the ten column titles ({@link RegistryExport#xlsx})
     */
    @PreAuthorize(STAFF)
    public byte[] registryXlsx(RegistryFilter filter, Language language, String sheetName, List<String> headers) {
        return RegistryExport.xlsx(sheetName, headers, offset -> certificates.findAll(CertificateSearch.matching(filter),
                PageRequest.of(offset / RegistryExport.PAGE, RegistryExport.PAGE, NEWEST_FIRST)).stream()
                .map(certificate -> summary(certificate, language)).toList());
    }

    /** How many certificates match the registry filter. */
    @PreAuthorize(STAFF)
    public long registryCount(RegistryFilter filter) {
        return certificates.count(CertificateSearch.matching(filter));
    }

    /** The caller's own certificates, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<CertificateSummary> mine(Language language) {
        return certificates.findByHolderIdOrderByIssuedAtDesc(caller().accountId()).stream()
                .map(certificate -> summary(certificate, language)).toList();
    }

    /** A certificate the caller may see (their own; staff and administrators any). */
    @PreAuthorize("isAuthenticated()")
    public CertificateSummary certificate(long certificateId, Language language) {
        return summary(reachable(certificateId), language);
    }

    /** The certificate if the caller may see it: its holder, staff or an administrator; else refused. */
    Certificate reachable(long certificateId) {
        KelisimPrincipal caller = caller();
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new AccessDeniedException("No certificate " + certificateId));
        if (certificate.getHolderId() != caller.accountId() && !seesAll(caller)) {
            throw new AccessDeniedException("Certificate " + certificateId + " is not the caller's");
        }
        return certificate;
    }

    static boolean seesAll(KelisimPrincipal caller) {
        return caller.hasRole(Roles.STAFF) || caller.hasRole(Roles.ADMIN);
    }

    CertificateSummary summary(Certificate c, Language language) {
        String title = switch (language) {
            case KK -> c.getTitleKk();
            case RU -> c.getTitleRu();
            case EN -> c.getTitleEn() == null ? c.getTitleRu() : c.getTitleEn();
        };
        return new CertificateSummary(c.getId(), c.getNumber(), c.getHolderId(), c.getHolderName(), title,
                c.getHours(), c.getStartsOn(), c.getEndsOn(), c.getIssuedOn(), c.getStatus(), c.getRevokedAt(),
                c.getRevocationCode(), c.getRevocationReason(), replacedBy(c),
                document.verificationUrl(c.getVerificationCode()));
    }

    /** The number of the certificate that replaced this one on a reissue, if one did. */
    private String replacedBy(Certificate c) {
        return c.getReplacedById() == null ? null
                : certificates.findById(c.getReplacedById()).map(Certificate::getNumber).orElse(null);
    }

    private String holderName(long userId) {
        String name = users.namesOf(Set.of(userId)).get(userId);
        if (name == null || name.isBlank()) {
            throw new RuleViolation("certificate.error.unknown-person");
        }
        return name;
    }

    private Map<Long, String> namesOf(Set<Long> ids) {
        return ids.isEmpty() ? Map.of() : users.namesOf(new HashSet<>(ids));
    }

    private KelisimPrincipal caller() {
        return currentUser.require();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
