package kz.kelisim.course.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.Language;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseProgress;
import kz.kelisim.course.CourseViews.CourseOverview;
import kz.kelisim.course.CourseViews.LessonOutline;
import kz.kelisim.course.CourseViews.ModuleOutline;
import kz.kelisim.security.Roles;

/** A course: what it is, its modules and lessons, the reader's progress, and the way in. */
@Route("courses/:courseId")
@PermitAll
public class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COURSE_ID = "courseId";

    /** The question bank editor's address; a link, since courses do not know the quiz feature's classes. */
    static final String BANK_ROUTE = "courses/%s/bank";

    private final CourseCatalogue catalogue;
    private final boolean writesBanks;
    private String title = "";
    private Language reader = Language.DEFAULT;

    public CourseView(CourseCatalogue catalogue, AuthenticationContext authentication) {
        this.catalogue = catalogue;
        this.writesBanks = authentication.hasAnyRole(Roles.TRAINER, Roles.STAFF, Roles.ADMIN);
        addClassName("course-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get(COURSE_ID).orElse("");
        reader = Language.of(getLocale()).orElse(Language.DEFAULT);
        catalogue.course(courseId, reader).ifPresentOrElse(this::show,
                () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(CourseOverview course) {
        removeAll();
        title = course.title();
        add(new H1(course.title()), CourseTexts.meta(this, course.topic(), course.hours(), course.languages()));
        if (course.fallback()) {
            add(CourseTexts.fallbackNotice(this, course.shownIn()));
        }
        add(new Paragraph(course.description()), standing(course), contents(course));
        if (writesBanks) {
            Anchor bank = new Anchor(BANK_ROUTE.formatted(course.id()), getTranslation("course.bank"));
            bank.setId("course-bank");
            add(bank);
        }
    }

    private Section standing(CourseOverview course) {
        Section standing = new Section();
        standing.addClassNames("card", "course-standing");
        if (course.enrolled()) {
            CourseProgress progress = course.progress();
            ProgressBar bar = new ProgressBar(0, 100, progress.percent());
            bar.setId("course-progress");
            bar.getElement().setAttribute("aria-label", getTranslation("course.progress.label"));
            Span figures = new Span(getTranslation("course.progress", progress.lessonsDone(), progress.lessonsTotal(),
                    progress.percent()));
            standing.add(bar, figures);
            if (progress.completed()) {
                Paragraph done = new Paragraph(getTranslation("course.completed"));
                done.setId("course-completed");
                done.addClassName("success");
                standing.add(done);
            } else if (progress.quizRequired() && !progress.quizPassed()) {
                standing.add(new Paragraph(getTranslation("course.rule.quiz", course.completionQuizTitle())));
            }
            standing.add(openButton(course, progress.lessonsDone() == 0 ? "course.start" : "course.continue"));
        } else if (course.selfEnrolment()) {
            Button enrol = new Button(getTranslation("course.enrol"), click -> {
                catalogue.enrol(course.id());
                catalogue.course(course.id(), reader).ifPresent(this::show);
            });
            enrol.setId("course-enrol");
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            standing.add(new Paragraph(getTranslation("course.enrol.text")), enrol);
        } else {
            standing.add(new Paragraph(getTranslation("course.enrol.through-seminar")));
        }
        if (!course.enrolled() && course.mayOpen()) {
            standing.add(openButton(course, "course.preview"));
        }
        return standing;
    }

    private Button openButton(CourseOverview course, String textKey) {
        Button open = new Button(getTranslation(textKey), click -> UI.getCurrent().navigate(LessonView.class,
                LessonView.parameters(course.id(), course.resumeLessonId())));
        open.setId("course-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return open;
    }

    private Div contents(CourseOverview course) {
        Div contents = new Div();
        contents.addClassName("course-contents");
        for (ModuleOutline module : course.modules()) {
            OrderedList lessons = new OrderedList();
            for (LessonOutline lesson : module.lessons()) {
                ListItem item = new ListItem();
                if (course.mayOpen()) {
                    item.add(new RouterLink(lesson.title(), LessonView.class,
                            LessonView.parameters(course.id(), lesson.id())));
                } else {
                    item.add(new Span(lesson.title()));
                }
                if (lesson.done()) {
                    item.addClassName("done");
                    Span mark = new Span(getTranslation("lesson.done.mark"));
                    mark.addClassName("done-mark");
                    item.add(mark);
                }
                lessons.add(item);
            }
            Section section = new Section(new H2(module.title()), lessons);
            section.addClassName("card");
            contents.add(section);
        }
        return contents;
    }

    static RouteParameters parameters(String courseId) {
        return new RouteParameters(COURSE_ID, courseId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course.page-title", title);
    }
}
