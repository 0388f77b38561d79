package kz.kelisim.certificate;

import java.util.ArrayList;
import java.util.List;

import kz.kelisim.certificate.CertificateSettings.SeminarRules;
import kz.kelisim.certificate.CertificateViews.Reason;
import kz.kelisim.seminar.GradebookViews.GradebookRow;

/**
 * The seminar rules applied to one gradebook line: every rule not met becomes a reason, in the order
 * staff read them (already certified, final test, attendance, group exercises). No reason: eligible.
 */
final class SeminarEligibility {

    private SeminarEligibility() {
    }

    /** @param heldNumber the number of a valid certificate the person holds for the seminar, or null */
    static List<Reason> reasons(SeminarRules rules, GradebookRow row, String heldNumber) {
        List<Reason> reasons = new ArrayList<>();
        if (heldNumber != null) {
            reasons.add(Reason.of("certificate.reason.already-certified", heldNumber));
        }
        if (row.finalTest() == null) {
            reasons.add(Reason.of("certificate.reason.no-final-test"));
        } else if (row.finalTest() < rules.finalTestPassPercent()) {
            reasons.add(Reason.of("certificate.reason.final-test-below", Math.round(row.finalTest() * 10) / 10.0,
                    rules.finalTestPassPercent()));
        }
        if (row.attendance() == null || row.attendance() < rules.attendancePercent()) {
            reasons.add(Reason.of("certificate.reason.attendance-below",
                    row.attendance() == null ? 0 : row.attendance(), rules.attendancePercent()));
        }
        if (rules.exercisesGraded() && row.exercises() == null) {
            reasons.add(Reason.of("certificate.reason.exercises-not-graded"));
        }
        return List.copyOf(reasons);
    }
}
