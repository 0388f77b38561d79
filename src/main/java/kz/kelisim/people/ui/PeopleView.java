package kz.kelisim.people.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import kz.kelisim.people.PeopleDirectory;
import kz.kelisim.people.PeopleDirectory.Filter;
import kz.kelisim.people.PeopleDirectory.PersonRow;
import kz.kelisim.people.PeopleDirectory.Status;
import kz.kelisim.people.PeopleService;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.ReferenceData;
import kz.kelisim.seminar.ReferenceData.RegionNames;

/**
 * People: everyone with an account, searched by name, user name, organisation or whole IIN, filtered
 * by role, region and status, sorted and paged in the database. Administrators open a person and
 * create new ones; staff look people up.
 */
@Route("people")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Menu(order = 86, title = "nav.people", icon = "vaadin:users")
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    /** Narrower than this (in CSS pixels), the list leaves out organisation and region. */
    private static final int NARROW = 700;

    private final PeopleDirectory directory;
    private final TextField text = new TextField();
    private final Select<String> role = new Select<>();
    private final ComboBox<RegionNames> region = new ComboBox<>();
    private final Select<Status> status = new Select<>();
    private final Grid<PersonRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Map<String, String> regionNames;
    private com.vaadin.flow.shared.Registration resizing;

    public PeopleView(PeopleDirectory directory, PeopleService people, ReferenceData reference,
            CurrentUser currentUser) {
        this.directory = directory;
        addClassName("people-view");
        setSizeFull();
        regionNames = PeopleTexts.regionNames(this, reference.regions());
        boolean administrator = currentUser.require().hasRole(Roles.ADMIN);

        Div top = new Div(new H1(getTranslation("people.title")));
        top.addClassName("people-top");
        if (administrator) {
            Button create = new Button(getTranslation("people.new"), VaadinIcon.PLUS.create(),
                    click -> new NewPersonDialog(people, reference, created -> grid.getDataProvider().refreshAll())
                            .open());
            create.setId("people-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(create);
        }
        empty.setText(getTranslation("people.empty"));
        empty.setId("people-empty");
        empty.addClassName("people-empty");
        add(top, filters(reference), grid(administrator), empty);
        refresh();
    }

    private Div filters(ReferenceData reference) {
        text.setLabel(getTranslation("people.filter.text"));
        text.setHelperText(getTranslation("people.filter.text.help"));
        text.setId("people-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> refresh());
        role.setLabel(getTranslation("people.filter.role"));
        role.setId("people-role");
        role.setItems(Roles.ALL);
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("people.filter.any"));
        role.setItemLabelGenerator(value -> value == null ? getTranslation("people.filter.any")
                : PeopleTexts.role(this, value));
        role.addValueChangeListener(change -> refresh());
        region.setLabel(getTranslation("people.filter.region"));
        region.setId("people-region");
        region.setItems(reference.regions());
        region.setItemLabelGenerator(value -> regionNames.get(value.id()));
        region.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("people.filter.any"));
        region.addValueChangeListener(change -> refresh());
        status.setLabel(getTranslation("people.filter.status"));
        status.setId("people-status");
        status.setItems(Status.values());
        status.setItemLabelGenerator(value -> getTranslation("people.status." + value.name().toLowerCase()));
        status.setValue(Status.ACTIVE);
        status.addValueChangeListener(change -> refresh());
        Div filters = new Div(text, role, region, status);
        filters.addClassName("people-filters");
        return filters;
    }

    private Grid<PersonRow> grid(boolean administrator) {
        grid.setId("people-grid");
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("people.column.name")).setKey("name")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(row -> PeopleTexts.roles(this, row.roles())).setHeader(getTranslation("people.column.roles"))
                .setFlexGrow(1);
        Grid.Column<PersonRow> organisation = grid.addColumn(row -> row.organisation() == null ? "" : row.organisation())
                .setHeader(getTranslation("people.column.organisation")).setKey("organisation").setSortable(true)
                .setFlexGrow(2);
        Grid.Column<PersonRow> region = grid.addColumn(
                row -> row.regionId() == null ? "" : regionNames.getOrDefault(row.regionId(), row.regionId()))
                .setHeader(getTranslation("people.column.region")).setFlexGrow(1);
        // a phone shows name, roles and status; organisation and region need the width of a laptop
        addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
                boolean wide = details.getWindowInnerWidth() >= NARROW;
                organisation.setVisible(wide);
                region.setVisible(wide);
            });
            resizing = attach.getUI().getPage().addBrowserWindowResizeListener(resize -> {
                organisation.setVisible(resize.getWidth() >= NARROW);
                region.setVisible(resize.getWidth() >= NARROW);
            });
        });
        addDetachListener(detach -> resizing.remove());
        grid.addComponentColumn(row -> PeopleTexts.badge(this, row.anonymised() ? "people.state.anonymised"
                : row.active() ? "people.state.active" : "people.state.inactive",
                row.active() ? "success" : "contrast")).setHeader(getTranslation("people.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> directory.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.count(filter()));
        grid.setMultiSort(false);
        if (administrator) {
            grid.addItemClickListener(click -> grid.getUI().ifPresent(
                    ui -> ui.navigate(PersonView.class, click.getItem().id())));
            grid.addClassName("people-grid-clickable");
        }
        return grid;
    }

    private Div nameCell(PersonRow row) {
        Span name = new Span(row.fullName());
        name.addClassName("person-name");
        Span username = new Span(row.username());
        username.addClassName("person-username");
        Div cell = new Div(name, username);
        cell.addClassName("person-cell");
        return cell;
    }

    private Filter filter() {
        return new Filter(text.getValue(), role.getValue(), region.getValue() == null ? null : region.getValue().id(),
                status.getValue() == null ? Status.ALL : status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean nobody = directory.count(filter()) == 0;
        empty.setVisible(nobody);
        grid.setVisible(!nobody);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
