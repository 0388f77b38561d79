package kz.kelisim.quiz.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.Question;
import kz.kelisim.quiz.QuizViews.AttemptReview;
import kz.kelisim.quiz.QuizViews.ReviewedQuestion;

/**
 * A submitted attempt reviewed: each question with the answer given and, as the quiz allows, its
 * marks, the right answer and feedback. Trainers see everything, with the trainee's name.
 */
@Route("quiz-attempts/:attemptId/review")
@PermitAll
public class AttemptReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AttemptService quizzes;
    private String title = "";

    public AttemptReviewView(AttemptService quizzes) {
        this.quizzes = quizzes;
        addClassName("attempt-review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = event.getRouteParameters().getLong(AttemptView.ATTEMPT_ID).orElse(-1L);
        show(quizzes.review(attemptId, Language.of(getLocale()).orElse(Language.DEFAULT)));
    }

    private void show(AttemptReview review) {
        removeAll();
        title = review.quizTitle();
        Anchor back = new Anchor("courses/" + review.courseId() + "/quizzes/" + review.quizId(), review.quizTitle());
        back.addClassName("lesson-course-link");
        add(back, new H1(getTranslation("review.heading", review.number())), summary(review));
        for (int i = 0; i < review.questions().size(); i++) {
            add(question(review, review.questions().get(i), i + 1));
        }
    }

    private Section summary(AttemptReview review) {
        Section summary = new Section();
        summary.addClassNames("card", "review-summary");
        summary.setId("review-summary");
        summary.add(new Paragraph(getTranslation("review.trainee", review.traineeName())));
        summary.add(new Paragraph(getTranslation("review.times", AcademyTime.format(review.startedAt(), getLocale()),
                AcademyTime.format(review.submittedAt(), getLocale()))));
        if (review.showsMarks()) {
            Paragraph marks = new Paragraph(getTranslation("review.marks", Marks.format(review.marks(), getLocale()),
                    Marks.format(review.maxMarks(), getLocale()), Marks.format(review.percent(), getLocale())));
            marks.setId("review-marks");
            summary.add(marks);
            if (review.awaitingGrading() > 0) {
                summary.add(new Paragraph(getTranslation("review.awaiting", review.awaitingGrading())));
            } else if (review.passed() != null) {
                Span passed = new Span(getTranslation(review.passed() ? "review.passed" : "review.not-passed"));
                passed.addClassName(review.passed() ? "success" : "notice");
                summary.add(passed);
            }
        }
        return summary;
    }

    private Section question(AttemptReview review, ReviewedQuestion reviewed, int number) {
        QuestionField field = new QuestionField(reviewed.question(), number, review.shownIn(), reviewed.response());
        field.setReadOnly(true);
        Section section = new Section(field);
        section.addClassNames("card", "reviewed-question", "reviewed-" + state(reviewed));
        if (reviewed.response() == null) {
            section.add(note(getTranslation("review.not-answered"), "review-not-answered"));
        }
        if (reviewed.marks() != null) {
            section.add(note(reviewed.awaitingTrainer() ? getTranslation("review.question.awaiting")
                    : getTranslation("review.question.marks", Marks.format(reviewed.marks(), getLocale()),
                            Marks.format(reviewed.question().mark(), getLocale())), "review-question-marks"));
        }
        if (reviewed.solution() != null && reviewed.solution().type() != kz.kelisim.quiz.QuestionType.ESSAY) {
            section.add(note(getTranslation("review.right-answer", rightAnswer(reviewed.solution(), review.shownIn())),
                    "review-right-answer"));
        }
        reviewed.feedback().forEach(feedback -> section.add(note(feedback, "review-feedback")));
        if (reviewed.trainerComment() != null && !reviewed.trainerComment().isBlank()) {
            section.add(note(getTranslation("review.trainer-comment", reviewed.trainerComment()), "review-comment"));
        }
        return section;
    }

    private static String state(ReviewedQuestion reviewed) {
        if (reviewed.fraction() == null) {
            return "hidden";
        }
        if (reviewed.awaitingTrainer()) {
            return "awaiting";
        }
        return reviewed.fraction() >= 1 ? "right" : reviewed.fraction() > 0 ? "partial" : "wrong";
    }

    private Div note(String text, String className) {
        Div note = new Div(new Span(text));
        note.addClassName(className);
        return note;
    }

    /** The right answer in words, in the language of the review. */
    private String rightAnswer(Question question, Language language) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream().filter(option -> option.weight() > 0)
                    .map(option -> option.text().in(language)).collect(Collectors.joining("; "));
            case TRUE_FALSE -> getTranslation(Boolean.TRUE.equals(question.correct()) ? "quiz.true" : "quiz.false");
            case MATCHING -> question.pairs().stream().filter(pair -> !pair.prompt().texts().isEmpty())
                    .map(pair -> pair.prompt().in(language) + " → " + pair.match().in(language))
                    .collect(Collectors.joining("; "));
            case ORDERING -> question.options().stream().map(option -> option.text().in(language))
                    .collect(Collectors.joining(" → "));
            case SHORT_ANSWER -> String.join("; ", question.accepted().getOrDefault(language,
                    question.accepted().values().stream().findFirst().orElse(List.of())));
            case NUMERIC -> question.number().tolerance() > 0
                    ? Marks.format(question.number().value(), getLocale()) + " ± " + Marks.format(question.number().tolerance(), getLocale())
                    : Marks.format(question.number().value(), getLocale());
            case ESSAY -> "";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.page-title", title);
    }
}
