package kz.kelisim.quiz.ui;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.ui.DecimalField;
import kz.kelisim.quiz.GradingService;
import kz.kelisim.quiz.GradingService.EssayToGrade;
import kz.kelisim.security.Roles;

/**
 * The essays waiting for a trainer, oldest first, paged from the database; choosing one opens it
 * beside the list with marks and a comment. Saving moves on to the next waiting essay.
 */
@Route("grading")
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
@Menu(order = 40, title = "nav.grading", icon = "vaadin:edit")
public class GradingView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 25;

    private final GradingService grading;
    private final Grid<EssayToGrade> essays = new Grid<>();
    private final Section editor = new Section();
    private final Paragraph empty = new Paragraph();

    public GradingView(GradingService grading) {
        this.grading = grading;
        addClassName("grading-view");
        add(new H1(getTranslation("grading.title")), new Paragraph(getTranslation("grading.intro")));
        empty.setText(getTranslation("grading.empty"));
        empty.addClassName("empty-state");
        empty.setId("grading-empty");
        essays.setId("grading-essays");
        essays.setPageSize(PAGE_SIZE);
        essays.addColumn(EssayToGrade::traineeName).setHeader(getTranslation("grading.trainee")).setAutoWidth(true);
        essays.addColumn(essay -> essay.courseTitle() + " · " + essay.quizTitle())
                .setHeader(getTranslation("grading.quiz"));
        essays.addColumn(essay -> AcademyTime.format(essay.submittedAt(), getLocale()))
                .setHeader(getTranslation("grading.submitted")).setAutoWidth(true);
        essays.setAllRowsVisible(false);
        essays.setHeight("22em");
        essays.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        editor.addClassNames("card", "grading-editor");
        editor.setId("grading-editor");
        add(empty, essays, editor);
        refresh();
    }

    private Language reader() {
        return Language.of(getLocale()).orElse(Language.DEFAULT);
    }

    private void refresh() {
        Language reader = reader();
        long waiting = grading.essaysWaiting();
        essays.setItems(query -> grading.essaysWaiting(PageRequest.of(query.getPage(), query.getPageSize()), reader)
                .stream(), query -> (int) grading.essaysWaiting());
        empty.setVisible(waiting == 0);
        essays.setVisible(waiting > 0);
        edit(null);
    }

    private void edit(EssayToGrade essay) {
        editor.removeAll();
        editor.setVisible(essay != null);
        if (essay == null) {
            return;
        }
        Paragraph question = new Paragraph(essay.questionText());
        question.addClassName("question-text");
        Div text = new Div(new Span(essay.essay().isBlank() ? getTranslation("grading.blank") : essay.essay()));
        text.addClassName("grading-essay");
        text.setId("grading-essay");
        DecimalField marks = new DecimalField(getTranslation("grading.marks", Marks.format(essay.maxMarks(), getLocale())));
        marks.setId("grading-marks");
        marks.setRequiredIndicatorVisible(true);
        TextArea comment = new TextArea(getTranslation("grading.comment"));
        comment.setId("grading-comment");
        comment.setMaxLength(GradingService.MAX_COMMENT_LENGTH);
        comment.setWidthFull();
        Button save = new Button(getTranslation("grading.save"), click -> {
            if (marks.getValue() == null) {
                if (!marks.isInvalid()) {
                    marks.setInvalid(true);
                    marks.setErrorMessage(getTranslation("grading.marks-required"));
                }
                return;
            }
            try {
                grading.gradeEssay(essay.answerId(), marks.getValue().doubleValue(), comment.getValue());
            } catch (RuleViolation refused) {
                if (refused.messageKey().equals("grading.error.already-graded")) {
                    Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE);
                    refresh();
                    return;
                }
                marks.setInvalid(true);
                marks.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                return;
            }
            Notification.show(getTranslation("grading.saved", essay.traineeName()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            // on to the next essay, so a trainer works down the queue without picking each one
            grading.essaysWaiting(PageRequest.of(0, 1), reader()).stream().findFirst().ifPresent(essays::select);
        });
        save.setId("grading-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.add(new H2(essay.traineeName()), new Span(essay.courseTitle() + " · " + essay.quizTitle()), question,
                text, marks, comment, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.title");
    }
}
