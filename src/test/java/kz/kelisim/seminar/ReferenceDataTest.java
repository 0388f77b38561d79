package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.ReferenceData.OrganisationRow;
import kz.kelisim.seminar.ReferenceData.RegionNames;

@SpringBootTest
@Transactional
@Tag("persistence")
class ReferenceDataTest {

    @Autowired
    ReferenceData reference;

    @Test
    @WithUserDetails("admin")
    void administrator_sees_the_twenty_regions_in_three_languages() {
        assertThat(reference.regions()).hasSize(20).first()
                .isEqualTo(new RegionNames("astana", "Астана қаласы", "город Астана", "Astana city"));
    }

    @Test
    @WithUserDetails("admin")
    void administrator_adds_and_renames_an_organisation_whose_name_stays_unique() {
        long id = reference.addOrganisation("  Ұлытау облысы  әкімдігі ", "ulytau");
        reference.addOrganisation("Павлодар облысы әкімдігі", null);

        assertThat(reference.organisations(0, 50, Language.RU)).extracting(OrganisationRow::name)
                .contains("Ұлытау облысы әкімдігі", "Павлодар облысы әкімдігі");
        assertThat(reference.organisations(0, 50, Language.RU)).filteredOn(row -> row.id() == id).singleElement()
                .extracting(OrganisationRow::region).isEqualTo("Область Ұлытау");

        assertThatThrownBy(() -> reference.addOrganisation("ұлытау облысы әкімдігі", null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("reference.error.name-taken"));
        reference.renameOrganisation(id, "Ұлытау облысының әкімдігі", "ulytau");
        reference.renameOrganisation(id, "Ұлытау облысының әкімдігі", "ulytau");

        assertThat(reference.organisations(0, 50, Language.KK)).extracting(OrganisationRow::name)
                .contains("Ұлытау облысының әкімдігі").doesNotContain("Ұлытау облысы әкімдігі");
        assertThatThrownBy(() -> reference.renameOrganisation(id, "", null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> reference.addOrganisation("Жаңа ұйым", "mars")).isInstanceOf(RuleViolation.class);
    }

    @Test
    @WithUserDetails("admin")
    void administrator_corrects_a_regions_names_and_empty_names_are_refused() {
        reference.renameRegion("zhetysu", " Жетісу  облысы ", "область Жетісу", "Zhetisu Region");

        assertThat(reference.regions()).filteredOn(region -> region.id().equals("zhetysu")).singleElement()
                .isEqualTo(new RegionNames("zhetysu", "Жетісу облысы", "область Жетісу", "Zhetisu Region"));
        assertThatThrownBy(() -> reference.renameRegion("zhetysu", "", "область", "Region"))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> reference.renameRegion("atlantis", "А", "Б", "C")).isInstanceOf(RuleViolation.class);
    }

    @Test
    @WithUserDetails("trainer")
    void a_trainer_may_not_edit_reference_data() {
        assertThatThrownBy(() -> reference.addOrganisation("Ұйым", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reference.renameRegion("abai", "А", "Б", "C"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reference.regions()).isInstanceOf(AccessDeniedException.class);
    }
}
