package kz.kelisim.quiz.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.QuizViews.AttemptSummary;
import kz.kelisim.quiz.QuizViews.QuizOverview;

/** A quiz's page: its rules, the trainee's attempts with their review, and start or continue. */
@Route("courses/:courseId/quizzes/:quizId")
@PermitAll
public class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COURSE_ID = "courseId";
    static final String QUIZ_ID = "quizId";

    private final AttemptService quizzes;
    private String title = "";

    public QuizView(AttemptService quizzes) {
        this.quizzes = quizzes;
        addClassName("quiz-view");
    }

    static RouteParameters parameters(String courseId, String quizId) {
        return new RouteParameters(Map.of(COURSE_ID, courseId, QUIZ_ID, quizId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get(COURSE_ID).orElse("");
        String quizId = event.getRouteParameters().get(QUIZ_ID).orElse("");
        show(quizzes.overview(courseId, quizId, Language.of(getLocale()).orElse(Language.DEFAULT)));
    }

    private void show(QuizOverview quiz) {
        removeAll();
        title = quiz.quizTitle();
        Anchor course = new Anchor("courses/" + quiz.courseId(), quiz.courseTitle());
        course.addClassName("lesson-course-link");
        add(course, new H1(quiz.quizTitle()), rules(quiz), standing(quiz));
        if (!quiz.attempts().isEmpty()) {
            add(attempts(quiz));
        }
    }

    private Section rules(QuizOverview quiz) {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("quiz.rule.questions", quiz.questionCount()));
        lines.add(quiz.timeLimit() == null ? getTranslation("quiz.rule.no-time-limit")
                : getTranslation("quiz.rule.time-limit", quiz.timeLimit().toMinutes()));
        lines.add(quiz.attemptsAllowed() == 0 ? getTranslation("quiz.rule.attempts-unlimited")
                : getTranslation("quiz.rule.attempts", quiz.attemptsAllowed()));
        if (quiz.attemptsAllowed() != 1) {
            lines.add(getTranslation("quiz.rule.grading." + quiz.grading().name().toLowerCase()));
        }
        lines.add(getTranslation("quiz.rule.pass-mark", Marks.format(quiz.passMark(), getLocale())));
        if (quiz.opens() != null) {
            lines.add(getTranslation("quiz.rule.opens", AcademyTime.format(quiz.opens(), getLocale())));
        }
        if (quiz.closes() != null) {
            lines.add(getTranslation("quiz.rule.closes", AcademyTime.format(quiz.closes(), getLocale())));
        }
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        Section rules = new Section(list);
        rules.addClassNames("card", "quiz-rules");
        if (quiz.timeLimit() != null) {
            rules.add(new Paragraph(getTranslation("quiz.rule.time-limit-note")));
        }
        return rules;
    }

    private Section standing(QuizOverview quiz) {
        Section standing = new Section();
        standing.addClassNames("card", "quiz-standing");
        if (quiz.gradePercent() != null) {
            String key = quiz.passed() ? "quiz.grade.passed"
                    : quiz.gradeFinal() ? "quiz.grade.not-passed" : "quiz.grade.awaiting";
            Span grade = new Span(getTranslation(key, Marks.format(quiz.gradePercent(), getLocale())));
            grade.addClassName(quiz.passed() ? "success" : "notice");
            grade.setId("quiz-grade");
            standing.add(grade);
        }
        if (quiz.attemptInProgress() != null) {
            standing.add(startButton(quiz, "quiz.continue"));
        } else if (quiz.mayStart()) {
            standing.add(startButton(quiz, quiz.attempts().isEmpty() ? "quiz.start" : "quiz.start-again"));
        } else {
            Paragraph refusal = new Paragraph(getTranslation(quiz.refusal()));
            refusal.setId("quiz-refusal");
            refusal.addClassName("empty-state");
            standing.add(refusal);
        }
        return standing;
    }

    private Button startButton(QuizOverview quiz, String textKey) {
        Button start = new Button(getTranslation(textKey), click -> {
            long attemptId = quizzes.startOrResume(quiz.courseId(), quiz.quizId());
            UI.getCurrent().navigate(AttemptView.class, AttemptView.parameters(attemptId));
        });
        start.setId("quiz-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        return start;
    }

    private Section attempts(QuizOverview quiz) {
        Grid<AttemptSummary> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(AttemptSummary::number).setHeader(getTranslation("quiz.attempts.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(attempt -> attempt.submitted()
                ? getTranslation("quiz.attempts.submitted-at", AcademyTime.format(attempt.submittedAt(), getLocale()))
                : getTranslation("quiz.attempts.in-progress")).setHeader(getTranslation("quiz.attempts.state"));
        grid.addColumn(attempt -> attempt.percent() == null ? ""
                : attempt.awaitingGrading() > 0 ? getTranslation("quiz.attempts.awaiting", Marks.format(attempt.percent(), getLocale()))
                : Marks.format(attempt.percent(), getLocale()) + " %").setHeader(getTranslation("quiz.attempts.grade"));
        grid.addComponentColumn(attempt -> attempt.reviewable()
                ? new RouterLink(getTranslation("quiz.attempts.review"), AttemptReviewView.class,
                        AttemptView.parameters(attempt.id()))
                : new Span()).setHeader(getTranslation("quiz.attempts.review-header")).setKey("review");
        grid.setItems(quiz.attempts());
        grid.setId("quiz-attempts");
        Section section = new Section(grid);
        section.addClassNames("card", "quiz-attempts");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.page-title", title);
    }
}
