package kz.kelisim.people.ui;

import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.seminar.PersonProfiles.Profile;
import kz.kelisim.seminar.ReferenceData;
import kz.kelisim.seminar.ReferenceData.RegionNames;

/** A person's name, e-mail and profile as a form, on the new-person dialog and the person's page. */
final class ProfileFields extends FormLayout {

    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final TextField iin = new TextField();
    final ComboBox<RegionNames> region = new ComboBox<>();
    final TextField organisation = new TextField();
    final TextField position = new TextField();
    final TextField phone = new TextField();

    ProfileFields(ReferenceData reference) {
        Map<String, String> names = PeopleTexts.regionNames(this, reference.regions());
        fullName.setLabel(getTranslation("people.field.full-name"));
        fullName.setHelperText(getTranslation("people.field.full-name.help"));
        fullName.setRequired(true);
        fullName.setMaxLength(200);
        fullName.setId("person-full-name");
        email.setLabel(getTranslation("people.field.email"));
        email.setId("person-email");
        iin.setLabel(getTranslation("people.field.iin"));
        iin.setHelperText(getTranslation("people.field.iin.help"));
        iin.setMaxLength(12);
        iin.setAllowedCharPattern("\\d");
        iin.setId("person-iin");
        region.setLabel(getTranslation("people.field.region"));
        region.setItems(reference.regions());
        region.setItemLabelGenerator(value -> names.get(value.id()));
        region.setClearButtonVisible(true);
        region.setId("person-region");
        organisation.setLabel(getTranslation("people.field.organisation"));
        organisation.setMaxLength(300);
        organisation.setId("person-organisation");
        position.setLabel(getTranslation("people.field.position"));
        position.setMaxLength(300);
        position.setId("person-position");
        phone.setLabel(getTranslation("people.field.phone"));
        phone.setMaxLength(30);
        phone.setId("person-phone");
        add(fullName, email, iin, region, organisation, position, phone);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        setColspan(fullName, 2);
    }

    void show(String name, String mail, Profile profile, ReferenceData reference) {
        fullName.setValue(name == null ? "" : name);
        email.setValue(mail == null ? "" : mail);
        iin.setValue(profile.iin() == null ? "" : profile.iin());
        region.setValue(reference.regions().stream().filter(value -> value.id().equals(profile.regionId())).findFirst()
                .orElse(null));
        organisation.setValue(profile.organisation() == null ? "" : profile.organisation());
        position.setValue(profile.position() == null ? "" : profile.position());
        phone.setValue(profile.phone() == null ? "" : profile.phone());
    }

    Profile profile() {
        return new Profile(iin.getValue(), region.getValue() == null ? null : region.getValue().id(),
                organisation.getValue(), position.getValue(), email.getValue(), phone.getValue());
    }
}
