package kz.kelisim.people.ui;

import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.people.PeopleService;
import kz.kelisim.people.PeopleService.NewPerson;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.ReferenceData;
import kz.kelisim.user.UserService.NewAccount;

/** A new account: name, roles, profile; then its temporary password, shown this once. */
final class NewPersonDialog extends Dialog {

    NewPersonDialog(PeopleService people, ReferenceData reference, Consumer<NewAccount> created) {
        setId("new-person-dialog");
        setHeaderTitle(getTranslation("people.new.title"));
        setWidth("min(48rem, 96vw)");
        ProfileFields fields = new ProfileFields(reference);
        TextField username = new TextField(getTranslation("people.field.username"));
        username.setHelperText(getTranslation("people.field.username.help"));
        username.setMaxLength(60);
        username.setId("person-username");
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("people.field.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> PeopleTexts.role(this, role));
        roles.setValue(Set.of(Roles.TRAINEE));
        roles.setRequired(true);
        roles.setId("person-roles");
        fields.addComponentAtIndex(1, username);
        fields.add(roles);
        fields.setColspan(roles, 2);
        add(fields);
        Button cancel = new Button(getTranslation("people.cancel"), click -> close());
        Button create = new Button(getTranslation("people.new.create"), click -> {
            NewAccount account = people.create(new NewPerson(fields.fullName.getValue(), username.getValue(),
                    fields.email.getValue(), roles.getValue(), fields.profile(), Set.of()));
            close();
            created.accept(account);
            TemporaryPasswordDialog.show(account);
        });
        create.setId("new-person-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, create);
    }
}
