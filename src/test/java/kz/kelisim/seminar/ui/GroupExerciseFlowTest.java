package kz.kelisim.seminar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.Acting;
import kz.kelisim.UiTest;
import kz.kelisim.ui.NotFoundView;
import kz.kelisim.base.Language;
import kz.kelisim.seminar.ExerciseFixture;
import kz.kelisim.seminar.ExerciseViews.ExerciseRow;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.TemplateField;

/** A trainer creates, assigns and grades a group exercise; trainees write together, meet a conflict and submit. */
class GroupExerciseFlowTest extends UiTest {

    @Autowired
    GroupExerciseService exercises;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private ExerciseFixture fixture;
    private long seminar;
    private long groupA;
    private long groupB;

    @BeforeEach
    void seminarWithTwoGroups() {
        fixture = new ExerciseFixture(context);
        signInAs("trainer");
        seminar = fixture.seminar();
        groupA = fixture.group(seminar, "Бірлік", "trainee", "trainee2");
        groupB = fixture.group(seminar, "Келісім", "trainee3");
    }

    @Test
    void trainer_creates_an_exercise_with_a_rubric_assigns_it_to_every_group_and_grades_a_submission() {
        openExercisesTab();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Топтық жаттығулар әзірге жоқ."))).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("exercise-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("exercise-title")), "Ауылдағы су дауы");
        _setValue(_get(TextArea.class, spec -> spec.withId("exercise-case")), "Екі ауыл арық суын бөле алмай отыр.");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("exercise-deadline")),
                LocalDateTime.now().plusDays(2).withNano(0).withSecond(0));
        _setValue(_get(TextField.class, spec -> spec.withId("rubric-criterion-0")), "Тараптарды талдау");
        _click(_get(Button.class, spec -> spec.withId("rubric-add-criterion")));
        _setValue(_get(TextField.class, spec -> spec.withId("rubric-criterion-1")), "Медиация жоспары");
        _setValue(_get(IntegerField.class, spec -> spec.withId("rubric-points-1-2")), 6);
        _click(_get(Button.class, spec -> spec.withId("exercise-save")));

        ExerciseRow created = exercises.exercises(seminar).getFirst();
        assertThat(created.title()).isEqualTo("Ауылдағы су дауы");
        assertThat(_get(Div.class, spec -> spec.withId("exercise-" + created.id())).getElement().getTextRecursively())
                .contains("Ауылдағы су дауы", "Әзірге ешбір топқа тағайындалмаған.");

        _click(_get(Button.class, spec -> spec.withId("exercise-assign-" + created.id())));
        _click(_get(Button.class, spec -> spec.withId("exercise-assign-all-groups")));
        CheckboxGroup<?> chosen = _get(CheckboxGroup.class, spec -> spec.withId("exercise-assign-groups"));
        assertThat(chosen.getValue()).hasSize(2);
        _click(_get(Button.class, spec -> spec.withId("exercise-assign-save")));

        List<RouterLink> links = _find(RouterLink.class, spec -> spec.withText("Жұмыс кеңістігі: Бірлік"));
        assertThat(links).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withText("Орындалуда"))).hasSize(2);

        long workspace = as("trainee", () -> exercises.myWorkspace(created.id()));
        as("trainee2", () -> exercises.saveField(workspace, TemplateField.CORE_PROBLEM, "Су тапшылығы", 0));
        as("trainee2", () -> {
            exercises.submit(workspace);
            return null;
        });

        RouterLinkKt._click(links.getFirst());
        assertThat(_get(H1.class).getText()).isEqualTo("Ауылдағы су дауы");
        assertThat(_get(TextArea.class, spec -> spec.withId("field-core")).isReadOnly()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("field-core")).getValue()).isEqualTo("Су тапшылығы");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> analysis = _get(RadioButtonGroup.class, spec -> spec.withId("criterion-0"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> plan = _get(RadioButtonGroup.class, spec -> spec.withId("criterion-1"));
        _setValue(analysis, 2);
        _setValue(plan, 1);
        assertThat(_get(Span.class, spec -> spec.withId("grade-total")).getText()).isEqualTo("Барлығы: 10 ішінен 6");
        _setValue(_get(TextArea.class, spec -> spec.withId("grade-comment")), "Жоспарды нақтылаңыз.");
        _click(_get(Button.class, spec -> spec.withId("grade-save")));

        long trainee2 = fixture.userId("trainee2");
        _setValue(_get(IntegerField.class, spec -> spec.withId("adjust-points-" + trainee2)), 2);
        _setValue(_get(TextField.class, spec -> spec.withId("adjust-reason-" + trainee2)), "Топты басқарды");
        _click(_get(Button.class, spec -> spec.withId("adjust-save-" + trainee2)));

        assertThat(_get(Span.class, spec -> spec.withId("member-points-" + trainee2)).getText())
                .isEqualTo("10 ішінен 8");
        assertThat(_get(Span.class, spec -> spec.withId("member-points-" + fixture.userId("trainee"))).getText())
                .isEqualTo("10 ішінен 6");
        assertThat(exercises.exercises(seminar).getFirst().groups())
                .extracting(state -> state.group(), state -> state.points())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Бірлік", 6),
                        org.assertj.core.groups.Tuple.tuple("Келісім", null));
    }

    @Test
    void trainees_write_together_one_meets_a_conflict_keeps_both_texts_submits_and_later_sees_the_grade() {
        long exercise = fixture.exercise(seminar, "Мектептегі дау", 2);
        exercises.assign(exercise, List.of(groupA, groupB));
        signInAs("trainee");
        openExercisesTab();
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Біздің жұмыс кеңістігіміз (Бірлік)")));
        assertThat(_get(H1.class).getText()).isEqualTo("Мектептегі дау");
        assertThat(_get(Html.class).getInnerHtml()).contains("<strong>Ауылдағы су</strong>");

        _setValue(_get(TextArea.class, spec -> spec.withId("field-causes")), "Құрғақшылық");
        assertThat(_get(Span.class, spec -> spec.withId("status-causes")).getText()).startsWith("Сақталды: ");
        @SuppressWarnings("unchecked")
        Select<String> stage = _get(Select.class, spec -> spec.withId("field-escalation"));
        _setValue(stage, "3");
        _click(_get(Button.class, spec -> spec.withId("rows-add-parties")));
        RowsField parties = _get(RowsField.class, spec -> spec.withId("field-parties"));
        _setValue(parties.cells().getFirst().get("name"), "Жоғарғы ауыл");
        _setValue(parties.cells().getFirst().get("needs"), "Егінге су");

        long workspace = as("trainee", () -> exercises.myWorkspace(exercise));
        as("trainee2", () -> exercises.saveField(workspace, TemplateField.NOTES, "Әкімдікпен кездесу керек", 0));
        TextArea notes = _get(TextArea.class, spec -> spec.withId("field-notes"));
        _setValue(notes, "Ақсақалдарды шақырайық");

        assertThat(_get(Span.class, spec -> spec.withId("status-notes")).getText())
                .isEqualTo("Сақталмады: бұл өрісті басқа қатысушы өзгертті");
        Div conflict = _get(Div.class, spec -> spec.withId("conflict-notes"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("conflict-theirs-notes")).getElement().getTextRecursively())
                .contains("Әкімдікпен кездесу керек");
        assertThat(_get(Div.class, spec -> spec.withId("conflict-mine-notes")).getElement().getTextRecursively())
                .contains("Ақсақалдарды шақырайық");
        assertThat(stored(workspace, TemplateField.NOTES)).as("nothing overwritten yet")
                .isEqualTo("Әкімдікпен кездесу керек");

        _setValue(notes, "Әкімдікпен кездесу керек\nАқсақалдарды шақырайық");
        assertThat(conflict.isVisible()).as("still their version unseen in the saves").isTrue();
        _click(_get(Button.class, spec -> spec.withId("conflict-keep-mine-notes")));
        assertThat(conflict.isVisible()).isFalse();
        assertThat(stored(workspace, TemplateField.NOTES)).isEqualTo("Әкімдікпен кездесу керек\nАқсақалдарды шақырайық");
        assertThat(stored(workspace, TemplateField.ESCALATION)).isEqualTo("3");
        assertThat(TemplateField.rows(stored(workspace, TemplateField.PARTIES)))
                .containsExactly(java.util.Map.of("name", "Жоғарғы ауыл", "position", "", "interests", "",
                        "needs", "Егінге су"));

        _click(_get(Button.class, spec -> spec.withId("workspace-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("workspace-state")).getText())
                .startsWith("Тапсырған: Әсел Нұрланқызы Жақсылықова");
        assertThat(_get(TextArea.class, spec -> spec.withId("field-notes")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("workspace-submit"))).isEmpty();

        as("trainer", () -> exercises.grade(workspace, List.of(1, 2), "Жақсы жоспар."));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(WorkspaceView.class, WorkspaceView.parameters(seminar, exercise, null));
        assertThat(_get(Paragraph.class, spec -> spec.withId("grade-group-points")).getText())
                .isEqualTo("Топтың бағасы: 10 ішінен 8");
        assertThat(_get(Paragraph.class, spec -> spec.withId("grade-mine")).getText())
                .isEqualTo("Сіздің балыңыз: 10 ішінен 8");
    }

    @Test
    void a_trainee_sees_the_exercises_tab_only_once_an_exercise_is_given_to_their_group() {
        long exercise = fixture.exercise(seminar, "Тек Келісім тобына", 2);
        exercises.assign(exercise, List.of(groupB));
        signInAs("trainee");
        UI.getCurrent().navigate(SeminarView.class, SeminarView.parameters(seminar));
        assertThat(_find(Tab.class, spec -> spec.withId("tab-seminar-tab-exercises"))).isEmpty();

        signInAs("trainee3");
        openExercisesTab();
        assertThat(_find(RouterLink.class, spec -> spec.withText("Біздің жұмыс кеңістігіміз (Келісім)"))).hasSize(1);
    }

    @Test
    void a_trainee_of_another_group_cannot_open_the_workspace_by_its_address() {
        long exercise = fixture.exercise(seminar, "Жабық жаттығу", 2);
        exercises.assign(exercise, List.of(groupA));
        long workspace = as("trainee", () -> exercises.myWorkspace(exercise));
        signInAs("trainee3");

        UI.getCurrent().navigate(WorkspaceView.class, WorkspaceView.parameters(seminar, exercise, workspace));

        assertThat(_find(TextArea.class, spec -> spec.withId("field-notes"))).isEmpty();
        assertThat(_get(NotFoundView.class)).as("the same page as for a workspace that does not exist").isNotNull();
        assertThat(_find(H1.class)).extracting(H1::getText).doesNotContain("Жабық жаттығу");
    }

    private void openExercisesTab() {
        UI.getCurrent().navigate(SeminarView.class, SeminarView.parameters(seminar));
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("seminar-tabs"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-seminar-tab-exercises")));
    }

    private String stored(long workspace, TemplateField field) {
        return as("trainee", () -> exercises.workspace(workspace, Language.KK)).fields().get(field).value();
    }

    /** Runs the action as another person (another member's device), then returns to whoever was signed in. */
    private <T> T as(String username, Callable<T> action) {
        return new Acting(users, securityContext).as(username, action);
    }
}
