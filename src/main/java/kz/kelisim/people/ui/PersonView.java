package kz.kelisim.people.ui;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import kz.kelisim.audit.AuditLog;
import kz.kelisim.audit.AuditLog.Entry;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.CourseEditors;
import kz.kelisim.course.CourseEditors.EditableCourse;
import kz.kelisim.people.PeopleService;
import kz.kelisim.people.PeopleService.Person;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.ReferenceData;
import kz.kelisim.user.AccountAdministration.Account;

/**
 * One person, for administrators: profile, roles, courses they edit, password reset, sign-in unlock,
 * deactivation, the personal-data export and anonymisation, and what the audit log holds about them.
 */
@Route("people")
@RolesAllowed(Roles.ADMIN)
public class PersonView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PeopleService people;
    private final ReferenceData reference;
    private final CourseEditors editors;
    private final AuditLog audit;
    private final long me;
    private long id;
    private String title = "";

    public PersonView(PeopleService people, ReferenceData reference, CourseEditors editors, AuditLog audit,
            CurrentUser currentUser) {
        this.people = people;
        this.reference = reference;
        this.editors = editors;
        this.audit = audit;
        this.me = currentUser.require().accountId();
        addClassName("person-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long personId) {
        id = personId == null ? -1 : personId;
        try {
            show(people.person(id));
        } catch (RuleViolation notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(Person person) {
        removeAll();
        Account account = person.account();
        title = account.fullName();
        RouterLink back = new RouterLink(getTranslation("people.back"), PeopleView.class);
        back.setId("person-back");
        H1 name = new H1(account.fullName());
        name.setId("person-title");
        Div badges = new Div(new Span(account.username()));
        badges.addClassName("person-badges");
        badges.add(PeopleTexts.badge(this, account.anonymised() ? "people.state.anonymised"
                : account.active() ? "people.state.active" : "people.state.inactive",
                account.active() ? "success" : "contrast"));
        if (account.mustChangePassword() && !account.anonymised()) {
            badges.add(PeopleTexts.badge(this, "people.state.must-change-password", "contrast"));
        }
        add(back, name, badges);
        if (account.anonymised()) {
            add(new Paragraph(getTranslation("people.anonymised.note")));
        } else {
            add(profile(person), roles(account), courses(person), actions(account));
        }
        add(auditTrail(account));
    }

    private Div profile(Person person) {
        ProfileFields fields = new ProfileFields(reference);
        fields.show(person.account().fullName(), person.account().email(), person.profile(), reference);
        Button save = new Button(getTranslation("people.profile.save"), click -> {
            people.saveProfile(id, fields.fullName.getValue(), fields.email.getValue(), fields.profile());
            saved("people.profile.saved");
        });
        save.setId("person-profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("person-profile", "people.section.profile", fields, save);
    }

    private Div roles(Account account) {
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("people.field.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> PeopleTexts.role(this, role));
        roles.setValue(account.roles());
        roles.setId("person-roles");
        Button save = new Button(getTranslation("people.roles.save"), click -> {
            people.changeRoles(id, roles.getValue());
            saved("people.roles.saved");
        });
        save.setId("person-roles-save");
        Div section = section("person-roles-section", "people.section.roles", roles, save);
        if (account.id() == me) {
            roles.setReadOnly(true);
            save.setEnabled(false);
            section.add(new Paragraph(getTranslation("people.roles.own")));
        } else {
            section.add(new Paragraph(getTranslation("people.roles.sessions")));
        }
        return section;
    }

    private Div courses(Person person) {
        MultiSelectComboBox<EditableCourse> courses = new MultiSelectComboBox<>(getTranslation("people.field.courses"));
        var all = editors.courses(Language.of(getLocale()).orElse(Language.DEFAULT));
        courses.setItems(all);
        courses.setItemLabelGenerator(EditableCourse::title);
        courses.setValue(all.stream().filter(course -> person.editedCourses().contains(course.id()))
                .collect(Collectors.toSet()));
        courses.setWidthFull();
        courses.setId("person-courses");
        Button save = new Button(getTranslation("people.courses.save"), click -> {
            Set<String> ids = courses.getValue().stream().map(EditableCourse::id).collect(Collectors.toSet());
            people.setEditedCourses(id, ids);
            saved("people.courses.saved");
        });
        save.setId("person-courses-save");
        return section("person-courses-section", "people.section.courses",
                new Paragraph(getTranslation("people.courses.help")), courses, save);
    }

    private Div actions(Account account) {
        Button reset = new Button(getTranslation("people.reset"), VaadinIcon.KEY.create(), click -> confirm(
                getTranslation("people.reset.title"), getTranslation("people.reset.text", account.fullName()),
                getTranslation("people.reset.confirm"), false,
                () -> TemporaryPasswordDialog.show(people.resetPassword(id))));
        reset.setId("person-reset");
        Button unlock = new Button(getTranslation("people.unlock"), VaadinIcon.UNLOCK.create(), click -> {
            people.unlock(id);
            saved("people.unlocked");
        });
        unlock.setId("person-unlock");
        Button active = account.active()
                ? new Button(getTranslation("people.deactivate"), VaadinIcon.BAN.create(), click -> confirm(
                        getTranslation("people.deactivate.title", account.fullName()),
                        getTranslation("people.deactivate.text"), getTranslation("people.deactivate.confirm"), true,
                        () -> {
                            people.setActive(id, false);
                            show(people.person(id));
                        }))
                : new Button(getTranslation("people.reactivate"), VaadinIcon.CHECK.create(), click -> {
                    people.setActive(id, true);
                    show(people.person(id));
                });
        active.setId(account.active() ? "person-deactivate" : "person-reactivate");
        if (account.active()) {
            active.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        active.setEnabled(account.id() != me);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = people.exportPersonalData(id);
            return new DownloadResponse(new ByteArrayInputStream(zip), "kelisim-personal-data-" + id + ".zip",
                    "application/zip", zip.length);
        }), getTranslation("people.export"));
        export.setDownload(true);
        export.setId("person-export");
        export.addClassName("person-export");
        Button anonymise = new Button(getTranslation("people.anonymise"), VaadinIcon.ERASER.create(), click -> confirm(
                getTranslation("people.anonymise.title", account.fullName()), getTranslation("people.anonymise.text"),
                getTranslation("people.anonymise.confirm"), true, () -> {
                    people.anonymise(id);
                    show(people.person(id));
                }));
        anonymise.setId("person-anonymise");
        anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        anonymise.setEnabled(account.id() != me);
        Div buttons = new Div(reset, unlock, active, export, anonymise);
        buttons.addClassName("person-actions");
        return section("person-actions-section", "people.section.actions", buttons,
                new Paragraph(getTranslation("people.export.help")));
    }

    private Div auditTrail(Account account) {
        Grid<Entry> grid = new Grid<>();
        grid.setId("person-audit");
        AuditColumns.addTo(grid, false);
        grid.setItems(query -> audit.entriesAbout(account.id(), account.username(),
                VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(
                        org.springframework.data.domain.Sort.by("occurredAt").descending())).stream());
        grid.setAllRowsVisible(false);
        grid.setHeight("20rem");
        return section("person-audit-section", "people.section.audit", grid);
    }

    private Div section(String id, String titleKey, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.add(content);
        section.setId(id);
        section.addClassName("person-section");
        return section;
    }

    private void confirm(String header, String text, String confirmText, boolean destructive, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("person-confirm");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("people.cancel"));
        dialog.setConfirmText(confirmText);
        if (destructive) {
            dialog.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                    + ButtonVariant.LUMO_PRIMARY.getVariantName());
        }
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
    }

    private void saved(String key) {
        Notification notification = Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
