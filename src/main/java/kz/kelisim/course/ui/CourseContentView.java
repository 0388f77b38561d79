package kz.kelisim.course.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;
import kz.kelisim.base.AcademyTime;
import kz.kelisim.course.ContentProblem;
import kz.kelisim.course.CourseLoadStatus;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.security.Roles;

/**
 * Course content for staff and administrators: what the last load did with each course folder,
 * every problem and warning with its file and line, and (for administrators) "Reload courses".
 */
@Route("admin/courses")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Menu(order = 80, title = "nav.course-content", icon = "vaadin:folder-open")
public class CourseContentView extends VerticalLayout implements HasDynamicTitle {

    private final CourseLoader loader;
    private final VerticalLayout report = new VerticalLayout();

    public CourseContentView(CourseLoader loader, AuthenticationContext authentication) {
        this.loader = loader;
        addClassName("course-content-view");
        add(new H1(getTranslation("course-content.title")),
                // the folder's name, not the server's path: where the server keeps its files is not the reader's business
                new Paragraph(getTranslation("course-content.folder", folderName(loader.coursesFolder()))));
        if (authentication.hasRole(Roles.ADMIN)) {
            Button reload = new Button(getTranslation("course-content.reload"), VaadinIcon.REFRESH.create(),
                    click -> reload());
            reload.setId("reload-courses");
            reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reload.setDisableOnClick(true);
            reload.addClickListener(click -> reload.setEnabled(true));
            add(reload);
        }
        report.setPadding(false);
        add(report);
        show(loader.lastReport());
    }

    private void reload() {
        List<CourseLoadStatus> statuses = loader.reloadAll();
        show(statuses);
        long rejected = statuses.stream().filter(status -> status.outcome() == CourseLoadStatus.Outcome.REJECTED).count();
        Notification notification = Notification.show(getTranslation("course-content.reloaded", statuses.size(), rejected),
                6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(rejected == 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private void show(List<CourseLoadStatus> statuses) {
        report.removeAll();
        if (loader.lastRun() != null) {
            report.add(new Paragraph(getTranslation("course-content.last-run", when(loader.lastRun()))));
        }
        if (statuses.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("course-content.empty"));
            empty.addClassName("empty-state");
            report.add(empty);
        }
        statuses.forEach(status -> report.add(card(status)));
    }

    private Section card(CourseLoadStatus status) {
        Section card = new Section();
        card.addClassNames("card", "load-status", "load-" + status.outcome().name().toLowerCase(Locale.ROOT));
        card.setId("load-" + status.courseId());
        Span outcome = new Span(getTranslation("course-content.outcome." + status.outcome().name().toLowerCase(Locale.ROOT)));
        outcome.addClassName("badge");
        card.add(new H2(status.courseId()), outcome);
        if (status.liveVersion() != null) {
            card.add(new Paragraph(getTranslation("course-content.live", status.liveVersion(),
                    status.liveHash().substring(0, 12), when(status.loadedAt()))));
        } else {
            card.add(new Paragraph(getTranslation("course-content.not-live")));
        }
        if (!status.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.addClassName("problems");
            for (ContentProblem problem : status.problems()) {
                Span where = new Span(problem.location());
                where.addClassName("problem-location");
                ListItem item = new ListItem(where);
                if (problem.warning()) {
                    Span warning = new Span(getTranslation("course-content.warning"));
                    warning.addClassNames("badge", "warning");
                    item.addClassName("warning");
                    item.add(new Span(" "), warning);
                }
                item.add(new Span(" " + getTranslation(problem.messageKey(), problem.arguments().toArray())));
                problems.add(item);
            }
            card.add(problems);
        }
        return card;
    }

    private String when(Instant instant) {
        return AcademyTime.format(instant, getLocale());
    }

    private static String folderName(java.nio.file.Path folder) {
        java.nio.file.Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "/" : name.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course-content.title");
    }
}
