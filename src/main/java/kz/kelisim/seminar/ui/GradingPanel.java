package kz.kelisim.seminar.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.ExerciseViews.Criterion;
import kz.kelisim.seminar.ExerciseViews.GradeView;
import kz.kelisim.seminar.ExerciseViews.Level;
import kz.kelisim.seminar.ExerciseViews.MemberGrade;
import kz.kelisim.seminar.ExerciseViews.WorkspacePage;
import kz.kelisim.seminar.GroupExerciseService;

/**
 * Grading a group's work with the exercise's rubric: a level per criterion (the total follows),
 * a comment, then each member's points with the trainer's adjustment and its reason. Grading waits
 * until the group has submitted or the deadline has passed.
 */
class GradingPanel extends Div {

    private static final String ERROR = "form-error";

    GradingPanel(GroupExerciseService exercises, WorkspacePage page, Runnable reload) {
        addClassName("grading-panel");
        setId("grading-panel");
        add(new H2(getTranslation("exercise.grade")));
        if (page.open()) {
            add(new Paragraph(getTranslation("exercise.grade.wait")));
            return;
        }
        GradeView grade = page.grade();
        List<RadioButtonGroup<Integer>> choices = new ArrayList<>();
        Span total = new Span();
        total.setId("grade-total");
        Runnable sum = () -> {
            int points = 0;
            for (int i = 0; i < choices.size(); i++) {
                Integer chosen = choices.get(i).getValue();
                points += chosen == null ? 0 : page.rubric().criteria().get(i).levels().get(chosen).points();
            }
            total.setText(getTranslation("exercise.grade.total", points, page.rubric().maxPoints()));
        };
        for (int i = 0; i < page.rubric().criteria().size(); i++) {
            Criterion criterion = page.rubric().criteria().get(i);
            RadioButtonGroup<Integer> levels = new RadioButtonGroup<>(criterion.title());
            levels.setId("criterion-" + i);
            levels.setItems(IntStream.range(0, criterion.levels().size()).boxed().toList());
            levels.setItemLabelGenerator(index -> levelText(criterion.levels().get(index)));
            if (grade != null) {
                levels.setValue(grade.levels().get(i));
            }
            levels.addValueChangeListener(change -> sum.run());
            levels.addClassName("rubric-criterion");
            choices.add(levels);
            add(levels);
        }
        sum.run();
        TextArea comment = new TextArea(getTranslation("exercise.grade.comment"));
        comment.setId("grade-comment");
        comment.setWidthFull();
        comment.setValue(grade == null || grade.comment() == null ? "" : grade.comment());
        Span error = new Span();
        error.addClassName(ERROR);
        error.setId("grade-error");
        Button save = new Button(getTranslation("exercise.grade.save"), click -> {
            if (choices.stream().anyMatch(choice -> choice.getValue() == null)) {
                error.setText(getTranslation("exercise.error.levels"));
                return;
            }
            try {
                exercises.grade(page.workspaceId(), choices.stream().map(RadioButtonGroup::getValue).toList(),
                        comment.getValue());
                reload.run();
            } catch (RuleViolation refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("grade-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(total, comment, save, error);
        if (grade != null) {
            add(members(exercises, page, grade, reload));
        }
    }

    private Div members(GroupExerciseService exercises, WorkspacePage page, GradeView grade, Runnable reload) {
        Div members = new Div();
        members.addClassName("grade-members");
        members.add(new Paragraph(getTranslation("exercise.adjust.about")));
        for (MemberGrade member : grade.members()) {
            Span name = new Span(member.fullName());
            name.addClassName("grade-member-name");
            Span points = new Span(getTranslation("exercise.member.points", member.points(), grade.maxPoints()));
            points.setId("member-points-" + member.userId());
            IntegerField change = new IntegerField(getTranslation("exercise.adjust.points"));
            change.setId("adjust-points-" + member.userId());
            change.setStepButtonsVisible(true);
            change.setValue(member.adjustment());
            TextField reason = new TextField(getTranslation("exercise.adjust.reason"));
            reason.setId("adjust-reason-" + member.userId());
            reason.setValue(member.reason() == null ? "" : member.reason());
            reason.setMaxLength(GroupExerciseService.MAX_REASON);
            Span error = new Span();
            error.addClassName(ERROR);
            Button save = new Button(getTranslation("exercise.adjust.save"), click -> {
                try {
                    exercises.adjust(page.workspaceId(), member.userId(),
                            change.getValue() == null ? 0 : change.getValue(), reason.getValue());
                    reload.run();
                } catch (RuleViolation refused) {
                    error.setText(getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
            save.setId("adjust-save-" + member.userId());
            Div row = new Div(name, points, change, reason, save, error);
            row.addClassName("grade-member");
            members.add(row);
        }
        return members;
    }

    private String levelText(Level level) {
        return getTranslation("exercise.level", level.label(), level.points());
    }

    /** The grade as a member sees it: the group's points, the level per criterion, the comment, their own points. */
    static Div summary(WorkspacePage page) {
        GradeView grade = page.grade();
        Div summary = new Div();
        summary.addClassName("grade-summary");
        summary.setId("workspace-grade");
        summary.add(new H2(summary.getTranslation("exercise.grade")));
        Paragraph group = new Paragraph(summary.getTranslation("exercise.grade.group", grade.points(),
                grade.maxPoints()));
        group.setId("grade-group-points");
        summary.add(group);
        for (int i = 0; i < page.rubric().criteria().size(); i++) {
            Criterion criterion = page.rubric().criteria().get(i);
            Level level = criterion.levels().get(grade.levels().get(i));
            summary.add(new Paragraph(summary.getTranslation("exercise.grade.criterion", criterion.title(),
                    level.label(), level.points(), criterion.maxPoints())));
        }
        if (grade.comment() != null) {
            Paragraph comment = new Paragraph(grade.comment());
            comment.addClassName("grade-comment");
            summary.add(comment);
        }
        for (MemberGrade member : grade.members()) {
            Paragraph mine = new Paragraph(member.adjustment() == 0
                    ? summary.getTranslation("exercise.grade.mine", member.points(), grade.maxPoints())
                    : summary.getTranslation("exercise.grade.mine-adjusted", member.points(), grade.maxPoints(),
                            member.adjustment(), member.reason()));
            mine.setId("grade-mine");
            summary.add(mine);
        }
        return summary;
    }
}
