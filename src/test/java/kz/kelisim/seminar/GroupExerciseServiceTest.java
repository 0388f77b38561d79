package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.Acting;
import kz.kelisim.AtTheSameMoment;
import kz.kelisim.TestClock;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.ExerciseViews.Conflict;
import kz.kelisim.seminar.ExerciseViews.ExerciseDetails;
import kz.kelisim.seminar.ExerciseViews.GradeView;
import kz.kelisim.seminar.ExerciseViews.MemberGrade;
import kz.kelisim.seminar.ExerciseViews.SaveResult;
import kz.kelisim.seminar.ExerciseViews.Saved;
import kz.kelisim.seminar.ExerciseViews.WorkspacePage;
import kz.kelisim.seminar.GroupViews.GroupView;

/**
 * Group exercises on the real database with real commits: who may see and change what, saving as
 * typed with conflicts, attachments, submitting, deadlines, rubric grades and adjustments.
 */
@Tag("persistence")
@SpringBootTest
@Import(TestClock.Config.class)
class GroupExerciseServiceTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();

    @Autowired
    GroupExerciseService exercises;

    @Autowired
    ExerciseResults results;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private ExerciseFixture fixture;
    private Acting acting;
    private final ExecutorService members = Executors.newFixedThreadPool(4);

    /** A seminar run by the demo trainer: group A (trainee, trainee2), group B (trainee3). */
    private long seminar;
    private long groupA;

    @Autowired
    GroupService groups;
    private long groupB;
    private long exercise;
    private long workspaceA;
    private long workspaceB;

    @BeforeEach
    void seminarWithTwoGroupsAndAnExercise() {
        fixture = new ExerciseFixture(context);
        acting = new Acting(users, securityContext);
        seminar = as("trainer", fixture::seminar);
        groupA = fixture.group(seminar, "А тобы", "trainee", "trainee2");
        groupB = fixture.group(seminar, "Б тобы", "trainee3");
        exercise = as("trainer", () -> fixture.exercise(seminar, "Су дауы", 2));
        doAs("trainer", () -> exercises.assign(exercise, List.of(groupA, groupB)));
        workspaceA = as("trainee", () -> exercises.myWorkspace(exercise));
        workspaceB = as("trainee3", () -> exercises.myWorkspace(exercise));
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        clock.reset();
        securityContext.clearContext();
        members.shutdownNow();
        members.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void each_assigned_group_gets_its_own_empty_workspace_and_trainees_see_only_their_groups_exercise() {
        assertThat(workspaceA).isNotEqualTo(workspaceB);
        WorkspacePage page = as("trainee2", () -> exercises.workspace(workspaceA, Language.KK));
        assertThat(page.group()).isEqualTo("А тобы");
        assertThat(page.fields()).hasSize(TemplateField.values().length)
                .allSatisfy((field, state) -> assertThat(state.version()).isZero());
        assertThat(page.editable()).isTrue();
        assertThat(page.caseHtml()).contains("<strong>Ауылдағы су</strong>");
        assertThat(page.rubric().maxPoints()).isEqualTo(10);

        var traineeRows = as("trainee", () -> exercises.exercises(seminar));
        assertThat(traineeRows).singleElement().satisfies(row -> assertThat(row.groups())
                .extracting(state -> state.group()).containsExactly("А тобы"));
        assertThat(as("trainer", () -> exercises.exercises(seminar))).singleElement()
                .satisfies(row -> assertThat(row.groups()).extracting(state -> state.group())
                        .containsExactly("А тобы", "Б тобы"));
    }

    @Test
    void a_group_with_an_exercise_cannot_be_deleted_nor_its_members_moved_so_its_work_is_never_lost() {
        assertThatThrownBy(() -> doAs("trainer", () -> groups.deleteGroup(groupA)))
                .hasMessage("groups.error.has-work");
        assertThatThrownBy(() -> doAs("trainer", () -> groups.move(seminar, fixture.userId("trainee2"), groupB)))
                .as("moving a member would take the group's grade with them").hasMessage("groups.error.move-has-work");

        assertThat(as("trainee2", () -> exercises.workspace(workspaceA, Language.KK)).group()).isEqualTo("А тобы");
    }

    @Test
    void newcomers_are_placed_and_groups_balanced_again_without_deleting_any_and_groups_with_work_keep_their_members() {
        long newcomer = fixture.userId("trainee5");
        as("trainer", () -> {
            context.getBean(SeminarService.class).addParticipant(seminar, newcomer);
            return null;
        });
        assertThatThrownBy(() -> as("trainer", () -> groups.placeUnplaced(seminar)))
                .as("both groups have work: a newcomer would get a grade unearned").hasMessage("groups.error.no-open-group");
        long groupC = fixture.group(seminar, "В тобы", "trainee4");

        assertThat(as("trainer", () -> groups.placeUnplaced(seminar))).isEqualTo(1);
        assertThat(as("trainer", () -> groups.groups(seminar, Language.KK))).extracting(GroupView::name)
                .containsExactly("А тобы", "Б тобы", "В тобы");
        assertThat(memberNames(groupC)).hasSize(2);

        as("trainer", () -> groups.rebalance(seminar));
        assertThat(memberNames(groupA)).as("group A has work: its members stay").hasSize(2);
        assertThat(memberNames(groupB)).hasSize(1);
        assertThat(memberNames(groupC)).hasSize(2);
    }

    private List<String> memberNames(long groupId) {
        return as("trainer", () -> groups.groups(seminar, Language.KK)).stream().filter(group -> group.id() == groupId)
                .findFirst().orElseThrow().members().stream().map(member -> member.fullName()).toList();
    }

    @Test
    void a_trainee_of_another_group_finds_that_groups_workspace_by_no_id() {
        long attachment = as("trainee", () -> exercises.attach(workspaceA, "map.pdf", PDF));
        long notAssigned = as("trainer", () -> fixture.exercise(seminar, "Тек Б тобына", 3));
        doAs("trainer", () -> exercises.assign(notAssigned, List.of(groupB)));

        assertNotFound("trainee3", () -> exercises.workspace(workspaceA, Language.KK));
        assertNotFound("trainee3", () -> exercises.saveField(workspaceA, TemplateField.NOTES, "біздікі", 0));
        assertNotFound("trainee3", () -> exercises.attach(workspaceA, "x.pdf", PDF));
        assertNotFound("trainee3", () -> exercises.attachment(attachment));
        assertNotFound("trainee3", () -> {
            exercises.submit(workspaceA);
            return null;
        });
        assertNotFound("trainee", () -> exercises.myWorkspace(notAssigned));
        assertThat(as("trainee", () -> exercises.exercises(seminar))).extracting(row -> row.title())
                .containsExactly("Су дауы");
        assertNotFound("trainee4", () -> exercises.workspace(workspaceA, Language.KK));
    }

    @Test
    void a_trainer_of_another_seminar_finds_neither_its_exercises_nor_its_workspaces() {
        long staffSeminar = as("staff", fixture::seminar);
        long group = fixture.group(staffSeminar, "В тобы", "trainee5");
        long staffExercise = as("staff", () -> fixture.exercise(staffSeminar, "Басқа семинар", 2));
        doAs("staff", () -> exercises.assign(staffExercise, List.of(group)));
        long workspace = as("trainee5", () -> exercises.myWorkspace(staffExercise));

        assertNotFound("trainer", () -> exercises.workspace(workspace, Language.KK));
        assertThatThrownBy(() -> as("trainer", () -> exercises.exercises(staffSeminar)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> doAs("trainer", () -> exercises.assign(staffExercise, List.of(group))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> as("trainer", () -> fixture.exercise(staffSeminar, "Басып кіру", 2)))
                .isInstanceOf(RuleViolation.class);
        assertThat(as("staff", () -> exercises.workspace(workspaceA, Language.KK)).mayGrade())
                .as("staff see every seminar's workspaces").isTrue();
    }

    @Test
    void those_who_run_the_seminar_read_a_workspace_but_never_edit_it() {
        WorkspacePage seen = as("trainer", () -> exercises.workspace(workspaceA, Language.KK));

        assertThat(seen.editable()).isFalse();
        assertThat(seen.mayGrade()).isTrue();
        assertThatThrownBy(() -> as("trainer", () -> exercises.saveField(workspaceA, TemplateField.NOTES, "x", 0)))
                .isInstanceOf(RuleViolation.class).hasMessage("exercise.error.read-only");
        assertThatThrownBy(() -> as("trainee", () -> exercises.grade(workspaceA, List.of(0, 0), null)))
                .as("a trainee may not grade").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void two_members_saving_one_field_from_the_same_version_one_is_saved_and_the_other_gets_the_winners_value()
            throws Exception {
        List<Object> results = AtTheSameMoment.run(members, () -> { }, securityContext::clearContext, List.of(
                () -> as("trainee", () -> exercises.saveField(workspaceA, TemplateField.CORE_PROBLEM, "Су тапшылығы", 0)),
                () -> as("trainee2", () -> exercises.saveField(workspaceA, TemplateField.CORE_PROBLEM, "Жер дауы", 0))));

        assertThat(results).filteredOn(Saved.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(Conflict.class::isInstance).hasSize(1);
        int winner = results.get(0) instanceof Saved ? 0 : 1;
        String winnersValue = winner == 0 ? "Су тапшылығы" : "Жер дауы";
        Conflict conflict = (Conflict) results.get(1 - winner);
        assertThat(conflict.theirValue()).isEqualTo(winnersValue);
        assertThat(conflict.version()).isEqualTo(1);
        assertThat(conflict.by()).isEqualTo(winner == 0 ? "Әсел Нұрланқызы Жақсылықова" : "Дмитрий Ким");
        var stored = as("trainer", () -> exercises.workspace(workspaceA, Language.KK)).fields()
                .get(TemplateField.CORE_PROBLEM);
        assertThat(stored.value()).isEqualTo(winnersValue);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void two_members_saving_different_fields_at_once_are_both_saved() throws Exception {
        List<Object> results = AtTheSameMoment.run(members, () -> { }, securityContext::clearContext, List.of(
                () -> as("trainee", () -> exercises.saveField(workspaceA, TemplateField.ROOT_CAUSES, "Құрғақшылық", 0)),
                () -> as("trainee2", () -> exercises.saveField(workspaceA, TemplateField.EFFECTS, "Наразылық", 0))));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(Saved.class));
        var fields = as("trainee", () -> exercises.workspace(workspaceA, Language.KK)).fields();
        assertThat(fields.get(TemplateField.ROOT_CAUSES).value()).isEqualTo("Құрғақшылық");
        assertThat(fields.get(TemplateField.EFFECTS).value()).isEqualTo("Наразылық");
        assertThat(fields.get(TemplateField.EFFECTS).updatedBy()).isEqualTo("Дмитрий Ким");
    }

    @Test
    void a_member_who_saw_an_old_version_merges_and_saves_with_the_version_the_conflict_named() {
        as("trainee", () -> exercises.saveField(workspaceA, TemplateField.NOTES, "Бірінші нұсқа", 0));
        SaveResult stale = as("trainee2", () -> exercises.saveField(workspaceA, TemplateField.NOTES, "Менікі", 0));
        Conflict conflict = (Conflict) stale;

        SaveResult merged = as("trainee2", () -> exercises.saveField(workspaceA, TemplateField.NOTES,
                conflict.theirValue() + "\nМенікі", conflict.version()));

        assertThat(merged).isEqualTo(new Saved(2, ((Saved) merged).at()));
        assertThat(as("trainee", () -> exercises.workspace(workspaceA, Language.KK)).fields()
                .get(TemplateField.NOTES).value()).isEqualTo("Бірінші нұсқа\nМенікі");
    }

    @Test
    void table_fields_take_rows_of_their_own_columns_only() {
        String parties = "[{\"name\":\"Жоғарғы ауыл\",\"position\":\"Су бізге тиесілі\",\"interests\":\"Егін\","
                + "\"needs\":\"Қауіпсіздік\"}]";
        assertThat(as("trainee", () -> exercises.saveField(workspaceA, TemplateField.PARTIES, parties, 0)))
                .isInstanceOf(Saved.class);
        assertThatThrownBy(() -> as("trainee", () -> exercises.saveField(workspaceA, TemplateField.STEPS,
                "[{\"password\":\"x\"}]", 0))).hasMessage("exercise.error.malformed");
        assertThatThrownBy(() -> as("trainee", () -> exercises.saveField(workspaceA, TemplateField.ESCALATION,
                "10", 0))).hasMessage("exercise.error.malformed");
    }

    @Test
    void attachments_too_large_or_not_what_their_name_says_are_refused() throws IOException {
        byte[] tooLarge = new byte[GroupExerciseService.MAX_ATTACHMENT_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertRefused(() -> exercises.attach(workspaceA, "big.pdf", tooLarge), "exercise.error.file-too-large");
        assertRefused(() -> exercises.attach(workspaceA, "virus.pdf", "MZ\u0090 not a pdf".getBytes()),
                "exercise.error.file-type");
        assertRefused(() -> exercises.attach(workspaceA, "script.exe", PDF), "exercise.error.file-type");
        assertRefused(() -> exercises.attach(workspaceA, "report.docx", zip("xl/workbook.xml")),
                "exercise.error.file-type");
        assertRefused(() -> exercises.attach(workspaceA, "empty.png", new byte[0]), "exercise.error.file-empty");

        long pdf = as("trainee", () -> exercises.attach(workspaceA, "Карта.pdf", PDF));
        long docx = as("trainee2", () -> exercises.attach(workspaceA, "Жоспар.docx", zip("word/document.xml")));
        long xlsx = as("trainee2", () -> exercises.attach(workspaceA, "Кесте.xlsx", zip("xl/workbook.xml")));

        assertThat(as("trainer", () -> exercises.attachment(pdf)).content()).isEqualTo(PDF);
        assertThat(as("trainee", () -> exercises.attachment(docx)).mediaType()).contains("wordprocessingml");
        assertThat(as("trainee", () -> exercises.workspace(workspaceA, Language.KK)).attachments())
                .extracting(file -> file.fileName()).containsExactly("Карта.pdf", "Жоспар.docx", "Кесте.xlsx");
        assertThat(xlsx).isPositive();
    }

    @Test
    void after_submitting_the_workspace_is_read_only_and_submitting_again_changes_nothing() {
        as("trainee", () -> exercises.saveField(workspaceA, TemplateField.NOTES, "Дайын", 0));
        doAs("trainee2", () -> exercises.submit(workspaceA));
        clock.advance(Duration.ofMinutes(5));
        doAs("trainee", () -> exercises.submit(workspaceA));

        WorkspacePage page = as("trainee", () -> exercises.workspace(workspaceA, Language.KK));
        assertThat(page.editable()).isFalse();
        assertThat(page.submittedBy()).isEqualTo("Дмитрий Ким");
        assertRefused(() -> exercises.saveField(workspaceA, TemplateField.NOTES, "Кеш", 1), "exercise.error.closed");
        assertRefused(() -> exercises.attach(workspaceA, "late.pdf", PDF), "exercise.error.closed");
        assertThat(as("trainee3", () -> exercises.workspace(workspaceB, Language.KK)).editable())
                .as("the other group still works").isTrue();
    }

    @Test
    void a_save_at_the_moment_the_group_submits_lands_before_the_submission_or_is_refused() throws Exception {
        List<Object> outcomes = AtTheSameMoment.run(members, () -> { }, securityContext::clearContext, List.of(
                () -> {
                    try {
                        return as("trainee", () -> exercises.saveField(workspaceA, TemplateField.NOTES, "Соңғы сөз", 0));
                    } catch (RuleViolation refused) {
                        return refused.getMessage();
                    }
                },
                () -> {
                    doAs("trainee2", () -> exercises.submit(workspaceA));
                    return "submitted";
                }));

        WorkspacePage page = as("trainer", () -> exercises.workspace(workspaceA, Language.KK));
        var notes = page.fields().get(TemplateField.NOTES);
        assertThat(page.submittedAt()).isNotNull();
        if (outcomes.getFirst() instanceof Saved) {
            assertThat(notes.value()).isEqualTo("Соңғы сөз");
            assertThat(notes.updatedAt()).isBeforeOrEqualTo(page.submittedAt());
        } else {
            assertThat(outcomes.getFirst()).isEqualTo("exercise.error.closed");
            assertThat(notes.version()).isZero();
        }
    }

    @Test
    void after_the_deadline_the_workspace_is_read_only_cannot_be_submitted_and_may_be_graded() {
        assertThatThrownBy(() -> as("trainer", () -> exercises.grade(workspaceB, List.of(1, 1), null)))
                .as("not before submission or the deadline").hasMessage("exercise.error.not-submitted");
        clock.advance(Duration.ofDays(2).plusMinutes(1));

        assertThat(as("trainee3", () -> exercises.workspace(workspaceB, Language.KK)).editable()).isFalse();
        assertRefused("trainee3", () -> exercises.saveField(workspaceB, TemplateField.NOTES, "Кеш", 0),
                "exercise.error.closed");
        assertRefused("trainee3", () -> {
            exercises.submit(workspaceB);
            return null;
        }, "exercise.error.closed");
        assertThat(as("trainer", () -> exercises.grade(workspaceB, List.of(1, 1), null))).isEqualTo(5);
    }

    @Test
    void the_rubric_total_is_the_sum_of_the_chosen_levels_and_a_members_adjustment_stays_within_zero_and_the_maximum() {
        doAs("trainee", () -> exercises.submit(workspaceA));
        assertThatThrownBy(() -> doAs("trainer", () -> exercises.adjust(workspaceA, fixture.userId("trainee"), 1,
                "Белсенді"))).as("no adjustment before a grade").hasMessage("exercise.error.not-graded");

        assertThat(as("trainer", () -> exercises.grade(workspaceA, List.of(2, 1), "Талдау терең, жоспар ішінара.")))
                .isEqualTo(4 + 3);
        doAs("trainer", () -> exercises.adjust(workspaceA, fixture.userId("trainee"), 5, "Топты басқарды"));
        doAs("trainer", () -> exercises.adjust(workspaceA, fixture.userId("trainee2"), -2, "Қатыспады"));
        assertRefused("trainer", () -> {
            exercises.adjust(workspaceA, fixture.userId("trainee3"), 1, "Басқа топ");
            return null;
        }, "exercise.error.not-a-member");
        assertRefused("trainer", () -> {
            exercises.adjust(workspaceA, fixture.userId("trainee"), 1, " ");
            return null;
        }, "exercise.error.reason-required");
        assertRefused("trainer", () -> exercises.grade(workspaceA, List.of(3, 0), null), "exercise.error.levels");
        assertRefused("trainer", () -> exercises.grade(workspaceA, List.of(1), null), "exercise.error.levels");

        GradeView byTrainer = as("trainer", () -> exercises.workspace(workspaceA, Language.KK)).grade();
        assertThat(byTrainer.points()).isEqualTo(7);
        assertThat(byTrainer.maxPoints()).isEqualTo(10);
        assertThat(byTrainer.levels()).containsExactly(2, 1);
        assertThat(byTrainer.members()).extracting(MemberGrade::fullName, MemberGrade::adjustment, MemberGrade::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Дмитрий Ким", -2, 5),
                        org.assertj.core.groups.Tuple.tuple("Әсел Нұрланқызы Жақсылықова", 5, 10));

        GradeView bySecondMember = as("trainee2", () -> exercises.workspace(workspaceA, Language.KK)).grade();
        assertThat(bySecondMember.comment()).isEqualTo("Талдау терең, жоспар ішінара.");
        assertThat(bySecondMember.members()).as("a member sees only their own adjustment").singleElement()
                .extracting(MemberGrade::points, MemberGrade::reason).containsExactly(5, "Қатыспады");

        as("trainer", () -> exercises.grade(workspaceA, List.of(0, 0), "Қайта бағаланды"));
        assertThat(as("trainee2", () -> exercises.workspace(workspaceA, Language.KK)).grade().members())
                .as("never below zero").singleElement().extracting(MemberGrade::points).isEqualTo(0);
    }

    @Test
    void the_gradebook_gets_each_members_mean_percent_over_the_graded_exercises_with_their_adjustments() {
        long second = as("trainer", () -> fixture.exercise(seminar, "Мектептегі дау", 3));
        doAs("trainer", () -> exercises.assign(second, List.of(groupA, groupB)));
        long secondA = as("trainee", () -> exercises.myWorkspace(second));
        assertThat(results.percentByPerson(seminar)).as("nothing graded yet").isEmpty();

        doAs("trainee", () -> exercises.submit(workspaceA));
        doAs("trainee2", () -> exercises.submit(secondA));
        doAs("trainee3", () -> exercises.submit(workspaceB));
        as("trainer", () -> exercises.grade(workspaceA, List.of(2, 1), null));
        doAs("trainer", () -> exercises.adjust(workspaceA, fixture.userId("trainee"), 5, "Топты басқарды"));
        doAs("trainer", () -> exercises.adjust(workspaceA, fixture.userId("trainee2"), -2, "Қатыспады"));
        as("trainer", () -> exercises.grade(secondA, List.of(2, 0), null));

        assertThat(results.percentByPerson(seminar))
                .as("trainee: (10 + 4) / 2 of 10; trainee2: (5 + 4) / 2 of 10; group B not graded")
                .containsOnlyKeys(fixture.userId("trainee"), fixture.userId("trainee2"))
                .containsEntry(fixture.userId("trainee"), 70.0)
                .containsEntry(fixture.userId("trainee2"), 45.0);
    }

    @Test
    void an_exercise_needs_a_case_a_future_deadline_and_a_rubric_and_its_case_is_shown_without_scripts() {
        var later = java.time.Instant.now().plus(Duration.ofDays(1));
        assertRefused("trainer", () -> exercises.create(seminar, new ExerciseDetails("Бос", " ", null, null, later,
                ExerciseFixture.RUBRIC)), "exercise.error.case-required");
        assertRefused("trainer", () -> exercises.create(seminar, new ExerciseDetails("Өткен", "Кейс", null, null,
                java.time.Instant.now().minusSeconds(60), ExerciseFixture.RUBRIC)), "exercise.error.deadline");
        assertRefused("trainer", () -> exercises.create(seminar, new ExerciseDetails("Рубрикасыз", "Кейс", null,
                null, later, new ExerciseViews.Rubric(List.of()))), "exercise.error.rubric-criteria");

        long unsafe = as("trainer", () -> exercises.create(seminar, new ExerciseDetails("Қауіпті",
                "Кейс <script>alert(1)</script> [сілтеме](javascript:alert(2))", null, null, later,
                ExerciseFixture.RUBRIC)));
        doAs("trainer", () -> exercises.assign(unsafe, List.of(groupA)));
        long workspace = as("trainee", () -> exercises.myWorkspace(unsafe));
        String html = as("trainee", () -> exercises.workspace(workspace, Language.KK)).caseHtml();
        assertThat(html).contains("Кейс").doesNotContain("<script", "javascript:");
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<document/>".getBytes());
        }
        return bytes.toByteArray();
    }

    private void assertNotFound(String username, Callable<?> action) {
        assertRefused(username, action, "exercise.error.not-found");
    }

    private void assertRefused(Callable<?> action, String key) {
        assertRefused("trainee", action, key);
    }

    private void assertRefused(String username, Callable<?> action, String key) {
        assertThatThrownBy(() -> as(username, action)).isInstanceOf(RuleViolation.class).hasMessage(key);
    }

    private <T> T as(String username, Callable<T> action) {
        return acting.as(username, action);
    }

    private void doAs(String username, Runnable action) {
        acting.doAs(username, action);
    }
}
