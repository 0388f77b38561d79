package kz.kelisim.seminar.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.Language;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarViews.SeminarCard;
import kz.kelisim.security.Roles;

/**
 * The caller's seminars: those a trainer runs (with "New seminar"), every seminar for staff, those a
 * trainee takes part in, with the field to join one by its enrolment key.
 */
@Route("seminars")
@PermitAll
@Menu(order = 20, title = "nav.seminars", icon = "vaadin:group")
public class SeminarsView extends VerticalLayout implements HasDynamicTitle {

    private final SeminarService seminars;
    private final Div list = new Div();

    public SeminarsView(SeminarService seminars, AuthenticationContext authentication) {
        this.seminars = seminars;
        addClassName("seminars-view");
        add(new H1(getTranslation("seminars.title")));
        if (authentication.hasAnyRole(Roles.TRAINER, Roles.STAFF, Roles.ADMIN)) {
            Button create = new Button(getTranslation("seminars.new"), VaadinIcon.PLUS.create(),
                    click -> new SeminarForm(seminars, null, null, id -> open(id)).open());
            create.setId("seminar-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        if (authentication.hasRole(Roles.TRAINEE)) {
            // the key is what a trainer gives out: only those who take part in seminars enter one
            add(joinWithKey());
        }
        list.addClassName("seminar-list");
        list.setId("seminar-list");
        add(list);
        refresh();
    }

    private Section joinWithKey() {
        TextField key = new TextField(getTranslation("seminars.key"));
        key.setId("seminar-key");
        key.setHelperText(getTranslation("seminars.key.help"));
        key.setMaxLength(40);
        Button join = new Button(getTranslation("seminars.join"), click -> open(seminars.enrolWithKey(key.getValue())));
        join.setId("seminar-join");
        Div row = new Div(key, join);
        row.addClassName("seminar-join-row");
        Section section = new Section(row);
        section.addClassNames("card", "seminar-join");
        return section;
    }

    private void refresh() {
        list.removeAll();
        Language language = Language.of(getLocale()).orElse(Language.DEFAULT);
        List<SeminarCard> mine = seminars.mySeminars(language);
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("seminars.empty"));
            empty.addClassName("empty-state");
            empty.setId("seminars-empty");
            list.add(empty);
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (SeminarCard seminar : mine) {
            Section card = new Section();
            card.addClassNames("card", "seminar-card");
            RouterLink title = new RouterLink(seminar.title(), SeminarView.class, SeminarView.parameters(seminar.id()));
            H2 heading = new H2(title);
            Span when = new Span(getTranslation("seminar.when", dates.format(seminar.startsOn()),
                    dates.format(seminar.endsOn()), seminar.venue(), seminar.region()));
            Span status = new Span(getTranslation("seminar.status." + seminar.status().name().toLowerCase()));
            status.addClassName("badge");
            Span people = new Span(getTranslation("seminar.people", seminar.participants(), seminar.capacity()));
            Span trainers = new Span(getTranslation("seminar.trainers", String.join(", ", seminar.trainers())));
            card.add(heading, status, new Paragraph(when), new Paragraph(people), new Paragraph(trainers));
            list.add(card);
        }
    }

    private void open(long seminarId) {
        UI.getCurrent().navigate(SeminarView.class, SeminarView.parameters(seminarId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminars.title");
    }
}
