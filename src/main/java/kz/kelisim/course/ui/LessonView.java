package kz.kelisim.course.ui;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.Language;
import kz.kelisim.course.ActivityType;
import kz.kelisim.course.CourseProgress;
import kz.kelisim.course.CourseViews;
import kz.kelisim.course.CourseViews.ActivityView;
import kz.kelisim.course.CourseViews.LegalBasisView;
import kz.kelisim.course.CourseViews.LessonOutline;
import kz.kelisim.course.CourseViews.LessonPage;
import kz.kelisim.course.CourseViews.ModuleOutline;
import kz.kelisim.course.CourseViews.RoleCardView;
import kz.kelisim.course.LegalAct;
import kz.kelisim.course.LessonRenderer;
import kz.kelisim.course.LessonService;
import kz.kelisim.ui.Downloads;

/**
 * The lesson player: the lesson text set for long reading, its activities, the table of contents,
 * previous and next. A lesson counts as done when the reader reaches its end or presses the button.
 */
@Route("courses/:courseId/lessons/:lessonId")
@PermitAll
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static final String LESSON_ID = "lessonId";

    private final LessonService lessons;
    private LessonPage page;
    private final Div status = new Div();

    public LessonView(LessonService lessons) {
        this.lessons = lessons;
        addClassName("lesson-view");
        status.addClassName("lesson-status");
    }

    static RouteParameters parameters(String courseId, String lessonId) {
        return new RouteParameters(Map.of(CourseView.COURSE_ID, courseId, LESSON_ID, lessonId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get(CourseView.COURSE_ID).orElse("");
        String lessonId = event.getRouteParameters().get(LESSON_ID).orElse("");
        Language reader = Language.of(getLocale()).orElse(Language.DEFAULT);
        lessons.openLesson(courseId, lessonId, reader).ifPresentOrElse(this::show,
                () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(LessonPage lesson) {
        this.page = lesson;
        removeAll();
        RouterLink course = new RouterLink(lesson.courseTitle(), CourseView.class,
                CourseView.parameters(lesson.courseId()));
        course.addClassName("lesson-course-link");
        Span module = new Span(lesson.moduleTitle());
        module.addClassName("lesson-module");
        add(new Div(course, module), new H1(lesson.lessonTitle()));
        if (lesson.underReview()) {
            add(reviewNotice(lesson));
        }
        if (lesson.fallback()) {
            add(CourseTexts.fallbackNotice(this, lesson.shownIn()));
        }
        add(contents(lesson));
        if (lesson.reviewed() != null || !lesson.legalBasis().isEmpty()) {
            add(legalBasis(lesson));
        }
        add(CourseTexts.sanitisedHtml(new Article(), lesson.html()));
        lesson.activities().forEach(activity -> add(activity(activity)));
        Div end = new Div();
        end.setId("lesson-end");
        end.addClassName("lesson-end");
        add(end, status, navigation(lesson));
        updateStatus(lesson.done(), lesson.progress());
        if (lesson.recordsProgress() && !lesson.done()) {
            end.getElement().executeJs("const view = $0; const observer = new IntersectionObserver(entries => { if (entries.some(entry => entry.isIntersecting)) { observer.disconnect(); view.$server.reachedEnd(); } }); observer.observe(this);", getElement());
        }
    }

    /** Called by the browser when the end of the lesson scrolls into view. */
    @ClientCallable
    void reachedEnd() {
        markDone();
    }

    private void markDone() {
        if (page == null || !page.recordsProgress()) {
            return;
        }
        lessons.completeLesson(page.courseId(), page.lessonId())
                .ifPresent(progress -> updateStatus(true, progress));
    }

    private void updateStatus(boolean done, CourseProgress progress) {
        status.removeAll();
        if (!page.recordsProgress()) {
            Span preview = new Span(getTranslation("lesson.preview"));
            preview.addClassName("empty-state");
            status.add(preview);
            return;
        }
        if (done) {
            Span mark = new Span(getTranslation("lesson.done"));
            mark.setId("lesson-done");
            mark.addClassName("success");
            status.add(mark);
        } else {
            Button complete = new Button(getTranslation("lesson.complete"), VaadinIcon.CHECK.create(),
                    click -> markDone());
            complete.setId("lesson-complete");
            status.add(complete);
        }
        if (progress != null) {
            Span figures = new Span(getTranslation("course.progress", progress.lessonsDone(), progress.lessonsTotal(),
                    progress.percent()));
            figures.setId("lesson-progress");
            status.add(figures);
            if (progress.completed()) {
                Span completed = new Span(getTranslation("course.completed"));
                completed.addClassName("success");
                status.add(completed);
            }
        }
    }

    private Details contents(LessonPage lesson) {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("lesson.contents"));
        for (ModuleOutline module : lesson.contents()) {
            OrderedList items = new OrderedList();
            for (LessonOutline entry : module.lessons()) {
                RouterLink link = new RouterLink(entry.title(), LessonView.class,
                        parameters(lesson.courseId(), entry.id()));
                ListItem item = new ListItem(link);
                if (entry.id().equals(lesson.lessonId())) {
                    item.addClassName("current");
                    link.getElement().setAttribute("aria-current", "page");
                }
                if (entry.done()) {
                    item.addClassName("done");
                }
                items.add(item);
            }
            nav.add(new H3(module.title()), items);
        }
        Details contents = new Details(getTranslation("lesson.contents"), nav);
        contents.setId("lesson-contents");
        contents.addClassName("lesson-contents");
        return contents;
    }

    private Section activity(ActivityView activity) {
        Section section = new Section();
        section.addClassNames("card", "activity", "activity-" + activity.type().code());
        section.setId("activity-" + activity.id());
        Span kind = new Span(getTranslation("activity.type." + activity.type().code()));
        kind.addClassName("badge");
        section.add(kind, new H2(activity.title()));
        switch (activity.type()) {
            case READING, CASE_STUDY, GROUP_EXERCISE, FORM -> {
                section.add(CourseTexts.sanitisedHtml(new Div(), activity.html()));
                if (activity.type() == ActivityType.GROUP_EXERCISE) {
                    section.add(note("activity.group-exercise.note"));
                }
                if (activity.type() == ActivityType.FORM) {
                    section.add(note("activity.form.note"));
                    if (!activity.formLanguages().isEmpty()) {
                        section.add(formDownloads(activity));
                    }
                }
                if (!activity.roleCards().isEmpty()) {
                    section.add(roleCards(activity));
                }
                if (activity.trainerNotesHtml() != null) {
                    Details notes = new Details(getTranslation("activity.trainer-notes"),
                            CourseTexts.sanitisedHtml(new Div(), activity.trainerNotesHtml()));
                    notes.setId("trainer-notes-" + activity.id());
                    notes.addClassName("trainer-notes");
                    section.add(notes);
                }
            }
            case VIDEO -> {
                Anchor link = new Anchor(activity.url(), getTranslation("activity.video.open"));
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", LessonRenderer.EXTERNAL_LINK_REL);
                section.add(link);
            }
            case FILE -> {
                Anchor download = new Anchor(activity.url(), getTranslation("activity.file.download", activity.fileName()));
                download.getElement().setAttribute("download", activity.fileName());
                section.add(download);
            }
            case QUIZ -> {
                // the assessments feature serves the quiz's page; courses know only its address
                Button open = new Button(getTranslation("activity.quiz.open"), VaadinIcon.CLIPBOARD_CHECK.create(),
                        click -> UI.getCurrent().navigate("courses/" + page.courseId() + "/quizzes/" + activity.id()));
                open.setId("quiz-open-" + activity.id());
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                section.add(open);
            }
        }
        return section;
    }

    /** The form as an A4 PDF to print, one link per language it is written in. */
    private Div formDownloads(ActivityView activity) {
        Div downloads = new Div(new Span(getTranslation("activity.form.pdf")));
        downloads.addClassName("form-downloads");
        String courseId = page.courseId();
        String lessonId = page.lessonId();
        for (Language language : activity.formLanguages()) {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                CourseViews.FormDocument form = lessons.formPdf(courseId, lessonId, activity.id(), language)
                        .orElseThrow(() -> new NotFoundException("No form " + activity.id()));
                return Downloads.attachment(event, form.pdf(), form.fileName(), "application/pdf");
            }), getTranslation("language." + language.tag()));
            pdf.setId("form-pdf-" + activity.id() + "-" + language.tag());
            pdf.addClassName("form-pdf");
            downloads.add(pdf);
        }
        return downloads;
    }

    /** The parties by name for everyone; each card's confidential instructions for those who run training. */
    private Div roleCards(ActivityView activity) {
        Div cards = new Div(new H3(getTranslation("activity.role-cards")));
        cards.addClassName("role-cards");
        cards.setId("role-cards-" + activity.id());
        boolean instructions = activity.roleCards().stream().anyMatch(card -> card.html() != null);
        for (RoleCardView card : activity.roleCards()) {
            if (card.html() == null) {
                Span party = new Span(card.title());
                party.addClassName("badge");
                cards.add(party);
            } else {
                Details details = new Details(card.title(), CourseTexts.sanitisedHtml(new Div(), card.html()));
                details.setId("role-card-" + activity.id() + "-" + card.id());
                cards.add(details);
            }
        }
        cards.add(note(instructions ? "activity.role-cards.trainer" : "activity.role-cards.trainee"));
        return cards;
    }

    /**
     * An act the lesson cites changed and the lesson waits for a review: its readers are told so,
     * its editors may mark it reviewed once they have checked it.
     */
    private Div reviewNotice(LessonPage lesson) {
        Div notice = new Div();
        notice.setId("lesson-under-review");
        notice.addClassNames("notice", "card", "lesson-under-review");
        String changed = DATE.format(lesson.lawChangedOn());
        if (!lesson.editsLegalBasis()) {
            notice.add(new Paragraph(getTranslation("lesson.under-review.notice", changed)));
            return notice;
        }
        notice.add(new Paragraph(getTranslation("lesson.under-review.editor", changed)));
        Button reviewed = new Button(getTranslation("lesson.mark-reviewed"), VaadinIcon.CHECK.create(), click -> {
            java.time.LocalDate asOf = lessons.markReviewed(lesson.courseId(), lesson.lessonId());
            Notification.show(getTranslation("lesson.marked-reviewed", DATE.format(asOf)), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            lessons.openLesson(lesson.courseId(), lesson.lessonId(), Language.of(getLocale()).orElse(Language.DEFAULT))
                    .ifPresent(this::show);
        });
        reviewed.setId("lesson-mark-reviewed");
        reviewed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reviewed.setDisableOnClick(true);
        notice.add(reviewed);
        return notice;
    }

    /** "Reviewed as of" and the acts the lesson relies on, each linked to its official text. */
    private Details legalBasis(LessonPage lesson) {
        Div acts = new Div();
        for (LegalBasisView act : lesson.legalBasis()) {
            Anchor title = new Anchor(act.url(), act.title());
            title.setTarget("_blank");
            title.getElement().setAttribute("rel", LessonRenderer.EXTERNAL_LINK_REL);
            // a draft's date is that of the decree sending it to Parliament, not of an adoption: not shown
            String facts = (act.number() == null ? "" : "№ " + act.number() + ", ")
                    + (act.status() == LegalAct.Status.PENDING ? "" : DATE.format(act.adopted()))
                    + (act.status() == LegalAct.Status.IN_FORCE ? ""
                            : (act.status() == LegalAct.Status.PENDING ? "" : " · ")
                                    + getTranslation("legal.status." + act.status().code()));
            Paragraph line = new Paragraph(title, new Span(" (" + facts + ")"));
            line.addClassName("legal-act");
            acts.add(line);
        }
        String summary = lesson.reviewed() == null ? getTranslation("lesson.legal-basis")
                : getTranslation("lesson.reviewed", DATE.format(lesson.reviewed()));
        Details details = new Details(summary, acts);
        details.setId("lesson-legal-basis");
        details.addClassName("lesson-legal-basis");
        return details;
    }

    private Span note(String key) {
        Span note = new Span(getTranslation(key));
        note.addClassName("empty-state");
        return note;
    }

    private Div navigation(LessonPage lesson) {
        Div navigation = new Div();
        navigation.addClassName("lesson-navigation");
        if (lesson.previousLessonId() != null) {
            Button previous = new Button(getTranslation("lesson.previous"), VaadinIcon.ARROW_LEFT.create(),
                    click -> UI.getCurrent().navigate(LessonView.class,
                            parameters(lesson.courseId(), lesson.previousLessonId())));
            previous.setId("lesson-previous");
            navigation.add(previous);
        }
        if (lesson.nextLessonId() != null) {
            Button next = new Button(getTranslation("lesson.next"), VaadinIcon.ARROW_RIGHT.create(),
                    click -> UI.getCurrent().navigate(LessonView.class,
                            parameters(lesson.courseId(), lesson.nextLessonId())));
            next.setId("lesson-next");
            next.setIconAfterText(true);
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            navigation.add(next);
        }
        return navigation;
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("app.name") : getTranslation("lesson.page-title", page.lessonTitle(),
                page.courseTitle());
    }
}
