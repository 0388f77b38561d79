package kz.kelisim.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.UiTest;
import kz.kelisim.people.PeopleDirectory.PersonRow;
import kz.kelisim.people.PeopleService;
import kz.kelisim.people.PeopleService.NewPerson;
import kz.kelisim.security.Roles;
import kz.kelisim.user.UserService.NewAccount;

/** The People pages as an administrator, staff and a trainee meet them (Kazakh, the default language). */
class PeopleViewsTest extends UiTest {

    @Autowired
    PeopleService people;

    @Autowired
    kz.kelisim.security.CurrentUser currentUser;

    private final String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);

    @Test
    void an_administrator_creates_a_trainer_sees_the_password_once_and_finds_them_in_the_list() {
        signInAs("admin");
        UI.getCurrent().navigate(PeopleView.class);

        _click(_get(Button.class, spec -> spec.withId("people-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("person-full-name")), "Нұрлан Әбілұлы Өмірзақов " + suffix);
        _setValue(_get(EmailField.class, spec -> spec.withId("person-email")), "nurlan@example.kz");
        _setValue(_get(TextField.class, spec -> spec.withId("person-organisation")), "Ақмола облысы әкімдігі " + suffix);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = _get(CheckboxGroup.class, spec -> spec.withId("person-roles"));
        _setValue(roles, Set.of(Roles.TRAINER));
        _click(_get(Button.class, spec -> spec.withId("new-person-create")));

        assertThat(_get(Span.class, spec -> spec.withId("temporary-username")).getText()).startsWith("nurlan.a");
        assertThat(_get(Span.class, spec -> spec.withId("temporary-password")).getText())
                .matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Құпиясөз тек қазір көрсетіледі. Оны адамға өзіне немесе сенімді арна арқылы беріңіз: "
                        + "алғаш кіргенде ол өз құпиясөзін таңдайды.");
        _click(_get(Button.class, spec -> spec.withId("temporary-password-done")));

        _setValue(_get(TextField.class, spec -> spec.withId("people-search")), "ӨМІРЗАҚОВ " + suffix);
        @SuppressWarnings("unchecked")
        Grid<PersonRow> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).organisation()).isEqualTo("Ақмола облысы әкімдігі " + suffix);
        assertThat(_get(grid, 0).roles()).containsExactly(Roles.TRAINER);
    }

    @Test
    void a_refused_new_person_keeps_the_dialog_open_and_creates_nobody() {
        signInAs("admin");
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("people-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("person-full-name")), "Қате ЖСН иесі " + suffix);
        _setValue(_get(TextField.class, spec -> spec.withId("person-iin")), "900312300151");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> _click(_get(Button.class, spec -> spec.withId("new-person-create"))))
                .hasMessage("people.error.iin-check_digit");

        _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("new-person-dialog"));
        _click(_get(Button.class, spec -> spec.withText("Бас тарту")));
        _setValue(_get(TextField.class, spec -> spec.withId("people-search")), "Қате ЖСН иесі " + suffix);
        _get(Paragraph.class, spec -> spec.withId("people-empty").withText("Бұл сүзгілерге сай ешкім жоқ."));
    }

    @Test
    void an_administrator_deactivates_a_person_only_after_confirming_and_can_reactivate() {
        NewAccount created = create("Өшірілетін Адам " + suffix);
        signInAs("admin");
        UI.getCurrent().navigate(PersonView.class, created.id());
        assertThat(_get(H1.class, spec -> spec.withId("person-title")).getText()).isEqualTo("Өшірілетін Адам " + suffix);

        _click(_get(Button.class, spec -> spec.withId("person-deactivate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Өшірілетін Адам " + suffix + " тіркелгісін өшіру керек пе?");
        _fireConfirm(confirm);

        assertThat(_find(Span.class)).extracting(Span::getText).contains("Өшірілген");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Өшірілетін Адам " + suffix);
        _click(_get(Button.class, spec -> spec.withId("person-reactivate")));
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Белсенді");
    }

    @Test
    void an_administrator_cannot_take_their_own_roles_or_deactivate_themselves_from_their_page() {
        signInAs("admin");
        UI.getCurrent().navigate(PersonView.class, currentUser.require().accountId());

        assertThat(_get(Button.class, spec -> spec.withId("person-roles-save")).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("person-deactivate")).isEnabled()).isFalse();
        _get(Paragraph.class, spec -> spec.withText("Ешкім өз рөлін өзгертпейді: мұны басқа әкімші жасай алады."));
    }

    @Test
    void anonymising_says_what_stays_before_it_is_confirmed() {
        NewAccount created = create("Ұмытылатын Адам");
        signInAs("admin");
        UI.getCurrent().navigate(PersonView.class, created.id());

        _click(_get(Button.class, spec -> spec.withId("person-anonymise")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("Сертификаттар күшін сақтайды");
        _fireConfirm(confirm);

        assertThat(_get(H1.class, spec -> spec.withId("person-title")).getText()).isEqualTo("[" + created.id() + "]");
        _get(Paragraph.class, spec -> spec.withText(
                "Бұл тіркелгі адамның өтініші бойынша иесіздендірілді. Оның сертификаттары басылған аты-жөнімен тексеріледі."));
        _assertNone(Button.class, spec -> spec.withId("person-reset"));
    }

    @Test
    void the_audit_log_shows_who_created_whom_with_the_roles_named_in_the_readers_language() {
        NewAccount created = create("Журналдағы Адам " + suffix);
        signInAs("admin");
        UI.getCurrent().navigate(AuditLogView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-search")), created.fullName());

        @SuppressWarnings("unchecked")
        Grid<kz.kelisim.audit.AuditLog.Entry> log = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(_size(log)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(log, 0))
                .contains("Тіркелгі ашылды", "Жүйе әкімшісі", created.fullName(), created.username() + " [Тыңдаушы]");
    }

    @Test
    void staff_look_people_up_without_managing_them_and_trainees_never_see_the_list() {
        signInAs("staff");
        UI.getCurrent().navigate(PeopleView.class);
        _get(Grid.class, spec -> spec.withId("people-grid"));
        _assertNone(Button.class, spec -> spec.withId("people-new"));

        signInAs("trainee");
        UI.getCurrent().navigate("people");
        _assertNone(Grid.class, spec -> spec.withId("people-grid"));
    }

    private NewAccount create(String name) {
        signInAs("admin");
        return people.create(new NewPerson(name, null, null, Set.of(Roles.TRAINEE), null, Set.of()));
    }
}
