package kz.kelisim.seminar.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.UiTest;
import kz.kelisim.ui.DashboardView;

/** An administrator's reference data: organisations added and refused, regions to look up. */
class ReferenceDataViewTest extends UiTest {

    @Test
    void administrator_adds_an_organisation_and_sees_the_regions_in_three_languages() {
        signInAs("admin");
        UI.getCurrent().navigate(ReferenceDataView.class);
        String name = "Қостанай облысы әкімдігі " + System.nanoTime();

        _click(_get(Button.class, spec -> spec.withId("organisation-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-name")), name);
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));

        _assertNone(TextField.class, spec -> spec.withId("organisation-name"));
        @SuppressWarnings("unchecked")
        Grid<?> organisations = _get(Grid.class, spec -> spec.withId("organisations-grid"));
        boolean found = false;
        for (int i = 0; i < _size(organisations); i++) {
            found |= _getFormattedRow(organisations, i).contains(name);
        }
        assertThat(found).isTrue();
        @SuppressWarnings("unchecked")
        Grid<?> regions = _get(Grid.class, spec -> spec.withId("regions-grid"));
        assertThat(_size(regions)).isEqualTo(20);
        assertThat(_getFormattedRow(regions, 19)).contains("Ұлытау облысы", "Область Ұлытау", "Ulytau Region");
    }

    @Test
    void a_taken_name_is_refused_in_the_dialog() {
        signInAs("admin");
        UI.getCurrent().navigate(ReferenceDataView.class);
        String name = "Маңғыстау облысы әкімдігі " + System.nanoTime();
        for (int i = 0; i < 2; i++) {
            _click(_get(Button.class, spec -> spec.withId("organisation-add")));
            _setValue(_get(TextField.class, spec -> spec.withId("organisation-name")), name);
            _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        }

        TextField field = _get(TextField.class, spec -> spec.withId("organisation-name"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Мұндай атаулы ұйым бұрыннан бар.");
    }

    @Test
    void only_administrators_find_reference_data_in_their_menu() {
        signInAs("trainer");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_find(SideNavItem.class)).extracting(item -> item.getElement().getTextRecursively()).contains("Басты бет").doesNotContain("Анықтамалықтар");
    }
}
