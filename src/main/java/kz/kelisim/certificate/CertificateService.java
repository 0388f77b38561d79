package kz.kelisim.certificate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateViews.Candidate;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.certificate.CertificateViews.Reason;
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
 * Certificates of advanced training: who may have one and why not, issuing (academy staff and
 * administrators), and downloading the stored PDF (its holder, staff and administrators; trainers
 * none). Every issue and every download by staff goes into the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

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

    CertificateService(CertificateRepository certificates, CertificatePdfRepository pdfs,
            CertificateEventRepository events, CourseCompletionRepository completions, CertificateIssuing issuing,
            CertificateDocument document, CertificateSettings settings, CourseParticipation courses,
            SeminarService seminars, GradebookService gradebooks, UserService users, CurrentUser currentUser,
            java.time.Clock clock, VerificationRateLimit rateLimit) {
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
     * who may not have a certificate, every rule they do not meet ({@link SeminarEligibility}).
     */
    @PreAuthorize(STAFF)
    public List<Candidate> seminarCandidates(long seminarId) {
        Map<Long, String> held = certificates.findValidForSeminar(seminarId).stream()
                .collect(Collectors.toMap(Certificate::getHolderId, Certificate::getNumber, (a, b) -> a));
        return gradebooks.gradebook(seminarId, Language.KK, false).rows().stream()
                .map(row -> new Candidate(row.userId(), row.fullName(), row.finalTest(), row.attendance(),
                        row.exercises(), SeminarEligibility.reasons(settings.seminarRules(), row, held.get(row.userId()))))
                .toList();
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
        SeminarPage page = seminars.seminar(seminarId, Language.KK);
        SeminarDetails details = page.details();
        int hours = page.sessions().stream().mapToInt(SessionView::academicHours).sum();
        CertificateDraft draft = new CertificateDraft(userId, candidate.fullName(), null, seminarId,
                details.titleKk(), details.titleRu(), blankToNull(details.titleEn()), hours, details.startsOn(),
                details.endsOn(), details.venue());
        return summary(issuing.issue(draft, caller().accountId(), CertificateAction.ISSUED, null), Language.KK);
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
        return certificates.findByVerificationCode(code).map(c -> new Verification(c.getNumber(), c.getHolderName(),
                c.getTitleKk(), c.getTitleRu(), c.getTitleEn(), c.getHours(), c.getStartsOn(), c.getEndsOn(),
                c.getIssuedOn(), c.getOrganisationKk(), c.getOrganisationRu(), c.getStatus(), c.getRevokedAt(),
                c.getRevocationReason()));
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
                c.getRevocationReason(), document.verificationUrl(c.getVerificationCode()));
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
