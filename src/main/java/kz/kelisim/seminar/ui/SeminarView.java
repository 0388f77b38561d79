package kz.kelisim.seminar.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarViews.Person;
import kz.kelisim.seminar.SeminarViews.SeminarPage;
import kz.kelisim.user.UserService;
import kz.kelisim.user.UserService.AccountSummary;
import kz.kelisim.ui.AccessibleTabs;

/**
 * A seminar's page: what, where and when, then its tabs (schedule, participants, groups, attendance
 * and what other parts of Kelisim add), each shown to those it is for and built when opened.
 */
@Route("seminars/:seminarId")
@PermitAll
public class SeminarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SEMINAR_ID = "seminarId";

    private final SeminarService seminars;
    private final UserService users;
    private final List<SeminarTab> tabs;
    private String title = "";

    public SeminarView(SeminarService seminars, UserService users, List<SeminarTab> tabs) {
        this.seminars = seminars;
        this.users = users;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(SeminarTab::order)).toList();
        addClassName("seminar-view");
    }

    public static RouteParameters parameters(long seminarId) {
        return new RouteParameters(SEMINAR_ID, String.valueOf(seminarId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long seminarId = Long.parseLong(event.getRouteParameters().get(SEMINAR_ID).orElse(""));
            show(seminars.seminar(seminarId, Language.of(getLocale()).orElse(Language.DEFAULT)));
        } catch (NumberFormatException | RuleViolation notYours) {
            // another's seminar, a removed participant's old link, or a mistyped address: not found
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(SeminarPage page) {
        removeAll();
        title = page.title();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Div header = new Div(new H1(page.title()));
        header.addClassName("seminar-header");
        Span status = new Span(getTranslation("seminar.status." + page.details().status().name().toLowerCase()));
        status.addClassName("badge");
        header.add(status);
        if (page.manages()) {
            Button edit = new Button(getTranslation("seminar.edit"), VaadinIcon.EDIT.create(),
                    click -> new SeminarForm(seminars, page.id(), page.details(),
                            id -> show(seminars.seminar(id, Language.of(getLocale()).orElse(Language.DEFAULT))))
                            .open());
            edit.setId("seminar-edit");
            header.add(edit);
        }
        // a compact header: the facts in two short lines, trainers and courses folded, so the tabs and
        // their content start within the first screen of a laptop
        Paragraph when = new Paragraph(getTranslation("seminar.when", dates.format(page.details().startsOn()),
                dates.format(page.details().endsOn()), page.details().venue(SeminarLocale.language()), page.region()));
        when.addClassName("seminar-facts");
        String trainerNames = String.join(", ", page.trainers().stream().map(Person::fullName).toList());
        String courseNames = String.join(", ", page.courses().stream().map(course -> course.name()).toList());
        Span summary = new Span(getTranslation("seminar.trainers", trainerNames)
                + (courseNames.isEmpty() ? "" : " · " + getTranslation("seminar.courses", courseNames)));
        Details people = new Details(summary);
        people.addClassName("seminar-people");
        people.setId("seminar-people");
        if (!courseNames.isEmpty()) {
            people.add(new Paragraph(getTranslation("seminar.courses", courseNames)));
        }
        people.add(new Paragraph(getTranslation("seminar.trainers", trainerNames)));
        if (page.manages()) {
            people.add(trainerPicker(page));
        }
        add(header, when, people);
        TabSheet sheet = new AccessibleTabs();
        sheet.setWidthFull();
        sheet.setId("seminar-tabs");
        for (SeminarTab tab : tabs) {
            if (tab.isShownTo(page)) {
                Tab added = sheet.add(getTranslation(tab.labelKey()), new LazyTab(() -> tab.create(page)));
                added.setId("tab-" + tab.labelKey().replace('.', '-'));
            }
        }
        add(sheet);
    }

    /** Adding another trainer to the seminar (removing one is offered beside each name). */
    private Div trainerPicker(SeminarPage page) {
        ComboBox<AccountSummary> trainer = new ComboBox<>();
        trainer.setPlaceholder(getTranslation("seminar.trainers.add"));
        trainer.setAriaLabel(getTranslation("seminar.trainers.add"));
        trainer.setItems(query -> users.searchAccounts(Roles.TRAINER, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        trainer.setItemLabelGenerator(AccountSummary::fullName);
        trainer.setId("seminar-trainer-add");
        trainer.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                seminars.addTrainer(page.id(), event.getValue().id());
                show(seminars.seminar(page.id(), Language.of(getLocale()).orElse(Language.DEFAULT)));
            }
        });
        Div row = new Div(trainer);
        for (Person person : page.trainers()) {
            if (page.trainers().size() > 1) {
                Button remove = new Button(getTranslation("seminar.trainers.remove", person.fullName()),
                        click -> Confirmations.confirmDestructive(
                                getTranslation("seminar.trainers.remove", person.fullName()),
                                getTranslation("seminar.trainers.remove.text", person.fullName()),
                                getTranslation("seminar.trainers.remove.confirm"), () -> {
                                    seminars.removeTrainer(page.id(), person.id());
                                    // a trainer who removed themselves no longer runs it: back to the list
                                    if (seminars.mySeminars(Language.of(getLocale()).orElse(Language.DEFAULT)).stream()
                                            .noneMatch(card -> card.id() == page.id() && card.manages())) {
                                        UI.getCurrent().navigate(SeminarsView.class);
                                    } else {
                                        show(seminars.seminar(page.id(),
                                                Language.of(getLocale()).orElse(Language.DEFAULT)));
                                    }
                                }));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(remove);
            }
        }
        row.addClassName("participants-adding");
        return row;
    }

    /** Builds its content the first time it is attached: a tab's queries run only when it is opened. */
    private static final class LazyTab extends Div {

        LazyTab(java.util.function.Supplier<Component> content) {
            setWidthFull();
            addAttachListener(event -> {
                if (getComponentCount() == 0) {
                    add(content.get());
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.page-title", title);
    }
}
