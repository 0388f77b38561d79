package kz.kelisim.seminar.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.ExerciseViews.ExerciseRow;
import kz.kelisim.seminar.ExerciseViews.GroupChoice;
import kz.kelisim.seminar.ExerciseViews.GroupState;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.SeminarViews.SeminarPage;

/**
 * Group exercises of a seminar. Those who run it create exercises (case, deadline, rubric), assign
 * them to groups and open each group's workspace to read and grade; a trainee sees the exercises
 * given to their group, with the way to their group's workspace.
 */
@org.springframework.stereotype.Component
class ExercisesTab implements SeminarTab {

    private final GroupExerciseService exercises;

    ExercisesTab(GroupExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public String labelKey() {
        return "seminar.tab.exercises";
    }

    @Override
    public int order() {
        return 50;
    }

    /** For those who run the seminar; for a participant once an exercise is given to their group. */
    @Override
    public boolean isShownTo(SeminarPage page) {
        return page.manages() || !exercises.exercises(page.id()).isEmpty();
    }

    @Override
    public Component create(SeminarPage page) {
        Div tab = new Div();
        tab.addClassName("seminar-exercises");
        Div list = new Div();
        list.setId("exercises-list");
        list.addClassName("exercise-list");
        Runnable refresh = new Runnable() {
            @Override
            public void run() {
                list.removeAll();
                List<ExerciseRow> rows = exercises.exercises(page.id(), SeminarLocale.language());
                if (rows.isEmpty()) {
                    list.add(new Paragraph(tab.getTranslation(page.manages() ? "exercise.none" : "exercise.none-mine")));
                }
                for (ExerciseRow row : rows) {
                    list.add(card(tab, page, row, this));
                }
            }
        };
        if (page.manages()) {
            Button create = new Button(tab.getTranslation("exercise.new"), VaadinIcon.PLUS.create(),
                    click -> new ExerciseForm(exercises, page.id(), refresh).open());
            create.setId("exercise-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(create);
        }
        refresh.run();
        tab.add(list);
        return tab;
    }

    private Div card(Div tab, SeminarPage page, ExerciseRow row, Runnable refresh) {
        Div card = new Div();
        card.addClassName("exercise-card");
        card.setId("exercise-" + row.id());
        card.add(new H3(row.title()));
        card.add(new Paragraph(tab.getTranslation("exercise.deadline-at", AcademyTime.format(row.deadline(),
                SeminarLocale.locale()))));
        if (page.manages()) {
            Button assign = new Button(tab.getTranslation("exercise.assign"), VaadinIcon.USERS.create(),
                    click -> assign(tab, page, row, refresh));
            assign.setId("exercise-assign-" + row.id());
            card.add(assign);
            if (row.groups().isEmpty()) {
                card.add(new Paragraph(tab.getTranslation("exercise.not-assigned")));
            }
        }
        for (GroupState group : row.groups()) {
            Span state = new Span(state(tab, group));
            state.addClassName("badge");
            RouterLink open = new RouterLink(
                    tab.getTranslation(page.manages() ? "exercise.open-group" : "exercise.open-ours", group.group()),
                    WorkspaceView.class,
                    WorkspaceView.parameters(page.id(), row.id(), page.manages() ? group.workspaceId() : null));
            open.setId("exercise-open-" + group.workspaceId());
            Div line = new Div(open, state);
            line.addClassName("exercise-group");
            card.add(line);
        }
        return card;
    }

    private static String state(Div tab, GroupState group) {
        if (group.points() != null) {
            return tab.getTranslation("exercise.state.graded", group.points(), group.maxPoints());
        }
        if (group.submittedAt() != null) {
            return tab.getTranslation("exercise.state.submitted-short",
                    AcademyTime.format(group.submittedAt(), SeminarLocale.locale()));
        }
        return tab.getTranslation("exercise.state.in-progress");
    }

    private void assign(Div tab, SeminarPage page, ExerciseRow row, Runnable refresh) {
        Dialog dialog = new Dialog(tab.getTranslation("exercise.assign.header", row.title()));
        dialog.setId("exercise-assign-dialog");
        dialog.setWidth("min(32rem, 95vw)");
        List<GroupChoice> groups = exercises.groups(page.id(), SeminarLocale.language());
        if (groups.isEmpty()) {
            dialog.add(new Paragraph(tab.getTranslation("exercise.assign.no-groups")));
        }
        Set<Long> assigned = new HashSet<>(row.groups().stream().map(GroupState::groupId).toList());
        CheckboxGroup<GroupChoice> choice = new CheckboxGroup<>(tab.getTranslation("exercise.assign.groups"));
        choice.setId("exercise-assign-groups");
        choice.setItems(groups);
        choice.setItemLabelGenerator(GroupChoice::name);
        choice.setItemEnabledProvider(group -> !assigned.contains(group.id()));
        choice.setValue(new HashSet<>(groups.stream().filter(group -> assigned.contains(group.id())).toList()));
        Button all = new Button(tab.getTranslation("exercise.assign.all"),
                click -> choice.setValue(new HashSet<>(groups)));
        all.setId("exercise-assign-all-groups");
        Span error = new Span();
        error.addClassName("form-error");
        Button save = new Button(tab.getTranslation("exercise.assign.save"), click -> {
            try {
                exercises.assign(row.id(), choice.getValue().stream().map(GroupChoice::id).toList());
                dialog.close();
                refresh.run();
            } catch (RuleViolation refused) {
                error.setText(tab.getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("exercise-assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(tab.getTranslation("exercise.assign.about")), choice, all, error);
        dialog.getFooter().add(new Button(tab.getTranslation("seminar.form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
