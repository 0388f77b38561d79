package kz.kelisim.seminar;

import java.util.List;

import kz.kelisim.seminar.SeminarViews.Choice;

/** The gradebook of a seminar as the screens and exports show it. */
public final class GradebookViews {

    private GradebookViews() {
    }

    /**
     * One participant's results, each in percent and null when there is none yet: the pre-test and
     * final test (the mean over the seminar's courses that have one), the group exercises (the mean of
     * the graded exercises, with the trainer's adjustment for the person) and attendance. The IIN is
     * filled only for staff who asked for it.
     */
    public record GradebookRow(long userId, String fullName, String iin, Long groupId, String group, String regionId,
            String region, Double preTest, Double finalTest, Double exercises, Integer attendance) {
    }

    public record Gradebook(long seminarId, String title, List<Choice> groups, List<Choice> regions,
            List<GradebookRow> rows) {
    }
}
