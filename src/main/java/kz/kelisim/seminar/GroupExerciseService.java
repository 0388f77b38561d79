package kz.kelisim.seminar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.FileNames;
import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.base.ZipLimits;
import kz.kelisim.course.ActivityType;
import kz.kelisim.course.CourseContent.Activity;
import kz.kelisim.course.CourseContent;
import kz.kelisim.course.CourseParticipation;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.ExerciseViews.AttachmentFile;
import kz.kelisim.seminar.ExerciseViews.AttachmentView;
import kz.kelisim.seminar.ExerciseViews.CaseChoice;
import kz.kelisim.seminar.ExerciseViews.Conflict;
import kz.kelisim.seminar.ExerciseViews.Criterion;
import kz.kelisim.seminar.ExerciseViews.ExerciseDetails;
import kz.kelisim.seminar.ExerciseViews.ExerciseRow;
import kz.kelisim.seminar.ExerciseViews.FieldState;
import kz.kelisim.seminar.ExerciseViews.GradeView;
import kz.kelisim.seminar.ExerciseViews.GroupChoice;
import kz.kelisim.seminar.ExerciseViews.GroupState;
import kz.kelisim.seminar.ExerciseViews.Level;
import kz.kelisim.seminar.ExerciseViews.MemberGrade;
import kz.kelisim.seminar.ExerciseViews.Rubric;
import kz.kelisim.seminar.ExerciseViews.SaveResult;
import kz.kelisim.seminar.ExerciseViews.Saved;
import kz.kelisim.seminar.ExerciseViews.WorkspacePage;
import kz.kelisim.user.UserService;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Group exercises: a trainer gives a case to some or all groups of a seminar with a deadline and a
 * rubric; each group works in a shared workspace (the conflict-analysis template, attachments),
 * submits it, and is graded with the rubric, with per-person adjustments.
 *
 * <p>Who may do what, checked here for every caller: those who run the seminar (its trainers,
 * staff, administrators) create, assign, read every workspace and grade; a trainee reads and edits
 * only the workspace of their own group, and only of exercises assigned to it. Any other workspace,
 * exercise or attachment is "not found", whatever its id.
 *
 * <p>Saving as typed: each field has a version; a save names the version the member last saw and is
 * refused, with the value someone else saved meanwhile, when that is no longer the field's version.
 * Nothing is overwritten silently.
 */
@Service
@Transactional(readOnly = true)
public class GroupExerciseService {

    private static final String NOT_FOUND = "exercise.error.not-found";
    private static final TypeReference<List<Map<String, String>>> ROWS = new TypeReference<>() {
    };
    private static final TypeReference<List<Integer>> LEVELS = new TypeReference<>() {
    };
    public static final int MAX_CRITERIA = 20;
    public static final int MAX_LEVELS = 10;
    public static final int MAX_LEVEL_POINTS = 100;
    public static final int MAX_REASON = 500;
    /** The most an attachment may weigh. */
    public static final int MAX_ATTACHMENT_BYTES = AttachmentTypes.MAX_BYTES;

    private final GroupExerciseRepository exercises;
    private final ExerciseWorkspaceRepository workspaces;
    private final WorkspaceFieldRepository fields;
    private final WorkspaceAttachmentRepository attachments;
    private final GradeAdjustmentRepository adjustments;
    private final SeminarGroupRepository groups;
    private final ParticipantRepository participants;
    private final SeminarRepository seminars;
    private final SeminarAccess access;
    private final UserService users;
    private final CourseParticipation courses;
    private final JsonMapper json;
    private final Clock clock;

    GroupExerciseService(GroupExerciseRepository exercises, ExerciseWorkspaceRepository workspaces,
            WorkspaceFieldRepository fields, WorkspaceAttachmentRepository attachments,
            GradeAdjustmentRepository adjustments, SeminarGroupRepository groups, ParticipantRepository participants,
            SeminarRepository seminars, SeminarAccess access, UserService users, CourseParticipation courses,
            JsonMapper json, Clock clock) {
        this.exercises = exercises;
        this.workspaces = workspaces;
        this.fields = fields;
        this.attachments = attachments;
        this.adjustments = adjustments;
        this.groups = groups;
        this.participants = participants;
        this.seminars = seminars;
        this.access = access;
        this.users = users;
        this.courses = courses;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The seminar's exercises, earliest deadline first: for those who run it every exercise with
     * every group it is assigned to; for a trainee those assigned to their group, with that group only.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ExerciseRow> exercises(long seminarId) {
        return exercises(seminarId, Language.KK);
    }

    /** As {@link #exercises(long)}, with group names in the reader's language. */
    @PreAuthorize("isAuthenticated()")
    public List<ExerciseRow> exercises(long seminarId, Language language) {
        Seminar seminar = access.visible(seminarId);
        boolean manages = access.mayManage(seminar);
        Long myGroup = manages ? null : myGroupIn(seminarId).orElse(null);
        if (!manages && myGroup == null) {
            return List.of();
        }
        List<GroupExercise> found = exercises.findBySeminarIdOrderByDeadlineAscIdAsc(seminarId);
        Map<Long, String> groupNames = groups.findBySeminarIdOrderById(seminarId).stream()
                .collect(Collectors.toMap(SeminarGroup::getId, group -> group.name(language)));
        Map<Long, List<ExerciseWorkspace>> byExercise = workspaces
                .findByExerciseIdIn(found.stream().map(GroupExercise::getId).toList()).stream()
                .filter(workspace -> manages || workspace.getGroupId() == myGroup)
                .collect(Collectors.groupingBy(ExerciseWorkspace::getExerciseId));
        List<ExerciseRow> rows = new ArrayList<>();
        for (GroupExercise exercise : found) {
            List<ExerciseWorkspace> assigned = byExercise.getOrDefault(exercise.getId(), List.of());
            if (!manages && assigned.isEmpty()) {
                continue;
            }
            int max = rubric(exercise).maxPoints();
            rows.add(new ExerciseRow(exercise.getId(), exercise.getTitle(), exercise.getDeadline(),
                    assigned.stream().sorted(Comparator.comparingLong(ExerciseWorkspace::getGroupId))
                            .map(workspace -> new GroupState(workspace.getGroupId(),
                                    groupNames.getOrDefault(workspace.getGroupId(), ""), workspace.getId(),
                                    workspace.getSubmittedAt(), workspace.getGradePoints(), max))
                            .toList()));
        }
        return rows;
    }

    /** The seminar's groups, to assign an exercise to. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public List<GroupChoice> groups(long seminarId, Language language) {
        access.manageable(seminarId);
        return groups.findBySeminarIdOrderById(seminarId).stream()
                .map(group -> new GroupChoice(group.getId(), group.name(language))).toList();
    }

    /**
     * The case-study and group-exercise activities of the seminar's courses, titled in the reader's
     * language (a group exercise with role cards says how many).
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public List<CaseChoice> cases(long seminarId, Language language) {
        Seminar seminar = access.manageable(seminarId);
        List<CaseChoice> choices = new ArrayList<>();
        for (String courseId : seminar.getCourseIds()) {
            courses.content(courseId).ifPresent(content -> content.lessons().stream()
                    .flatMap(lesson -> lesson.activities().stream())
                    .filter(GroupExerciseService::isCase)
                    .forEach(activity -> choices.add(new CaseChoice(courseId, activity.id(),
                            content.title().in(content.languageFor(language)) + " · "
                                    + activity.title().in(content.languageFor(language)),
                            activity.roleCards().size()))));
        }
        return choices;
    }

    /**
     * Creates an exercise of the seminar (not yet assigned to any group).
     *
     * @throws RuleViolation naming the first thing wrong with the details
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public long create(long seminarId, ExerciseDetails details) {
        Seminar seminar = access.manageable(seminarId);
        check(seminar, details);
        GroupExercise exercise = new GroupExercise(seminarId, access.caller().accountId(), clock.instant());
        boolean fromCourse = blank(details.caseText());
        exercise.describe(details.title().strip(), fromCourse ? null : details.caseText(),
                fromCourse ? details.courseId() : null, fromCourse ? details.activityId() : null,
                details.deadline(), json.writeValueAsString(details.rubric()));
        return exercises.save(exercise).getId();
    }

    /**
     * Assigns the exercise to these groups of its seminar, each getting an empty workspace; groups
     * that have it already keep their work.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void assign(long exerciseId, Collection<Long> groupIds) {
        GroupExercise exercise = exercises.findById(exerciseId).orElseThrow(() -> new NotFound(NOT_FOUND));
        access.manageable(exercise.getSeminarId());
        Set<Long> ofSeminar = groups.findBySeminarIdOrderById(exercise.getSeminarId()).stream()
                .map(SeminarGroup::getId).collect(Collectors.toSet());
        for (long groupId : new LinkedHashSet<>(groupIds)) {
            if (!ofSeminar.contains(groupId)) {
                throw new RuleViolation("exercise.error.group-unknown");
            }
            if (workspaces.findByExerciseIdAndGroupId(exerciseId, groupId).isEmpty()) {
                long workspaceId = workspaces.save(new ExerciseWorkspace(exerciseId, groupId)).getId();
                for (TemplateField field : TemplateField.values()) {
                    fields.save(new WorkspaceField(workspaceId, field.key()));
                }
            }
        }
    }

    /** The caller's group's workspace of the exercise: "not found" if it is not assigned to their group. */
    @PreAuthorize("isAuthenticated()")
    public long myWorkspace(long exerciseId) {
        GroupExercise exercise = exercises.findById(exerciseId).orElseThrow(() -> new NotFound(NOT_FOUND));
        return myGroupIn(exercise.getSeminarId())
                .flatMap(groupId -> workspaces.findByExerciseIdAndGroupId(exerciseId, groupId))
                .map(ExerciseWorkspace::getId).orElseThrow(() -> new NotFound(NOT_FOUND));
    }

    /** A workspace for its group's members and those who run the seminar; the grade once there is one. */
    @PreAuthorize("isAuthenticated()")
    public WorkspacePage workspace(long workspaceId, Language language) {
        Resolved found = readable(workspaceId);
        ExerciseWorkspace workspace = found.workspace();
        GroupExercise exercise = found.exercise();
        List<WorkspaceField> saved = fields.findByWorkspaceId(workspaceId);
        List<WorkspaceAttachmentRepository.Listed> files = attachments.findByWorkspaceIdOrderById(workspaceId);
        List<Participant> members = participants.findByGroupId(workspace.getGroupId());
        Set<Long> people = new HashSet<>();
        saved.stream().map(WorkspaceField::getUpdatedBy).filter(Objects::nonNull).forEach(people::add);
        files.forEach(file -> people.add(file.getUploadedBy()));
        members.forEach(member -> people.add(member.getUserId()));
        if (workspace.getSubmittedBy() != null) {
            people.add(workspace.getSubmittedBy());
        }
        Map<Long, String> names = people.isEmpty() ? Map.of() : users.namesOfColleagues(people);
        Map<TemplateField, FieldState> values = new EnumMap<>(TemplateField.class);
        for (WorkspaceField field : saved) {
            TemplateField.byKey(field.getFieldKey()).ifPresent(key -> values.put(key, new FieldState(
                    field.getValue() == null ? "" : field.getValue(), field.getVersion(),
                    field.getUpdatedBy() == null ? null : names.get(field.getUpdatedBy()), field.getUpdatedAt())));
        }
        Rubric rubric = rubric(exercise);
        GradeView grade = null;
        if (workspace.isGraded()) {
            long caller = access.caller().accountId();
            Map<Long, GradeAdjustment> adjusted = adjustments.findByWorkspaceId(workspaceId).stream()
                    .collect(Collectors.toMap(GradeAdjustment::getUserId, Function.identity()));
            List<MemberGrade> memberGrades = members.stream()
                    .filter(member -> found.manages() || member.getUserId() == caller)
                    .map(member -> memberGrade(member.getUserId(), names, workspace, rubric,
                            adjusted.get(member.getUserId())))
                    .sorted(Comparator.comparing(MemberGrade::fullName)).toList();
            grade = new GradeView(json.readValue(workspace.getGradeLevels(), LEVELS), workspace.getGradePoints(),
                    rubric.maxPoints(), workspace.getGradeComment(), workspace.getGradedAt(), memberGrades);
        }
        String group = groups.findById(workspace.getGroupId()).map(seminarGroup -> seminarGroup.name(language)).orElse("");
        return new WorkspacePage(workspaceId, exercise.getId(), exercise.getSeminarId(), exercise.getTitle(),
                caseHtml(exercise, language), exercise.getDeadline(), group,
                members.stream().map(member -> names.getOrDefault(member.getUserId(), "")).sorted().toList(), values,
                files.stream().map(file -> new AttachmentView(file.getId(), file.getFileName(), file.getSizeBytes(),
                        names.get(file.getUploadedBy()), file.getUploadedAt())).toList(),
                workspace.getSubmittedAt(),
                workspace.getSubmittedBy() == null ? null : names.get(workspace.getSubmittedBy()),
                isOpen(workspace, exercise), found.member() && isOpen(workspace, exercise), found.manages(), rubric,
                grade);
    }

    /**
     * Saves a field of the caller's group's workspace, if it still has the version the caller last
     * saw. Two members saving one field at the same moment take turns: the first is saved, the
     * second gets the first one's value back as a {@link Conflict} to merge with their own.
     *
     * @param seenVersion the field's version when the caller last read or saved it
     * @throws RuleViolation if the workspace is submitted or past its deadline, or the value is malformed
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SaveResult saveField(long workspaceId, TemplateField field, String value, long seenVersion) {
        Resolved found = editable(workspaceId);
        String text = value == null ? "" : value;
        check(field, text);
        WorkspaceField current = fields.lock(found.workspace().getId(), field.key())
                .orElseThrow(() -> new NotFound(NOT_FOUND));
        if (current.getVersion() != seenVersion) {
            String by = current.getUpdatedBy() == null ? null
                    : users.namesOfColleagues(Set.of(current.getUpdatedBy())).get(current.getUpdatedBy());
            return new Conflict(current.getValue() == null ? "" : current.getValue(), current.getVersion(), by,
                    current.getUpdatedAt());
        }
        Instant now = clock.instant();
        current.change(text, access.caller().accountId(), now);
        return new Saved(current.getVersion(), now);
    }

    /**
     * Attaches a file to the caller's group's workspace: at most {@link #MAX_ATTACHMENT_BYTES}, and a
     * PDF, Word (docx), Excel (xlsx), PNG or JPEG file whose content is what its name says.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long attach(long workspaceId, String fileName, byte[] content) {
        Resolved found = editable(workspaceId);
        if (content == null || content.length == 0) {
            throw new RuleViolation("exercise.error.file-empty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new RuleViolation("exercise.error.file-too-large", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        String name = FileNames.safe(fileName);
        if (name.isEmpty()) {
            throw new RuleViolation("exercise.error.file-type");
        }
        if (ZipLimits.exceeded(content)) {
            throw new RuleViolation("exercise.error.file-unpacks-too-large", ZipLimits.MAX_UNPACKED_BYTES / (1024 * 1024));
        }
        AttachmentTypes type = AttachmentTypes.of(name, content)
                .orElseThrow(() -> new RuleViolation("exercise.error.file-type"));
        return attachments.save(new WorkspaceAttachment(found.workspace().getId(), name, type.mediaType(), content,
                access.caller().accountId(), clock.instant())).getId();
    }

    /** An attachment's file, for the group's members and those who run the seminar. */
    @PreAuthorize("isAuthenticated()")
    public AttachmentFile attachment(long attachmentId) {
        WorkspaceAttachment file = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFound(NOT_FOUND));
        readable(file.getWorkspaceId());
        return new AttachmentFile(file.getFileName(), file.getMediaType(), file.getContent());
    }

    /** Removes an attachment from the caller's group's workspace while it is open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeAttachment(long attachmentId) {
        WorkspaceAttachment file = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFound(NOT_FOUND));
        editable(file.getWorkspaceId());
        attachments.delete(file);
    }

    /** Submits the group's work: from then on the workspace is read-only. Submitting twice changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void submit(long workspaceId) {
        Resolved found = lockedReadable(workspaceId);
        if (!found.member()) {
            throw new RuleViolation("exercise.error.read-only");
        }
        ExerciseWorkspace workspace = found.workspace();
        if (workspace.isSubmitted()) {
            return;
        }
        if (!clock.instant().isBefore(found.exercise().getDeadline())) {
            throw new RuleViolation("exercise.error.closed");
        }
        workspace.submit(access.caller().accountId(), clock.instant());
    }

    /**
     * Grades a submitted workspace (or one whose deadline has passed) with the rubric: one level per
     * criterion, by index; the total is the sum of the chosen levels' points. Grading again replaces
     * the grade; members' adjustments stay.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public int grade(long workspaceId, List<Integer> levels, String comment) {
        Resolved found = lockedReadable(workspaceId);
        if (!found.manages()) {
            throw new NotFound(NOT_FOUND);
        }
        ExerciseWorkspace workspace = found.workspace();
        if (isOpen(workspace, found.exercise())) {
            throw new RuleViolation("exercise.error.not-submitted");
        }
        Rubric rubric = rubric(found.exercise());
        if (levels == null || levels.size() != rubric.criteria().size()) {
            throw new RuleViolation("exercise.error.levels");
        }
        int points = 0;
        for (int i = 0; i < levels.size(); i++) {
            List<Level> offered = rubric.criteria().get(i).levels();
            Integer chosen = levels.get(i);
            if (chosen == null || chosen < 0 || chosen >= offered.size()) {
                throw new RuleViolation("exercise.error.levels");
            }
            points += offered.get(chosen).points();
        }
        if (comment != null && comment.length() > TemplateField.MAX_TEXT) {
            throw new RuleViolation("exercise.error.too-long", TemplateField.MAX_TEXT);
        }
        workspace.grade(json.writeValueAsString(levels), points, blank(comment) ? null : comment.strip(),
                access.caller().accountId(), clock.instant());
        return points;
    }

    /**
     * Changes one member's points from the group's grade (plus or minus, with a reason); 0 takes the
     * change back. A member's points stay within 0 and the rubric's maximum.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void adjust(long workspaceId, long userId, int points, String reason) {
        Resolved found = lockedReadable(workspaceId);
        if (!found.manages()) {
            throw new NotFound(NOT_FOUND);
        }
        if (!found.workspace().isGraded()) {
            throw new RuleViolation("exercise.error.not-graded");
        }
        boolean member = participants.findByGroupId(found.workspace().getGroupId()).stream()
                .anyMatch(participant -> participant.getUserId() == userId);
        if (!member) {
            throw new RuleViolation("exercise.error.not-a-member");
        }
        int max = rubric(found.exercise()).maxPoints();
        if (Math.abs(points) > max) {
            throw new RuleViolation("exercise.error.adjustment-range", max);
        }
        GradeAdjustment.Key key = new GradeAdjustment.Key(workspaceId, userId);
        if (points == 0) {
            adjustments.findById(key).ifPresent(adjustments::delete);
            return;
        }
        if (blank(reason) || reason.strip().length() > MAX_REASON) {
            throw new RuleViolation("exercise.error.reason-required", MAX_REASON);
        }
        GradeAdjustment adjustment = adjustments.findById(key)
                .orElseGet(() -> new GradeAdjustment(workspaceId, userId));
        adjustment.set(points, reason.strip(), access.caller().accountId(), clock.instant());
        adjustments.save(adjustment);
    }

    private record Resolved(ExerciseWorkspace workspace, GroupExercise exercise, boolean manages, boolean member) {
    }

    /** The workspace if the caller runs its seminar or is a member of its group; "not found" otherwise. */
    private Resolved readable(long workspaceId) {
        return resolve(workspaces.findById(workspaceId).orElseThrow(() -> new NotFound(NOT_FOUND)));
    }

    /**
     * The workspace locked and read as last committed, if the caller may see it: saving, attaching,
     * submitting and grading take turns, so nothing is saved into a workspace once it is submitted.
     */
    private Resolved lockedReadable(long workspaceId) {
        return resolve(workspaces.lockById(workspaceId).orElseThrow(() -> new NotFound(NOT_FOUND)));
    }

    private Resolved resolve(ExerciseWorkspace workspace) {
        GroupExercise exercise = exercises.findById(workspace.getExerciseId()).orElseThrow();
        Seminar seminar = seminars.findById(exercise.getSeminarId()).orElseThrow();
        boolean manages = access.mayManage(seminar);
        boolean member = myGroupIn(seminar.getId()).filter(groupId -> groupId == workspace.getGroupId()).isPresent();
        if (!manages && !member) {
            throw new NotFound(NOT_FOUND);
        }
        return new Resolved(workspace, exercise, manages, member);
    }

    /** The workspace if the caller is a member of its group and it is still open for changes. */
    private Resolved editable(long workspaceId) {
        Resolved found = lockedReadable(workspaceId);
        if (!found.member()) {
            throw new RuleViolation("exercise.error.read-only");
        }
        if (!isOpen(found.workspace(), found.exercise())) {
            throw new RuleViolation("exercise.error.closed");
        }
        return found;
    }

    private boolean isOpen(ExerciseWorkspace workspace, GroupExercise exercise) {
        return !workspace.isSubmitted() && clock.instant().isBefore(exercise.getDeadline());
    }

    private Optional<Long> myGroupIn(long seminarId) {
        return participants.findBySeminarIdAndUserId(seminarId, access.caller().accountId())
                .map(Participant::getGroupId);
    }

    private static MemberGrade memberGrade(long userId, Map<Long, String> names, ExerciseWorkspace workspace,
            Rubric rubric, GradeAdjustment adjustment) {
        return new MemberGrade(userId, names.getOrDefault(userId, ""), adjustment == null ? 0 : adjustment.getPoints(),
                adjustment == null ? null : adjustment.getReason(), workspace.pointsOf(adjustment, rubric.maxPoints()));
    }

    private Rubric rubric(GroupExercise exercise) {
        return json.readValue(exercise.getRubricJson(), Rubric.class);
    }

    private String caseHtml(GroupExercise exercise, Language language) {
        if (exercise.getCaseText() != null) {
            return CaseText.html(exercise.getCaseText());
        }
        return courses.content(exercise.getCourseId())
                .flatMap(content -> activity(content, exercise.getActivityId())
                        .map(activity -> CaseText.html(activity.body().in(content.languageFor(language)))))
                .orElse("");
    }

    private static Optional<Activity> activity(CourseContent content, String activityId) {
        return content.lessons().stream().flatMap(lesson -> lesson.activities().stream())
                .filter(activity -> activity.id().equals(activityId) && isCase(activity))
                .findFirst();
    }

    /** A case trainees work on in a group: a case study, or a group exercise (with its role cards, if any). */
    private static boolean isCase(Activity activity) {
        return activity.type() == ActivityType.CASE_STUDY || activity.type() == ActivityType.GROUP_EXERCISE;
    }

    private void check(Seminar seminar, ExerciseDetails details) {
        if (blank(details.title())) {
            throw new RuleViolation("exercise.error.title-required");
        }
        if (details.title().strip().length() > ExerciseDetails.MAX_TITLE) {
            throw new RuleViolation("exercise.error.too-long", ExerciseDetails.MAX_TITLE);
        }
        if (blank(details.caseText())) {
            boolean known = details.courseId() != null && seminar.getCourseIds().contains(details.courseId())
                    && courses.content(details.courseId())
                            .flatMap(content -> activity(content, details.activityId())).isPresent();
            if (!known) {
                throw new RuleViolation("exercise.error.case-required");
            }
        } else if (details.caseText().length() > ExerciseDetails.MAX_CASE) {
            throw new RuleViolation("exercise.error.too-long", ExerciseDetails.MAX_CASE);
        }
        if (details.deadline() == null || !details.deadline().isAfter(clock.instant())) {
            throw new RuleViolation("exercise.error.deadline");
        }
        Rubric rubric = details.rubric();
        if (rubric == null || rubric.criteria() == null || rubric.criteria().isEmpty()
                || rubric.criteria().size() > MAX_CRITERIA) {
            throw new RuleViolation("exercise.error.rubric-criteria", MAX_CRITERIA);
        }
        for (Criterion criterion : rubric.criteria()) {
            if (blank(criterion.title()) || criterion.levels() == null || criterion.levels().isEmpty()
                    || criterion.levels().size() > MAX_LEVELS) {
                throw new RuleViolation("exercise.error.rubric-criterion", MAX_LEVELS);
            }
            for (Level level : criterion.levels()) {
                if (blank(level.label()) || level.points() < 0 || level.points() > MAX_LEVEL_POINTS) {
                    throw new RuleViolation("exercise.error.rubric-level", MAX_LEVEL_POINTS);
                }
            }
        }
    }

    private void check(TemplateField field, String value) {
        if (value.length() > TemplateField.MAX_TEXT) {
            throw new RuleViolation("exercise.error.too-long", TemplateField.MAX_TEXT);
        }
        if (field == TemplateField.ESCALATION && !value.isEmpty()) {
            boolean stage = value.matches("[1-9]") && Integer.parseInt(value) <= TemplateField.STAGES;
            if (!stage) {
                throw new RuleViolation("exercise.error.malformed");
            }
        }
        if (field.isTable() && !value.isEmpty()) {
            try {
                List<Map<String, String>> rows = json.readValue(value, ROWS);
                if (rows.size() > TemplateField.MAX_ROWS
                        || rows.stream().anyMatch(row -> row == null || !field.columns().containsAll(row.keySet()))) {
                    throw new RuleViolation("exercise.error.malformed");
                }
            } catch (JacksonException malformed) {
                throw new RuleViolation("exercise.error.malformed");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
