package kz.kelisim.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.ReferenceData;
import kz.kelisim.seminar.ReferenceData.OrganisationRow;
import kz.kelisim.seminar.ReferenceData.RegionNames;

/** Reference data for administrators: organisations to add and rename, the regions to look up. */
@Route("reference-data")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 85, title = "nav.reference-data", icon = "vaadin:database")
public class ReferenceDataView extends VerticalLayout implements HasDynamicTitle {

    private final ReferenceData reference;
    private final Grid<OrganisationRow> organisations = new Grid<>();
    private final Language language;

    public ReferenceDataView(ReferenceData reference) {
        this.reference = reference;
        this.language = Language.of(getLocale()).orElse(Language.DEFAULT);
        addClassName("reference-data-view");

        organisations.setId("organisations-grid");
        organisations.addColumn(OrganisationRow::name).setHeader(getTranslation("reference.organisation.name"))
                .setFlexGrow(3);
        organisations.addColumn(OrganisationRow::region).setHeader(getTranslation("reference.organisation.region"))
                .setFlexGrow(1);
        organisations.addComponentColumn(row -> {
            Button rename = new Button(VaadinIcon.EDIT.create(), click -> edit(row));
            rename.setAriaLabel(getTranslation("reference.organisation.rename") + ": " + row.name());
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return rename;
        }).setAutoWidth(true).setFlexGrow(0);
        organisations.setItems(query -> reference.organisations(query.getOffset(), query.getLimit(), language).stream(),
                query -> (int) reference.countOrganisations());
        organisations.setHeight("24rem");

        Button add = new Button(getTranslation("reference.organisation.add"), VaadinIcon.PLUS.create(),
                click -> edit(null));
        add.setId("organisation-add");

        Grid<RegionNames> regions = new Grid<>();
        regions.setId("regions-grid");
        regions.addColumn(RegionNames::kazakh).setHeader(getTranslation("reference.region.kk"));
        regions.addColumn(RegionNames::russian).setHeader(getTranslation("reference.region.ru"));
        regions.addColumn(RegionNames::english).setHeader(getTranslation("reference.region.en"));
        regions.addColumn(RegionNames::id).setHeader(getTranslation("reference.region.id"));
        regions.setItems(reference.regions());
        regions.setAllRowsVisible(true);
        regions.addItemClickListener(click -> renameRegion(regions, click.getItem()));

        add(new H1(getTranslation("reference.title")), new H2(getTranslation("reference.organisations")), add,
                organisations, new H2(getTranslation("reference.regions")),
                new Span(getTranslation("reference.regions.fixed")), regions);
    }

    /** Correcting a region's names in kk, ru and en. */
    private void renameRegion(Grid<RegionNames> grid, RegionNames names) {
        Dialog dialog = new Dialog(getTranslation("reference.region.rename"));
        dialog.setId("region-dialog");
        TextField kazakh = new TextField(getTranslation("reference.region.kk"), names.kazakh(), "");
        TextField russian = new TextField(getTranslation("reference.region.ru"), names.russian(), "");
        TextField english = new TextField(getTranslation("reference.region.en"), names.english(), "");
        kazakh.setId("region-kk");
        Span error = new Span();
        error.addClassName("form-error");
        Button save = new Button(getTranslation("reference.save"), click -> {
            try {
                reference.renameRegion(names.id(), kazakh.getValue(), russian.getValue(), english.getValue());
            } catch (RuleViolation refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
                return;
            }
            grid.setItems(reference.regions());
            dialog.close();
        });
        save.setId("region-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(kazakh, russian, english, error));
        dialog.getFooter().add(new Button(getTranslation("reference.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** The add or rename dialog; {@code row} null for a new organisation. */
    private void edit(OrganisationRow row) {
        Dialog dialog = new Dialog(getTranslation(row == null ? "reference.organisation.add"
                : "reference.organisation.rename"));
        dialog.setId("organisation-dialog");
        TextField name = new TextField(getTranslation("reference.organisation.name"));
        name.setId("organisation-name");
        name.setWidthFull();
        name.setMaxLength(300);
        ComboBox<RegionNames> region = new ComboBox<>(getTranslation("reference.organisation.region"));
        region.setId("organisation-region");
        region.setItems(reference.regions());
        region.setItemLabelGenerator(names -> switch (language) {
            case KK -> names.kazakh();
            case RU -> names.russian();
            case EN -> names.english();
        });
        region.setClearButtonVisible(true);
        if (row != null) {
            name.setValue(row.name());
            reference.regions().stream().filter(names -> names.id().equals(row.regionId())).findFirst()
                    .ifPresent(region::setValue);
        }
        Button save = new Button(getTranslation("reference.save"), click -> {
            String regionId = region.getValue() == null ? null : region.getValue().id();
            try {
                if (row == null) {
                    reference.addOrganisation(name.getValue(), regionId);
                } else {
                    reference.renameOrganisation(row.id(), name.getValue(), regionId);
                }
                dialog.close();
                organisations.getDataProvider().refreshAll();
            } catch (RuleViolation refused) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, region));
        dialog.getFooter().add(new Button(getTranslation("reference.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.title");
    }
}
