package kz.kelisim.user;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import kz.kelisim.security.Roles;
import kz.kelisim.ui.DashboardSection;

/** For administrators: how many accounts hold each role. */
@org.springframework.stereotype.Component
class AccountsDashboardSection implements DashboardSection {

    private final UserService users;

    AccountsDashboardSection(UserService users) {
        this.users = users;
    }

    @Override
    public String role() {
        return Roles.ADMIN;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Component create() {
        Section section = new Section();
        section.addClassNames("card", "accounts-summary");
        section.add(new H2(section.getTranslation("accounts.summary.title")));
        Div figures = new Div();
        figures.addClassName("figures");
        for (Map.Entry<String, Long> count : users.accountCountsByRole().entrySet()) {
            Div figure = new Div();
            figure.addClassName("figure");
            Span number = new Span(String.valueOf(count.getValue()));
            number.addClassName("figure-number");
            Span label = new Span(section.getTranslation("role." + count.getKey().toLowerCase(Locale.ROOT)));
            label.addClassName("figure-label");
            figure.add(number, label);
            figures.add(figure);
        }
        section.add(figures);
        return section;
    }
}
