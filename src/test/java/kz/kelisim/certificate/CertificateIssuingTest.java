package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kelisim.Acting;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.base.pdf.PdfText;
import kz.kelisim.base.Language;
import kz.kelisim.certificate.CertificateViews.BulkProgress;
import kz.kelisim.certificate.CertificateViews.Candidate;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseCompleted;
import kz.kelisim.course.CourseFolderTest;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.ReportFixture;
import kz.kelisim.quiz.Response;
import kz.kelisim.seminar.AttendanceService;
import kz.kelisim.seminar.AttendanceStatus;
import kz.kelisim.seminar.SeminarDetails;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarStatus;
import kz.kelisim.seminar.SessionDetails;
import kz.kelisim.seminar.SessionKind;

/**
 * Staff issue certificates to trainees who completed a course or meet a seminar's rules, and see why
 * the others may not have one yet. Group exercises are not asked for here (seminars have none yet);
 * that rule is in {@link SeminarEligibilityTest}.
 */
@Tag("persistence")
@TestPropertySource(properties = "kelisim.certificates.seminar-rules.exercises-graded=false")
class CertificateIssuingTest extends CourseFolderTest {

    private static final String COURSE = "certificate-course";
    private static final LocalDate START = LocalDate.of(2026, 10, 5);

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateEventRepository events;

    @Autowired
    CourseLoader loader;

    @Autowired
    CourseCatalogue catalogue;

    @Autowired
    AttemptService quizzes;

    @Autowired
    SeminarService seminars;

    @Autowired
    AttendanceService attendance;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(users, securityContext);
        ReportFixture.writeCourseWithPreAndFinalTest(FOLDER, COURSE);
        acting.as("admin", () -> loader.reloadAll());
    }

    private void completes(String trainee, String courseId) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(
                new CourseCompleted(acting.idOf(trainee), courseId, "1", Instant.parse("2026-11-03T06:00:00Z"))));
    }

    @Test
    void a_trainee_who_completed_a_course_gets_one_certificate_and_a_second_is_refused() {
        completes("trainee2", COURSE);
        long trainee = acting.idOf("trainee2");

        assertThat(acting.as("staff", () -> certificates.courseCandidates(COURSE)))
                .filteredOn(candidate -> candidate.userId() == trainee).singleElement()
                .satisfies(candidate -> assertThat(candidate.eligible()).isTrue());
        CertificateSummary issued = acting.as("staff", () -> certificates.issueForCourse(trainee, COURSE));

        assertThat(issued.number()).matches("KLS-\\d{4}-\\d{6}");
        assertThat(issued.holderName()).isEqualTo("Дмитрий Ким");
        assertThat(issued.title()).isEqualTo("Сынақ курсы");
        assertThat(issued.hours()).isEqualTo(2);
        assertThat(issued.endsOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(issued.verificationUrl()).startsWith("http://localhost:8080/verify/");
        assertThat(PdfText.of(acting.as("staff", () -> certificates.download(issued.id()))))
                .contains("Дмитрий Ким", "Сынақ курсы", "Тестовый курс", issued.number());
        assertThat(acting.as("staff", () -> certificates.courseCandidates(COURSE)))
                .filteredOn(candidate -> candidate.userId() == trainee).singleElement()
                .satisfies(candidate -> assertThat(candidate.reasons()).singleElement()
                        .satisfies(reason -> assertThat(reason.messageKey())
                                .isEqualTo("certificate.reason.already-certified")));
        assertThatThrownBy(() -> acting.as("admin", () -> certificates.issueForCourse(trainee, COURSE)))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate.error.already-certified");
    }

    @Test
    void a_course_certificate_is_refused_to_a_trainee_who_did_not_complete_the_course() {
        long trainee = acting.idOf("trainee3");

        assertThat(acting.as("staff", () -> certificates.courseCandidates(COURSE)))
                .noneMatch(candidate -> candidate.userId() == trainee);
        assertThatThrownBy(() -> acting.as("staff", () -> certificates.issueForCourse(trainee, COURSE)))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate.reason.course-not-completed");
    }

    @Test
    void a_completion_heard_twice_is_kept_once() {
        completes("trainee3", COURSE + "-twice");
        completes("trainee3", COURSE + "-twice");

        assertThat(acting.as("staff", () -> certificates.courseCandidates(COURSE + "-twice"))).hasSize(1);
    }

    @Test
    void seminar_participants_who_miss_a_rule_are_told_why_and_only_the_eligible_one_is_certified() {
        long passed = acting.idOf("trainee5");
        long missing = acting.idOf("trainee4");
        long seminarId = acting.as("trainer", () -> seminars.create(new SeminarDetails("Өңірлік келісім семинары",
                "Семинар регионального согласия", null, "Ақтау, Мәдениет үйі", "mangystau", START, START.plusDays(1),
                20, SeminarStatus.RUNNING, Set.of(COURSE))));
        for (long userId : List.of(passed, missing)) {
            acting.doAs("trainer", () -> seminars.addParticipant(seminarId, userId));
        }
        acting.doAs("trainee5", () -> catalogue.enrol(COURSE));
        long first = session(seminarId, 0, 4);
        long second = session(seminarId, 1, 4);
        acting.doAs("trainer", () -> attendance.everyonePresent(first));
        acting.doAs("trainer", () -> attendance.mark(second, passed, AttendanceStatus.PRESENT));
        acting.doAs("trainer", () -> attendance.mark(second, missing, AttendanceStatus.ABSENT));
        takeFinalTest("trainee5");

        List<Candidate> candidates = acting.as("staff", () -> certificates.seminarCandidates(seminarId));

        Candidate eligible = candidates.stream().filter(c -> c.userId() == passed).findFirst().orElseThrow();
        assertThat(eligible.finalTest()).isEqualTo(80.0);
        assertThat(eligible.attendance()).isEqualTo(100);
        assertThat(eligible.eligible()).isTrue();
        Candidate refused = candidates.stream().filter(c -> c.userId() == missing).findFirst().orElseThrow();
        assertThat(refused.reasons()).extracting(CertificateViews.Reason::messageKey)
                .containsExactly("certificate.reason.no-final-test", "certificate.reason.attendance-below");
        assertThat(refused.reasons().get(1).arguments()).containsExactly(50, 80);

        CertificateSummary issued = acting.as("staff", () -> certificates.issueForSeminar(seminarId, passed));
        assertThat(issued.hours()).as("the seminar's academic hours").isEqualTo(8);
        assertThat(issued.startsOn()).isEqualTo(START);
        assertThat(issued.endsOn()).isEqualTo(START.plusDays(1));
        assertThat(PdfText.of(acting.as("staff", () -> certificates.download(issued.id()))))
                .contains("Бауыржан Һашимов", "Өңірлік келісім семинары", "Ақтау, Мәдениет үйі", "8 академиялық сағат");
        assertThatThrownBy(() -> acting.as("staff", () -> certificates.issueForSeminar(seminarId, missing)))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate.reason.no-final-test");
    }

    @Test
    void a_seminar_with_its_own_rules_judges_its_participants_by_them_and_by_the_general_rules_again_after_a_reset() {
        String course = COURSE + "-rules"; // attempts of its own: the other tests use up COURSE's
        ReportFixture.writeCourseWithPreAndFinalTest(FOLDER, course);
        acting.as("admin", () -> loader.reloadAll());
        long passed = acting.idOf("trainee5");
        long missing = acting.idOf("trainee4");
        long seminarId = acting.as("trainer", () -> seminars.create(new SeminarDetails("Өз ережелері бар семинар",
                "Семинар со своими правилами", null, "Орал", "west-kazakhstan", START, START.plusDays(1), 20,
                SeminarStatus.RUNNING, Set.of(course))));
        for (long userId : List.of(passed, missing)) {
            acting.doAs("trainer", () -> seminars.addParticipant(seminarId, userId));
        }
        acting.doAs("trainee5", () -> catalogue.enrol(course));
        long first = session(seminarId, 0, 4);
        long second = session(seminarId, 1, 4);
        acting.doAs("trainer", () -> attendance.everyonePresent(first));
        acting.doAs("trainer", () -> attendance.mark(second, passed, AttendanceStatus.PRESENT));
        acting.doAs("trainer", () -> attendance.mark(second, missing, AttendanceStatus.ABSENT));
        takeFinalTest("trainee5", course);
        assertThat(acting.as("staff", () -> certificates.seminarRules(seminarId)))
                .isEqualTo(new CertificateViews.EligibilityRules(60, 80, false, false));

        acting.as("staff", () -> certificates.saveSeminarRules(seminarId,
                new CertificateViews.EligibilityRules(90, 50, true, true)));

        assertThat(acting.as("admin", () -> certificates.seminarRules(seminarId)))
                .isEqualTo(new CertificateViews.EligibilityRules(90, 50, true, true));
        List<Candidate> judged = acting.as("staff", () -> certificates.seminarCandidates(seminarId));
        Candidate strict = judged.stream().filter(c -> c.userId() == passed).findFirst().orElseThrow();
        assertThat(strict.reasons()).extracting(CertificateViews.Reason::messageKey)
                .containsExactly("certificate.reason.final-test-below", "certificate.reason.exercises-not-graded");
        assertThat(strict.reasons().getFirst().arguments()).containsExactly(80.0, 90);
        Candidate halfPresent = judged.stream().filter(c -> c.userId() == missing).findFirst().orElseThrow();
        assertThat(halfPresent.reasons()).extracting(CertificateViews.Reason::messageKey)
                .doesNotContain("certificate.reason.attendance-below");
        assertThatThrownBy(() -> acting.as("staff", () -> certificates.issueForSeminar(seminarId, passed)))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate.reason.final-test-below");
        assertThatThrownBy(() -> acting.as("staff", () -> certificates.saveSeminarRules(seminarId,
                new CertificateViews.EligibilityRules(101, 50, true, true))))
                .isInstanceOf(RuleViolation.class).hasMessage("certificate.rules.error.percent");
        assertThatThrownBy(() -> acting.as("staff", () -> certificates.saveSeminarRules(seminarId,
                new CertificateViews.EligibilityRules(0, 80, true, true))))
                .as("a pass mark of 0 % would certify a 7 % result").isInstanceOf(RuleViolation.class)
                .hasMessage("certificate.rules.error.percent");
        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.saveSeminarRules(seminarId,
                new CertificateViews.EligibilityRules(0, 0, false, true))))
                .isInstanceOf(AccessDeniedException.class);

        acting.as("staff", () -> certificates.useGlobalSeminarRules(seminarId));

        assertThat(acting.as("staff", () -> certificates.seminarCandidates(seminarId)).stream()
                .filter(c -> c.userId() == passed).findFirst().orElseThrow().eligible()).isTrue();
    }

    @Test
    void a_bulk_issue_certifies_every_eligible_participant_in_the_background_and_prints_them_together()
            throws Exception {
        long seminarId = acting.as("staff", () -> seminars.create(new SeminarDetails("Топтық басып шығару",
                "Пакетная печать", null, "Қызылорда", "kyzylorda", START, START, 40, SeminarStatus.RUNNING,
                Set.of(COURSE))));
        List<String> passing = List.of("trainee4", "trainee5");
        for (String trainee : List.of("trainee3", "trainee4", "trainee5")) {
            long userId = acting.idOf(trainee);
            acting.doAs("staff", () -> seminars.addParticipant(seminarId, userId));
        }
        long day = acting.as("staff", () -> seminars.addSession(seminarId, new SessionDetails(START,
                LocalTime.of(9, 0), LocalTime.of(15, 0), SessionKind.PRACTICAL, "Кейс", 6, "2", null)));
        acting.doAs("staff", () -> attendance.everyonePresent(day));
        for (String trainee : passing) {
            acting.doAs(trainee, () -> catalogue.enrol(COURSE));
            takeFinalTest(trainee);
        }

        assertThat(acting.as("staff", () -> certificates.seminarEligibleCount(seminarId))).as("asked before the run")
                .isEqualTo(2);
        BulkProgress started = acting.as("staff", () -> certificates.startSeminarIssue(seminarId));
        assertThat(started.total()).as("trainee3 has no final test").isEqualTo(2);
        BulkProgress done = waitUntilFinished(seminarId);

        assertThat(done.issued()).isEqualTo(2);
        assertThat(done.failed()).isFalse();
        assertThat(done.fraction()).isEqualTo(1.0);
        List<Candidate> after = acting.as("staff", () -> certificates.seminarCandidates(seminarId));
        assertThat(after).filteredOn(candidate -> candidate.userId() != acting.idOf("trainee3"))
                .allSatisfy(candidate -> assertThat(candidate.reasons()).extracting(CertificateViews.Reason::messageKey)
                        .containsExactly("certificate.reason.already-certified"));
        byte[] merged = acting.as("staff", () -> certificates.seminarPdf(seminarId));
        assertThat(PdfText.pages(merged)).as("exactly one page per certificate").isEqualTo(2);
        assertThat(PdfText.of(merged)).contains("Анна Шмидт", "Бауыржан Һашимов", "Топтық басып шығару",
                "6 академиялық сағат");
        Map<String, byte[]> zipped = unzip(acting.as("staff", () -> certificates.seminarZip(seminarId)));
        assertThat(zipped).hasSize(2);
        List<CertificateSummary> issued = acting.as("staff", () -> certificates.registry(new CertificateViews
                .RegistryFilter(null, null, "Топтық басып шығару", null, null, null), 0, 10, Language.KK));
        assertThat(zipped.keySet()).as("named by number and holder, by holder")
                .allSatisfy(name -> assertThat(name).matches("KLS-\\d{4}-\\d{6} .+\\.pdf"));
        for (CertificateSummary certificate : issued) {
            assertThat(zipped.get(certificate.number() + " " + certificate.holderName() + ".pdf"))
                    .isEqualTo(acting.as("staff", () -> certificates.download(certificate.id())));
        }
        assertThat(acting.as("staff", () -> certificates.startSeminarIssue(seminarId)).total())
                .as("nobody is left").isZero();
        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.startSeminarIssue(seminarId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private BulkProgress waitUntilFinished(long seminarId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            BulkProgress now = acting.as("staff", () -> certificates.seminarIssueProgress(seminarId)).orElseThrow();
            if (now.finished()) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The bulk issue did not finish in 30 seconds");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> files = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void trainers_and_trainees_cannot_issue_certificates() {
        completes("trainee", COURSE);
        long trainee = acting.idOf("trainee");

        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.issueForCourse(trainee, COURSE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainee", () -> certificates.issueForCourse(trainee, COURSE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as("trainer", () -> certificates.courseCandidates(COURSE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void downloading_again_gives_the_same_bytes_and_staff_downloads_are_in_the_audit_trail() {
        completes("trainee3", COURSE);
        long trainee = acting.idOf("trainee3");
        CertificateSummary issued = acting.as("staff", () -> certificates.issueForCourse(trainee, COURSE));

        byte[] first = acting.as("trainee3", () -> certificates.download(issued.id()));
        byte[] again = acting.as("staff", () -> certificates.download(issued.id()));

        assertThat(again).isEqualTo(first);
        assertThat(events.findByCertificateIdOrderByHappenedAtAscIdAsc(issued.id()))
                .extracting(CertificateEvent::getAction)
                .containsExactly(CertificateAction.ISSUED, CertificateAction.DOWNLOADED);
    }

    private long session(long seminarId, int day, int hours) {
        return acting.as("trainer", () -> seminars.addSession(seminarId, new SessionDetails(START.plusDays(day),
                LocalTime.of(9, 0), LocalTime.of(9 + hours, 0), SessionKind.LECTURE, "Дәріс", hours, "1", null)));
    }

    private void takeFinalTest(String trainee) {
        takeFinalTest(trainee, COURSE);
    }

    private void takeFinalTest(String trainee, String courseId) {
        Map<String, Response> right = Map.of("capital", new Response.Selected(Set.of("astana")),
                "founded", new Response.TrueOrFalse(true), "law-year", new Response.Typed("2011"),
                "council", new Response.Typed("согласие"));
        acting.doAs(trainee, () -> {
            long id = quizzes.startOrResume(courseId, ReportFixture.FINAL);
            right.forEach((question, response) -> quizzes.saveAnswer(id, question, response));
            quizzes.submit(id);
        });
    }
}
