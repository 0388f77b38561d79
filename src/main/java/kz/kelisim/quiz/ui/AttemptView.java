package kz.kelisim.quiz.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.base.TypedNumber;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.QuestionPaper.PaperQuestion;
import kz.kelisim.quiz.QuestionType;
import kz.kelisim.quiz.QuizSettings;
import kz.kelisim.quiz.QuizViews.AnswerSaved;
import kz.kelisim.quiz.QuizViews.AttemptPage;
import kz.kelisim.quiz.QuizViews.SaveOutcome;
import kz.kelisim.quiz.Response;

/**
 * Taking a quiz: the questions one per page or all on one page, a navigation panel showing which
 * are answered, each answer saved the moment it is given (with "saved at" beside it), the time left
 * counted down from the server's deadline, and submission after a confirmation. Opening the page
 * again, on any device, resumes the attempt exactly; a page opened after the deadline finds it
 * submitted.
 */
@Route("quiz-attempts/:attemptId")
@PermitAll
public class AttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ATTEMPT_ID = "attemptId";
    static final String QUESTION = "question";

    private final AttemptService quizzes;
    private AttemptPage page;
    private final List<QuestionField> fields = new ArrayList<>();
    private final List<Span> statuses = new ArrayList<>();
    private final List<Button> navButtons = new ArrayList<>();
    private final Div questions = new Div();
    private final Span timer = new Span();
    private int current;

    public AttemptView(AttemptService quizzes) {
        this.quizzes = quizzes;
        addClassName("attempt-view");
        questions.addClassName("attempt-questions");
        timer.setId("attempt-timer");
        timer.addClassName("attempt-timer");
        timer.getElement().setAttribute("role", "timer");
        timer.getElement().setAttribute("aria-live", "off");
    }

    static RouteParameters parameters(long attemptId) {
        return new RouteParameters(ATTEMPT_ID, String.valueOf(attemptId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = event.getRouteParameters().getLong(ATTEMPT_ID).orElse(-1L);
        AttemptPage loaded = quizzes.attempt(attemptId, Language.of(getLocale()).orElse(Language.DEFAULT));
        if (loaded.submitted()) {
            event.forwardTo(QuizView.class, QuizView.parameters(loaded.courseId(), loaded.quizId()));
            return;
        }
        // a reload returns to the question being answered, which the address keeps (?question=4)
        int asked = event.getLocation().getQueryParameters().getSingleParameter(QUESTION)
                .flatMap(AttemptView::number).orElse(1);
        show(loaded, Math.clamp(asked - 1, 0, Math.max(0, loaded.questions().size() - 1)));
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void show(AttemptPage attempt, int first) {
        this.page = attempt;
        removeAll();
        fields.clear();
        statuses.clear();
        navButtons.clear();
        Div header = new Div(new H1(attempt.quizTitle()));
        header.addClassName("attempt-header");
        if (attempt.deadline() != null) {
            header.add(timer);
            startCountdown(Duration.between(attempt.now(), attempt.deadline()));
        }
        add(header, navigation(attempt));
        List<PaperQuestion> paper = attempt.questions();
        for (int i = 0; i < paper.size(); i++) {
            PaperQuestion question = paper.get(i);
            QuestionField field = new QuestionField(question, i + 1, attempt.shownIn(),
                    attempt.answers().get(question.questionId()));
            Span status = new Span(attempt.savedAt().containsKey(question.questionId())
                    ? getTranslation("quiz.saved-at", AcademyTime.time(attempt.savedAt().get(question.questionId()), getLocale()))
                    : "");
            status.addClassName("save-status");
            status.getElement().setAttribute("aria-live", "polite");
            int index = i;
            field.addAnswerListener(response -> save(index, response));
            field.getElement().appendChild(status.getElement());
            fields.add(field);
            statuses.add(status);
        }
        add(questions, actions());
        showQuestion(first);
    }

    private Nav navigation(AttemptPage attempt) {
        Nav nav = new Nav();
        nav.addClassName("attempt-navigation");
        nav.getElement().setAttribute("aria-label", getTranslation("quiz.navigation"));
        for (int i = 0; i < attempt.questions().size(); i++) {
            int index = i;
            Button button = new Button(String.valueOf(i + 1), click -> showQuestion(index));
            button.setId("nav-" + (i + 1));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (attempt.answers().containsKey(attempt.questions().get(i).questionId())) {
                button.addClassName("answered");
            }
            navButtons.add(button);
            nav.add(button);
        }
        return nav;
    }

    private boolean onePerPage() {
        return page.layout() == QuizSettings.Layout.ONE_PER_PAGE;
    }

    private void showQuestion(int index) {
        if (fields.isEmpty()) {
            return;
        }
        boolean jump = questions.getComponentCount() > 0;
        current = index;
        if (onePerPage()) {
            questions.removeAll();
            questions.add(fields.get(index));
        } else if (!jump) {
            fields.forEach(questions::add);
        }
        if (jump || index > 0) {
            // below the sticky header, whose height changes with the title's length and the screen
            fields.get(index).getElement().executeJs("""
                    const header = document.querySelector('.attempt-header');
                    this.style.scrollMarginTop = ((header ? header.getBoundingClientRect().height : 0) + 12) + 'px';
                    this.scrollIntoView({block: 'start'});
                    this.focus({preventScroll: true});
                    """);
        }
        for (int i = 0; i < navButtons.size(); i++) {
            navButtons.get(i).getElement().setAttribute("aria-current", i == index && onePerPage() ? "step" : "false");
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(
                RouteConfiguration.forSessionScope().getUrl(AttemptView.class, parameters(page.attemptId())),
                QueryParameters.of(QUESTION, String.valueOf(index + 1))));
    }

    private Div actions() {
        Div actions = new Div();
        actions.addClassName("attempt-actions");
        if (onePerPage()) {
            Button previous = new Button(getTranslation("quiz.previous"), VaadinIcon.ARROW_LEFT.create(),
                    click -> showQuestion(Math.max(0, current - 1)));
            previous.setId("attempt-previous");
            Button next = new Button(getTranslation("quiz.next"), VaadinIcon.ARROW_RIGHT.create(),
                    click -> showQuestion(Math.min(fields.size() - 1, current + 1)));
            next.setId("attempt-next");
            next.setIconAfterText(true);
            actions.add(previous, next);
        }
        Button submit = new Button(getTranslation("quiz.submit"), click -> confirmSubmit());
        submit.setId("attempt-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(submit);
        return actions;
    }

    private void save(int index, Response response) {
        PaperQuestion question = page.questions().get(index);
        Span status = statuses.get(index);
        try {
            AnswerSaved saved = quizzes.saveAnswer(page.attemptId(), question.questionId(), response);
            if (saved.outcome() != SaveOutcome.SAVED) {
                finished(saved.outcome() == SaveOutcome.TIME_UP ? "quiz.time-up" : "quiz.already-submitted");
                return;
            }
            status.setText(savedText(question, response, saved));
            status.removeClassName("error");
            navButtons.get(index).setClassName("answered", response != null);
        } catch (RuleViolation refused) {
            status.setText(getTranslation(refused.messageKey(), refused.arguments()));
            status.addClassName("error");
        }
    }

    /** "Saved at 10:02", and for a number what was understood: "2008 ж." is saved as 2008. */
    private String savedText(PaperQuestion question, Response response, AnswerSaved saved) {
        String at = AcademyTime.time(saved.at(), getLocale());
        if (question.type() == QuestionType.NUMERIC && response instanceof Response.Typed typed) {
            return getTranslation("quiz.saved-as-number", at,
                    Marks.number(TypedNumber.read(typed.text()).value(), getLocale()));
        }
        return getTranslation("quiz.saved-at", at);
    }

    private void confirmSubmit() {
        long unanswered = navButtons.stream().filter(button -> !button.hasClassName("answered")).count();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("quiz.submit.confirm.header"));
        dialog.setText(unanswered == 0 ? getTranslation("quiz.submit.confirm.all-answered")
                : getTranslation("quiz.submit.confirm.unanswered", unanswered));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("quiz.submit.confirm.back"));
        dialog.setConfirmText(getTranslation("quiz.submit"));
        dialog.addConfirmListener(event -> {
            boolean reviewable = quizzes.submit(page.attemptId());
            notify("quiz.submitted");
            if (reviewable) {
                UI.getCurrent().navigate(AttemptReviewView.class, parameters(page.attemptId()));
            } else {
                UI.getCurrent().navigate(QuizView.class, QuizView.parameters(page.courseId(), page.quizId()));
            }
        });
        dialog.setId("attempt-submit-confirm");
        dialog.open();
    }

    /** The countdown runs in the browser from the server's figure; at zero the server decides. */
    private void startCountdown(Duration left) {
        timer.getElement().executeJs("""
                const el = this, view = $0, template = $1;
                let left = Math.max(0, $2);
                clearInterval(el.kelisimCountdown);
                const render = () => {
                  const h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
                  const clock = (h > 0 ? h + ':' + String(m).padStart(2, '0') : m) + ':' + String(s).padStart(2, '0');
                  el.textContent = template.replace('{0}', clock);
                  el.classList.toggle('time-short', left < 60);
                };
                render();
                el.kelisimCountdown = setInterval(() => {
                  left = left - 1;
                  render();
                  if (left <= 0) {
                    clearInterval(el.kelisimCountdown);
                    view.$server.timeUp();
                  }
                }, 1000);
                """, getElement(), getTranslation("quiz.time-left"), left.toSeconds());
    }

    /** The browser's countdown reached zero: the server checks its own clock and submits if due. */
    @ClientCallable
    void timeUp() {
        AttemptPage now = quizzes.attempt(page.attemptId(), page.shownIn());
        if (now.submitted()) {
            finished("quiz.time-up");
        } else {
            startCountdown(Duration.between(now.now(), now.deadline()));
        }
    }

    private void finished(String messageKey) {
        notify(messageKey);
        UI.getCurrent().navigate(QuizView.class, QuizView.parameters(page.courseId(), page.quizId()));
    }

    private void notify(String messageKey) {
        Notification notification = Notification.show(getTranslation(messageKey), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("quiz.page-title", "") : getTranslation("quiz.page-title", page.quizTitle());
    }
}
