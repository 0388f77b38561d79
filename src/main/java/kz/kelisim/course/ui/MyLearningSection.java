package kz.kelisim.course.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.base.Language;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseViews.MyCourse;
import kz.kelisim.security.Roles;
import kz.kelisim.ui.DashboardSection;

/** "My learning" on a trainee's start page: each course with its progress and the next step. */
@Component
class MyLearningSection implements DashboardSection {

    private final CourseCatalogue catalogue;

    MyLearningSection(CourseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String role() {
        return Roles.TRAINEE;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Section section = new Section();
        section.setId("my-learning");
        section.addClassNames("card", "my-learning");
        section.add(new H2(section.getTranslation("dashboard.trainee.title")));
        Language reader = Language.of(UI.getCurrent().getLocale()).orElse(Language.DEFAULT);
        var courses = catalogue.myLearning(reader);
        if (courses.isEmpty()) {
            Paragraph empty = new Paragraph(section.getTranslation("dashboard.trainee.empty"));
            empty.addClassName("empty-state");
            section.add(empty, new RouterLink(section.getTranslation("my-learning.browse"), CatalogueView.class));
            return section;
        }
        courses.forEach(course -> section.add(row(section, course)));
        return section;
    }

    private static Div row(Section where, MyCourse course) {
        RouterLink title = new RouterLink(course.title(), CourseView.class, CourseView.parameters(course.id()));
        title.addClassName("my-course-title");
        ProgressBar bar = new ProgressBar(0, 100, course.percent());
        bar.getElement().setAttribute("aria-label", where.getTranslation("course.progress.label"));
        Span percent = new Span(where.getTranslation("my-learning.percent", course.percent()));
        Div row = new Div(title, bar, percent);
        row.addClassName("my-course");
        if (course.completedAt() != null) {
            Span done = new Span(where.getTranslation("course.completed"));
            done.addClassName("success");
            row.add(done);
        } else if (course.nextLessonId() != null) {
            row.add(new RouterLink(where.getTranslation("my-learning.next", course.nextLessonTitle()), LessonView.class,
                    LessonView.parameters(course.id(), course.nextLessonId())));
        } else if (course.quizPending()) {
            row.add(new Span(where.getTranslation("my-learning.quiz-pending")));
        }
        return row;
    }
}
