package kz.kelisim.seminar.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.ParticipantImport;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarViews.ParticipantRow;
import kz.kelisim.seminar.SeminarViews.SeminarPage;
import kz.kelisim.user.UserService;
import kz.kelisim.user.UserService.AccountSummary;

/**
 * The participants, for those who run the seminar: who they are (IIN masked), adding an existing
 * account, removing with a confirmation, and the enrolment key trainees can join with.
 */
@org.springframework.stereotype.Component
class ParticipantsTab implements SeminarTab {

    private final SeminarService seminars;
    private final UserService users;
    private final ParticipantImport imports;

    ParticipantsTab(SeminarService seminars, UserService users, ParticipantImport imports) {
        this.seminars = seminars;
        this.users = users;
        this.imports = imports;
    }

    @Override
    public String labelKey() {
        return "seminar.tab.participants";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(SeminarPage page) {
        Div tab = new Div();
        tab.addClassName("seminar-participants");
        Language language = SeminarLocale.language();
        Grid<ParticipantRow> grid = new Grid<>();
        grid.setId("participants-grid");
        grid.addColumn(ParticipantRow::fullName).setHeader(tab.getTranslation("participants.name")).setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(ParticipantRow::maskedIin).setHeader(tab.getTranslation("participants.iin")).setAutoWidth(true);
        grid.addColumn(ParticipantRow::region).setHeader(tab.getTranslation("participants.region")).setSortable(true);
        grid.addColumn(ParticipantRow::organisation).setHeader(tab.getTranslation("participants.organisation"));
        grid.addColumn(row -> row.group() == null ? "—" : row.group()).setHeader(tab.getTranslation("participants.group"));
        Span count = new Span();
        count.setId("participants-count");
        Runnable refresh = () -> {
            List<ParticipantRow> rows = seminars.participants(page.id(), language);
            grid.setItems(rows);
            count.setText(tab.getTranslation("seminar.people", rows.size(), page.details().capacity()));
        };
        grid.addComponentColumn(row -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                Confirmations.confirmDestructive(tab.getTranslation("participants.remove.header"),
                        tab.getTranslation("participants.remove.text", row.fullName()),
                        tab.getTranslation("participants.remove.confirm"), () -> {
                            seminars.removeParticipant(page.id(), row.userId());
                            refresh.run();
                        });
            });
            remove.setAriaLabel(tab.getTranslation("participants.remove.header") + ": " + row.fullName());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        ComboBox<AccountSummary> person = new ComboBox<>(tab.getTranslation("participants.add"));
        person.setId("participants-add");
        person.setItems(query -> users.searchAccounts(Roles.TRAINEE, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        person.setItemLabelGenerator(account -> account.fullName() + " (" + account.username() + ")");
        person.setWidth("min(100%, 28em)");
        Span error = new Span();
        error.addClassName("form-error");
        Button add = new Button(tab.getTranslation("participants.add.button"), VaadinIcon.PLUS.create(), click -> {
            if (person.getValue() == null) {
                return;
            }
            try {
                seminars.addParticipant(page.id(), person.getValue().id());
                error.setText("");
                person.clear();
                refresh.run();
            } catch (RuleViolation refused) {
                error.setText(tab.getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        add.setId("participants-add-button");
        Button importList = new Button(tab.getTranslation("import.open"), VaadinIcon.UPLOAD.create(),
                click -> new ParticipantImportDialog(imports, page.id(), refresh).open());
        importList.setId("participants-import");
        Div adding = new Div(person, add, importList);
        adding.addClassName("participants-adding");

        Span key = new Span(page.enrolmentKey() == null ? tab.getTranslation("participants.key.none")
                : tab.getTranslation("participants.key", page.enrolmentKey()));
        key.setId("participants-key");
        boolean[] hasKey = {page.enrolmentKey() != null};
        Button newKey = new Button(tab.getTranslation("participants.key.new"), click -> {
            if (!hasKey[0]) {
                key.setText(tab.getTranslation("participants.key", seminars.newEnrolmentKey(page.id())));
                hasKey[0] = true;
                return;
            }
            Confirmations.confirmDestructive(tab.getTranslation("participants.key.new"),
                    tab.getTranslation("participants.key.new.text"), tab.getTranslation("participants.key.new"),
                    () -> key.setText(tab.getTranslation("participants.key", seminars.newEnrolmentKey(page.id()))));
        });
        newKey.setId("participants-key-new");
        Div keyRow = new Div(key, newKey);
        keyRow.addClassName("participants-key-row");

        refresh.run();
        tab.add(new Paragraph(count), adding, error, keyRow, grid);
        return tab;
    }
}
