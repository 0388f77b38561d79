package kz.kelisim.user.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.Language;
import kz.kelisim.user.UserProfile;
import kz.kelisim.user.UserService;

/** The person's own account: who they are, their language, and a new password. */
@Route("profile")
@PermitAll
@Menu(order = 90, title = "nav.profile", icon = "vaadin:user")
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final PasswordChangeForm passwordForm = new PasswordChangeForm();
    private final Binder<PasswordChangeForm> binder = new Binder<>();

    public ProfileView(UserService users) {
        this.users = users;
        addClassName("profile-view");
        UserProfile profile = users.myProfile();
        add(new H1(getTranslation("profile.title")));
        if (profile.mustChangePassword()) {
            Paragraph notice = new Paragraph(getTranslation("profile.must-change-password"));
            notice.addClassNames("card", "notice");
            notice.setId("must-change-password");
            add(notice);
        }
        add(accountSection(profile), passwordSection());
    }

    private Section accountSection(UserProfile profile) {
        DescriptionList details = new DescriptionList();
        details.addClassName("account-details");
        String roles = profile.roles().stream()
                .map(role -> getTranslation("role." + role.toLowerCase(Locale.ROOT)))
                .sorted()
                .collect(Collectors.joining(", "));
        String language = Language.fromTag(profile.preferredLanguage()).orElse(Language.DEFAULT).tag();
        details.add(new DescriptionList.Term(getTranslation("profile.full-name")),
                new DescriptionList.Description(profile.fullName()),
                new DescriptionList.Term(getTranslation("profile.username")),
                new DescriptionList.Description(profile.username()),
                new DescriptionList.Term(getTranslation("profile.roles")),
                new DescriptionList.Description(roles),
                new DescriptionList.Term(getTranslation("profile.language")),
                new DescriptionList.Description(getTranslation("language." + language)));
        Section section = new Section(new H2(getTranslation("profile.account")), details);
        section.addClassName("card");
        return section;
    }

    private Section passwordSection() {
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId("password-new");
        next.setHelperText(getTranslation("password.new.help", UserService.MIN_PASSWORD_LENGTH));
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        PasswordField confirm = new PasswordField(getTranslation("password.confirm"));
        confirm.setId("password-confirm");
        confirm.setAutocomplete(Autocomplete.NEW_PASSWORD);

        binder.forField(current).asRequired(getTranslation("password.current.required"))
                .bind(PasswordChangeForm::getCurrent, PasswordChangeForm::setCurrent);
        binder.forField(next).asRequired(getTranslation("password.new.required"))
                .withValidator(value -> value.length() >= UserService.MIN_PASSWORD_LENGTH,
                        getTranslation("password.error.too-short", UserService.MIN_PASSWORD_LENGTH))
                .withValidator(value -> value.length() <= UserService.MAX_PASSWORD_LENGTH,
                        getTranslation("password.error.too-long", UserService.MAX_PASSWORD_LENGTH))
                .bind(PasswordChangeForm::getNext, PasswordChangeForm::setNext);
        binder.forField(confirm).asRequired(getTranslation("password.confirm.required"))
                .withValidator(value -> value.equals(next.getValue()), getTranslation("password.error.mismatch"))
                .bind(PasswordChangeForm::getConfirm, PasswordChangeForm::setConfirm);
        binder.setBean(passwordForm);

        Button save = new Button(getTranslation("password.save"), click -> changePassword());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(current, next, confirm);
        Section section = new Section(new H2(getTranslation("password.title")), form, new Div(save));
        section.addClassName("card");
        return section;
    }

    private void changePassword() {
        if (!binder.validate().isOk()) {
            return;
        }
        users.changeMyPassword(passwordForm.getCurrent(), passwordForm.getNext());
        binder.setBean(new PasswordChangeForm());
        getChildren().filter(child -> child.getId().filter("must-change-password"::equals).isPresent())
                .findFirst().ifPresent(this::remove);
        Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }

    /** The three fields of the password form. */
    static final class PasswordChangeForm {
        private String current = "";
        private String next = "";
        private String confirm = "";

        String getCurrent() {
            return current;
        }

        void setCurrent(String current) {
            this.current = current;
        }

        String getNext() {
            return next;
        }

        void setNext(String next) {
            this.next = next;
        }

        String getConfirm() {
            return confirm;
        }

        void setConfirm(String confirm) {
            this.confirm = confirm;
        }
    }
}
