package kz.kelisim.people.ui;

import java.util.Arrays;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import kz.kelisim.audit.AuditAction;
import kz.kelisim.audit.AuditLog;
import kz.kelisim.audit.AuditLog.Entry;
import kz.kelisim.security.Roles;

/** The audit log, read-only and paged, newest first: who did what to whom, and every sign-in. */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 87, title = "nav.audit", icon = "vaadin:records")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog audit;
    private final TextField text = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final Grid<Entry> grid = new Grid<>();

    public AuditLogView(AuditLog audit) {
        this.audit = audit;
        addClassName("audit-view");
        setSizeFull();
        text.setLabel(getTranslation("audit.filter.text"));
        text.setId("audit-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        action.setLabel(getTranslation("audit.filter.action"));
        action.setId("audit-action");
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("people.filter.any"));
        action.setItemLabelGenerator(value -> value == null ? getTranslation("people.filter.any")
                : getTranslation(value.messageKey()));
        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Div filters = new Div(text, action);
        filters.addClassName("people-filters");
        grid.setId("audit-grid");
        AuditColumns.addTo(grid, true);
        grid.setItems(query -> audit.entries(text.getValue(), action.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(
                        org.springframework.data.domain.Sort.by("occurredAt").descending().and(
                                org.springframework.data.domain.Sort.by("id").descending()))).stream());
        add(new H1(getTranslation("audit.title")), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
