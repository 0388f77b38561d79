package kz.kelisim.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.quiz.GradingService;
import kz.kelisim.security.Roles;
import kz.kelisim.ui.DashboardSection;

/** For trainers: how many essays wait for a grade, with the way to them. */
@org.springframework.stereotype.Component
class GradingDashboardSection implements DashboardSection {

    private final GradingService grading;

    GradingDashboardSection(GradingService grading) {
        this.grading = grading;
    }

    @Override
    public String role() {
        return Roles.TRAINER;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create() {
        Section section = new Section();
        section.addClassNames("card", "grading-summary");
        section.setId("dashboard-grading");
        long waiting = grading.essaysWaiting();
        section.add(new H2(section.getTranslation("grading.title")),
                new Paragraph(section.getTranslation("grading.dashboard", waiting)));
        if (waiting > 0) {
            section.add(new RouterLink(section.getTranslation("grading.dashboard.open"), GradingView.class));
        }
        return section;
    }
}
