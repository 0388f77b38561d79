package kz.kelisim.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kz.kelisim.certificate.CertificateSettings.SeminarRules;
import kz.kelisim.certificate.CertificateViews.Reason;
import kz.kelisim.seminar.GradebookViews.GradebookRow;

/** The seminar rules: final test at the pass mark, attendance at the percentage, exercises graded where required. */
class SeminarEligibilityTest {

    private static final SeminarRules RULES = new SeminarRules(60, 80, true);

    private static GradebookRow row(Double finalTest, Integer attendance, Double exercises) {
        return new GradebookRow(1, "Гүлнұр Өтебаева", null, null, null, null, null, null, finalTest, exercises,
                attendance);
    }

    @Test
    void a_participant_at_the_pass_mark_with_enough_attendance_and_graded_exercises_is_eligible() {
        assertThat(SeminarEligibility.reasons(RULES, row(60.0, 80, 70.0), null)).isEmpty();
    }

    @Test
    void each_unmet_rule_is_a_reason_with_the_figures_staff_need() {
        assertThat(SeminarEligibility.reasons(RULES, row(59.6, 79, null), null)).containsExactly(
                Reason.of("certificate.reason.final-test-below", 59.6, 60),
                Reason.of("certificate.reason.attendance-below", 79, 80),
                Reason.of("certificate.reason.exercises-not-graded"));
    }

    @Test
    void no_final_test_and_no_attendance_marks_are_reasons_too() {
        assertThat(SeminarEligibility.reasons(RULES, row(null, null, 90.0), null)).extracting(Reason::messageKey)
                .containsExactly("certificate.reason.no-final-test", "certificate.reason.attendance-below");
    }

    @Test
    void exercises_are_not_asked_for_when_the_rules_do_not_require_them() {
        assertThat(SeminarEligibility.reasons(new SeminarRules(60, 80, false), row(75.0, 100, null), null)).isEmpty();
    }

    @Test
    void a_valid_certificate_already_held_is_a_reason() {
        assertThat(SeminarEligibility.reasons(RULES, row(90.0, 100, 90.0), "KLS-2026-000007"))
                .containsExactly(Reason.of("certificate.reason.already-certified", "KLS-2026-000007"));
    }
}
