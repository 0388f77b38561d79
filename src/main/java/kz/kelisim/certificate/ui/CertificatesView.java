package kz.kelisim.certificate.ui;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateStatus;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.certificate.CertificateViews.RegistryFilter;
import kz.kelisim.security.Roles;
import kz.kelisim.ui.Localized;

/**
 * The registry of issued certificates for academy staff: search by number, name and title, filter by
 * status and issue date (paged lazily from the database), export what is found to XLSX; for the chosen
 * certificate, its PDF, its audit trail, revoking with a reason and reissuing.
 */
@Route("certificates")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Menu(order = 30, title = "nav.certificates", icon = "vaadin:diploma-scroll")
public class CertificatesView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CertificateService certificates;
    private final TextField number = new TextField();
    private final TextField holder = new TextField();
    private final TextField title = new TextField();
    private final Select<CertificateStatus> status = new Select<>();
    private final DatePicker issuedFrom = Localized.datePicker(new DatePicker());
    private final DatePicker issuedTo = Localized.datePicker(new DatePicker());
    private final Grid<CertificateSummary> grid = new Grid<>();
    private final Div actions = new Div();
    private volatile RegistryFilter exportFilter = RegistryFilter.none();

    public CertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("certificates-view");
        Button issue = new Button(getTranslation("certificates.issue"), event -> new IssueDialog(certificates,
                this::refresh).open());
        issue.setId("certificates-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The download runs in a request of its own, where there is no current UI: what it needs from
        // the screen is read here, and the filter as staff last set it is kept in a field.
        Language language = CertificateTexts.language();
        String sheetName = getTranslation("certificates.title");
        List<String> headers = exportHeaders();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = certificates.registryXlsx(exportFilter, language, sheetName, headers);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "certificates.xlsx", XLSX, bytes.length);
        }), getTranslation("certificates.export"));
        export.setId("certificates-export");
        Div top = new Div(issue, export);
        top.addClassName("certificate-top");
        add(new H1(getTranslation("certificates.title")), top, filters(), grid(), actions);
        actions.addClassName("certificate-actions");
        actions.setId("certificate-actions");
        showActions(null);
    }

    private Div filters() {
        number.setLabel(getTranslation("certificates.filter.number"));
        number.setId("registry-number");
        holder.setLabel(getTranslation("certificates.filter.holder"));
        holder.setId("registry-holder");
        title.setLabel(getTranslation("certificates.filter.title"));
        title.setId("registry-title");
        for (TextField field : new TextField[] {number, holder, title}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(event -> refresh());
        }
        status.setLabel(getTranslation("certificates.filter.status"));
        status.setId("registry-status");
        status.setItems(Arrays.asList(CertificateStatus.values()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("certificates.filter.any"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("certificates.filter.any")
                : getTranslation("certificate.status." + value.name().toLowerCase(java.util.Locale.ROOT) + ".short"));
        status.addValueChangeListener(event -> refresh());
        issuedFrom.setLabel(getTranslation("certificates.filter.from"));
        issuedFrom.setId("registry-from");
        issuedTo.setLabel(getTranslation("certificates.filter.to"));
        issuedTo.setId("registry-to");
        issuedFrom.addValueChangeListener(event -> refresh());
        issuedTo.addValueChangeListener(event -> refresh());
        Div filters = new Div(number, holder, title, status, issuedFrom, issuedTo);
        filters.addClassName("certificate-filters");
        return filters;
    }

    private Grid<CertificateSummary> grid() {
        grid.setId("certificates-grid");
        grid.addColumn(CertificateSummary::number).setHeader(getTranslation("certificates.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CertificateSummary::holderName).setHeader(getTranslation("certificates.column.holder"))
                .setFlexGrow(1);
        grid.addColumn(CertificateSummary::title).setHeader(getTranslation("certificates.column.title")).setFlexGrow(2);
        grid.addColumn(CertificateSummary::hours).setHeader(getTranslation("certificates.column.hours"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(certificate -> CertificateTexts.date(certificate.issuedOn()))
                .setHeader(getTranslation("certificates.column.issued")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CertificateTexts::status).setHeader(getTranslation("certificates.column.status")).setFlexGrow(1);
        grid.setItems(query -> certificates.registry(filter(), query.getOffset(), query.getLimit(),
                CertificateTexts.language()).stream(), query -> (int) certificates.registryCount(filter()));
        grid.asSingleSelect().addValueChangeListener(event -> showActions(event.getValue()));
        return grid;
    }

    private List<String> exportHeaders() {
        return Stream.of("number", "holder", "title", "hours", "starts", "ends", "issued", "status", "revoked-at",
                "reason").map(column -> getTranslation("certificates.export." + column)).toList();
    }

    RegistryFilter filter() {
        return new RegistryFilter(number.getValue(), holder.getValue(), title.getValue(), status.getValue(),
                issuedFrom.getValue(), issuedTo.getValue());
    }

    private void refresh() {
        exportFilter = filter();
        grid.getDataProvider().refreshAll();
        grid.asSingleSelect().clear();
    }

    private void showActions(CertificateSummary chosen) {
        actions.removeAll();
        if (chosen == null) {
            actions.add(new Span(getTranslation("certificates.choose")));
            return;
        }
        Span what = new Span(chosen.number() + " · " + chosen.holderName());
        what.addClassName("certificate-chosen");
        actions.add(what, CertificateTexts.pdfLink("registry-download", getTranslation("certificate.download"), chosen,
                () -> certificates.download(chosen.id())));
        Button audit = new Button(getTranslation("certificates.audit"), event -> openAudit(chosen));
        audit.setId("registry-audit");
        actions.add(audit);
        if (chosen.status() == CertificateStatus.VALID) {
            Button revoke = new Button(getTranslation("certificates.revoke"), event -> openRevoke(chosen));
            revoke.setId("registry-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button reissue = new Button(getTranslation("certificates.reissue"), event -> confirmReissue(chosen));
            reissue.setId("registry-reissue");
            actions.add(revoke, reissue);
        }
    }

    private void openRevoke(CertificateSummary chosen) {
        Dialog dialog = new Dialog();
        dialog.setId("revoke-dialog");
        dialog.setHeaderTitle(getTranslation("certificates.revoke.title", chosen.number()));
        TextArea reason = new TextArea(getTranslation("certificates.revoke.reason"));
        reason.setId("revoke-reason");
        reason.setMaxLength(CertificateService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        dialog.add(new Span(getTranslation("certificates.revoke.text", chosen.holderName())), reason);
        Button confirm = new Button(getTranslation("certificates.revoke.confirm"), event -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("certificate.error.reason-required",
                        CertificateService.MAX_REASON));
                return;
            }
            CertificateSummary revoked = certificates.revoke(chosen.id(), reason.getValue());
            dialog.close();
            done(getTranslation("certificates.revoked", revoked.number()));
        });
        confirm.setId("revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("certificates.cancel"), event -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void confirmReissue(CertificateSummary chosen) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("reissue-dialog");
        confirm.setHeader(getTranslation("certificates.reissue.title", chosen.number()));
        confirm.setText(getTranslation("certificates.reissue.text", chosen.number()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("certificates.cancel"));
        confirm.setConfirmText(getTranslation("certificates.reissue"));
        confirm.addConfirmListener(event -> {
            CertificateSummary fresh = certificates.reissue(chosen.id());
            done(getTranslation("certificates.reissued", chosen.number(), fresh.number()));
        });
        confirm.open();
    }

    private void openAudit(CertificateSummary chosen) {
        Dialog dialog = new Dialog();
        dialog.setId("audit-dialog");
        dialog.setHeaderTitle(getTranslation("certificates.audit.title", chosen.number()));
        UnorderedList lines = new UnorderedList();
        for (var line : certificates.audit(chosen.id())) {
            String detail = line.detail() == null ? "" : " · " + line.detail();
            lines.add(new ListItem(AcademyTime.format(line.at(), getLocale()) + " · "
                    + getTranslation("certificate.action." + line.action().name().toLowerCase(java.util.Locale.ROOT))
                    + " · " + line.actor() + detail));
        }
        lines.setId("audit-lines");
        dialog.add(lines);
        dialog.getFooter().add(new Button(getTranslation("certificates.close"), event -> dialog.close()));
        dialog.open();
    }

    private void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title");
    }
}
