package kz.kelisim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.base.Language;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateViews.Candidate;
import kz.kelisim.certificate.CertificateViews.Reason;
import kz.kelisim.quiz.GradingService;
import kz.kelisim.quiz.QuizReportService;
import kz.kelisim.quiz.QuizReports.AttemptsToAnalyse;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.SeminarService;

/**
 * Demo data that demonstrates: from the first start staff can issue seminar certificates to most of
 * the finished seminar's participants and read why the others may not, the test report has its
 * statistics, the group exercise is graded, and the trainer still has essays to grade.
 */
@SpringBootTest(properties = {"kelisim.demo.attempts=true", "kelisim.demo.seminar=true"})
class DemoDataTest {

    @Autowired
    SeminarService seminars;

    @Autowired
    CertificateService certificates;

    @Autowired
    QuizReportService reports;

    @Autowired
    GroupExerciseService exercises;

    @Autowired
    GradingService grading;

    @Autowired
    DemoCompletedSeminar completed;

    @Autowired
    DemoSampleAttempts sample;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void staff_can_issue_certificates_to_most_of_the_finished_seminar_and_see_why_the_others_may_not() {
        Acting acting = new Acting(users, securityContext);
        long seminarId = acting.as("staff", () -> seminars.mySeminars(Language.KK)).stream()
                .filter(seminar -> seminar.title().equals(DemoCompletedSeminar.TITLE_KK)).findFirst().orElseThrow().id();

        List<Candidate> candidates = acting.as("staff", () -> certificates.seminarCandidates(seminarId));

        assertThat(candidates).hasSize(13);
        assertThat(candidates).filteredOn(Candidate::eligible).as("eligible, two of them issued already")
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(candidates).flatExtracting(Candidate::reasons).extracting(Reason::messageKey)
                .contains("certificate.reason.attendance-below", "certificate.reason.final-test-below",
                        "certificate.reason.already-certified");
        assertThat(acting.as("trainer", () -> exercises.exercises(seminarId, Language.KK))).singleElement()
                .satisfies(exercise -> assertThat(exercise.groups()).hasSize(3)
                        .allSatisfy(group -> assertThat(group.points()).isNotNull()));
    }

    @Test
    void the_test_report_has_statistics_at_once_and_the_trainer_still_has_essays_to_grade() {
        Acting acting = new Acting(users, securityContext);

        var report = acting.as("trainer", () -> reports.statistics(DemoCompletedSeminar.COURSE, "final-test",
                AttemptsToAnalyse.ALL, Language.KK));

        assertThat(report.analysed()).as("the finished seminar's thirteen final tests, essays graded").isEqualTo(13);
        assertThat(report.statistics()).isPresent();
        assertThat(acting.as("trainer", () -> grading.essaysWaiting())).as("the sample course's essays wait")
                .isPositive();
    }

    @Test
    void a_second_start_adds_no_demo_data() {
        Acting acting = new Acting(users, securityContext);
        int before = acting.as("staff", () -> seminars.mySeminars(Language.KK)).size();

        completed.run(null);
        sample.run(null);

        assertThat(acting.as("staff", () -> seminars.mySeminars(Language.KK))).hasSize(before);
    }
}
