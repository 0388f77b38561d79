package kz.kelisim.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;

/**
 * The start page: a greeting, then the sections the features contribute for the person's roles; a
 * role no feature serves yet gets a card saying what it is for.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:home")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(AuthenticationContext authenticationContext, List<DashboardSection> sections) {
        addClassName("dashboard");
        KelisimPrincipal principal = authenticationContext.getAuthenticatedUser(KelisimPrincipal.class)
                .orElseThrow();
        add(new H1(getTranslation("dashboard.greeting", principal.fullName())));

        List<DashboardSection> visible = sections.stream()
                .filter(section -> section.isVisibleTo(principal))
                .sorted(Comparator.comparingInt(DashboardSection::order))
                .toList();
        FlexLayout roleCards = new FlexLayout();
        roleCards.addClassName("role-cards");
        Roles.ALL.stream()
                .filter(principal::hasRole)
                .filter(role -> visible.stream()
                        .noneMatch(section -> section.replacesRoleCard() && section.role().equals(role)))
                .map(this::roleCard)
                .forEach(roleCards::add);
        if (roleCards.getComponentCount() > 0) {
            add(roleCards);
        }
        visible.stream().map(DashboardSection::create).forEach(this::add);
    }

    private Section roleCard(String role) {
        String prefix = "dashboard." + role.toLowerCase(Locale.ROOT);
        Section card = new Section();
        card.addClassNames("card", "role-card", "role-" + role.toLowerCase(Locale.ROOT));
        Paragraph empty = new Paragraph(getTranslation(prefix + ".empty"));
        empty.addClassName("empty-state");
        card.add(new H2(getTranslation(prefix + ".title")), new Paragraph(getTranslation(prefix + ".text")), empty);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.page-title");
    }
}
