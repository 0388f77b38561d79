package kz.kelisim.seminar;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the group-exercise screens show and send, holding only what the caller may see. */
public final class ExerciseViews {

    private ExerciseViews() {
    }

    /** A level of a criterion ("good", 3 points). */
    public record Level(String label, int points) {
    }

    /** A criterion of a rubric with its levels, lowest first. */
    public record Criterion(String title, List<Level> levels) {

        public int maxPoints() {
            return levels.stream().mapToInt(Level::points).max().orElse(0);
        }
    }

    /** Criteria x levels with points; the most a group can get is the sum of each criterion's best level. */
    /** The rubric of the demo exercises: analysis and plan, 5 points each. */
    public static final Rubric DEMO_RUBRIC = new Rubric(List.of(
            new Criterion("Тараптар мен мүдделерді талдау", List.of(new Level("Үстірт", 0), new Level("Жеткілікті", 3),
                    new Level("Терең", 5))),
            new Criterion("Медиация қадамдарының жоспары", List.of(new Level("Жоқ", 0), new Level("Ішінара", 3),
                    new Level("Толық", 5)))));

    public record Rubric(List<Criterion> criteria) {

        public int maxPoints() {
            return criteria.stream().mapToInt(Criterion::maxPoints).sum();
        }
    }

    /**
     * A new exercise: the case written here ({@code caseText}, Markdown) or a case-study activity of
     * one of the seminar's courses ({@code courseId} + {@code activityId}).
     */
    public record ExerciseDetails(String title, String caseText, String courseId, String activityId,
            Instant deadline, Rubric rubric) {

        public static final int MAX_TITLE = 300;
        public static final int MAX_CASE = 100_000;
    }

    /** A case-study activity a trainer may give as an exercise. */
    /** A course's case for an exercise; {@code roleCards}: how many parties' cards its group exercise hands out. */
    public record CaseChoice(String courseId, String activityId, String title, int roleCards) {
    }

    /**
     * The role cards of a group's exercise as the caller may see them: a member, their own card
     * only; those who run the seminar, every card with who holds it. Empty when the exercise has none.
     */
    public record RoleCards(List<HandedCard> cards, boolean everyCard) {
    }

    /** A party's confidential instructions and the members of the group who play it. */
    public record HandedCard(String cardId, String title, String html, List<String> holders) {
    }

    public record GroupChoice(long id, String name) {
    }

    /** An exercise in a list: for a trainer every assigned group, for a trainee their own. */
    public record ExerciseRow(long id, String title, Instant deadline, List<GroupState> groups) {
    }

    /** A group's progress on an exercise; {@code points} once graded. */
    public record GroupState(long groupId, String group, long workspaceId, Instant submittedAt, Integer points,
            int maxPoints) {
    }

    /** A field as last saved: its value, the version a save must name, who saved it and when. */
    public record FieldState(String value, long version, String updatedBy, Instant updatedAt) {
    }

    public record AttachmentView(long id, String fileName, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    /** An attachment's bytes, for downloading. */
    public record AttachmentFile(String fileName, String mediaType, byte[] content) {
    }

    /**
     * A member's points: the group's grade plus the trainer's adjustment for them (kept within 0 and
     * the rubric's maximum).
     */
    public record MemberGrade(long userId, String fullName, int adjustment, String reason, int points) {
    }

    /** The group's grade: the level chosen per criterion (by index), total, comment, and members' points. */
    public record GradeView(List<Integer> levels, int points, int maxPoints, String comment, Instant gradedAt,
            List<MemberGrade> members) {
    }

    /**
     * A workspace as the caller sees it. {@code open}: neither submitted nor past its deadline;
     * {@code editable}: open and the caller is a member; {@code mayGrade}: the caller runs the seminar.
     */
    public record WorkspacePage(long workspaceId, long exerciseId, long seminarId, String exerciseTitle,
            String caseHtml, Instant deadline, String group, List<String> members,
            Map<TemplateField, FieldState> fields, List<AttachmentView> attachments, Instant submittedAt,
            String submittedBy, boolean open, boolean editable, boolean mayGrade, Rubric rubric, GradeView grade) {
    }

    /** What a save did: saved (with the new version), or refused because someone saved the field first. */
    public sealed interface SaveResult permits Saved, Conflict {
    }

    public record Saved(long version, Instant at) implements SaveResult {
    }

    /** Someone else saved the field since the caller last saw it: their value, its version, who and when. */
    public record Conflict(String theirValue, long version, String by, Instant at) implements SaveResult {
    }
}
