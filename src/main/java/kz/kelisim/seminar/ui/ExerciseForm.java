package kz.kelisim.seminar.ui;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.ExerciseViews.CaseChoice;
import kz.kelisim.seminar.ExerciseViews.Criterion;
import kz.kelisim.seminar.ExerciseViews.ExerciseDetails;
import kz.kelisim.seminar.ExerciseViews.Level;
import kz.kelisim.seminar.ExerciseViews.Rubric;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.ui.Localized;

/**
 * A new group exercise: title, the case (written here in Markdown, or a case study of one of the
 * seminar's courses), the deadline in Almaty time and the rubric (criteria, each with levels and
 * points). The service checks it all again.
 */
class ExerciseForm extends Dialog {

    /** Three levels to start each criterion with: weak 0, sufficient 2, strong 4 points. */
    private static final int[] STARTING_POINTS = {0, 2, 4};

    private final GroupExerciseService exercises;
    private final long seminarId;
    private final Runnable saved;
    private final Div criteria = new Div();
    private final List<CriterionRows> rubric = new ArrayList<>();

    ExerciseForm(GroupExerciseService exercises, long seminarId, Runnable saved) {
        this.exercises = exercises;
        this.seminarId = seminarId;
        this.saved = saved;
        setHeaderTitle(getTranslation("exercise.new"));
        setId("exercise-form");
        setWidth("min(50rem, 98vw)");
        addClassName("exercise-form");

        TextField title = new TextField(getTranslation("exercise.title"));
        title.setId("exercise-title");
        title.setWidthFull();
        title.setMaxLength(ExerciseDetails.MAX_TITLE);
        TextArea caseText = new TextArea(getTranslation("exercise.case-text"));
        caseText.setId("exercise-case");
        caseText.setWidthFull();
        caseText.setHelperText(getTranslation("exercise.case-text.help"));
        ComboBox<CaseChoice> fromCourse = new ComboBox<>(getTranslation("exercise.case-from-course"));
        fromCourse.setId("exercise-case-course");
        fromCourse.setItems(exercises.cases(seminarId, SeminarLocale.language()));
        fromCourse.setItemLabelGenerator(choice -> choice.roleCards() == 0 ? choice.title()
                : getTranslation("exercise.case.with-role-cards", choice.title(), choice.roleCards()));
        fromCourse.setWidthFull();
        fromCourse.setClearButtonVisible(true);
        DateTimePicker deadline = Localized.dateTimePicker(new DateTimePicker(getTranslation("exercise.deadline")));
        deadline.setId("exercise-deadline");
        deadline.setLocale(SeminarLocale.locale());
        deadline.setHelperText(getTranslation("exercise.deadline.help"));

        criteria.addClassName("rubric-criteria");
        addCriterion();
        Button addCriterion = new Button(getTranslation("exercise.rubric.add-criterion"), VaadinIcon.PLUS.create(),
                click -> addCriterion());
        addCriterion.setId("rubric-add-criterion");

        Span error = new Span();
        error.addClassName("form-error");
        error.setId("exercise-error");
        Button save = new Button(getTranslation("exercise.create"), click -> {
            CaseChoice course = fromCourse.getValue();
            LocalDateTime due = deadline.getValue();
            try {
                exercises.create(seminarId, new ExerciseDetails(title.getValue(), caseText.getValue(),
                        course == null ? null : course.courseId(), course == null ? null : course.activityId(),
                        due == null ? null : AcademyTime.instant(due), rubric()));
                close();
                this.saved.run();
            } catch (RuleViolation refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("exercise-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div rubricSection = new Div(new H3(getTranslation("exercise.rubric")), criteria, addCriterion);
        rubricSection.addClassName("rubric-editor");
        add(title, caseText, fromCourse, deadline, rubricSection, error);
        getFooter().add(new Button(getTranslation("seminar.form.cancel"), click -> close()), save);
    }

    private Rubric rubric() {
        return new Rubric(rubric.stream().map(CriterionRows::criterion).toList());
    }

    private void addCriterion() {
        CriterionRows added = new CriterionRows(rubric.size());
        rubric.add(added);
        criteria.add(added);
    }

    /** One criterion: its title and its levels (label and points), lowest first. */
    private final class CriterionRows extends Div {

        private final TextField title = new TextField(getTranslation("exercise.rubric.criterion"));
        private final Div levels = new Div();
        private final List<TextField> labels = new ArrayList<>();
        private final List<IntegerField> points = new ArrayList<>();
        private final int index;

        CriterionRows(int index) {
            this.index = index;
            addClassName("rubric-criterion-editor");
            title.setId("rubric-criterion-" + index);
            title.setWidthFull();
            levels.addClassName("rubric-levels");
            for (int level = 0; level < STARTING_POINTS.length; level++) {
                addLevel(getTranslation("exercise.rubric.level." + (level + 1)), STARTING_POINTS[level]);
            }
            Button addLevel = new Button(getTranslation("exercise.rubric.add-level"), VaadinIcon.PLUS.create(),
                    click -> addLevel("", 0));
            addLevel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            addLevel.setId("rubric-add-level-" + index);
            Button remove = new Button(getTranslation("exercise.rubric.remove-criterion"), VaadinIcon.TRASH.create(),
                    click -> {
                        rubric.remove(this);
                        criteria.remove(this);
                    });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(title, levels, new Div(addLevel, remove));
        }

        private void addLevel(String label, int value) {
            int level = labels.size();
            TextField name = new TextField(getTranslation("exercise.rubric.level"));
            name.setValue(label);
            name.setId("rubric-level-" + index + "-" + level);
            IntegerField score = new IntegerField(getTranslation("exercise.rubric.points"));
            score.setValue(value);
            score.setMin(0);
            score.setMax(GroupExerciseService.MAX_LEVEL_POINTS);
            score.setId("rubric-points-" + index + "-" + level);
            labels.add(name);
            points.add(score);
            Div row = new Div(name, score);
            row.addClassName("rubric-level");
            levels.add(row);
        }

        Criterion criterion() {
            List<Level> chosen = new ArrayList<>();
            for (int level = 0; level < labels.size(); level++) {
                Integer value = points.get(level).getValue();
                chosen.add(new Level(labels.get(level).getValue().strip(), value == null ? -1 : value));
            }
            return new Criterion(title.getValue().strip(), chosen);
        }
    }
}
