package kz.kelisim.course.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.base.Language;
import kz.kelisim.course.LegalBasisService;
import kz.kelisim.course.LegalBasisService.CitingLesson;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;
import kz.kelisim.ui.DashboardSection;

/** For staff and administrators, when any: the lessons waiting for a review since a law they rely on changed. */
@org.springframework.stereotype.Component
class LawReviewDashboardSection implements DashboardSection {

    private final LegalBasisService legalBasis;

    LawReviewDashboardSection(LegalBasisService legalBasis) {
        this.legalBasis = legalBasis;
    }

    @Override
    public String role() {
        return Roles.STAFF;
    }

    @Override
    public boolean isVisibleTo(KelisimPrincipal principal) {
        return principal.hasRole(Roles.STAFF) || principal.hasRole(Roles.ADMIN);
    }

    @Override
    public int order() {
        return 850;
    }

    /** A notice beside the staff's introduction card, not in its place. */
    @Override
    public boolean replacesRoleCard() {
        return false;
    }

    /** Nothing when no lesson waits; otherwise the lessons, each linked, and the register. */
    @Override
    public Component create() {
        List<CitingLesson> waiting = legalBasis.awaitingReview(
                Language.of(com.vaadin.flow.component.UI.getCurrent().getLocale()).orElse(Language.DEFAULT));
        if (waiting.isEmpty()) {
            Div nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        Section section = LessonsUnderReview.section(waiting);
        section.setId("dashboard-lessons-under-review");
        RouterLink register = new RouterLink(section.getTranslation("nav.legal-basis"), LegalBasisView.class);
        register.setId("dashboard-legal-basis");
        section.add(new Paragraph(register));
        return section;
    }
}
