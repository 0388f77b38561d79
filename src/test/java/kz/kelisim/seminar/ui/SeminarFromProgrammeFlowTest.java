package kz.kelisim.seminar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.UiTest;
import kz.kelisim.seminar.SeminarViews.Choice;
import kz.kelisim.seminar.SeminarViews.ProgrammeChoice;

/** A trainer makes a seminar from the three-day programme in the "New seminar" dialog and finds its schedule. */
class SeminarFromProgrammeFlowTest extends UiTest {

    @Test
    void a_trainer_chooses_the_programme_and_a_start_date_and_the_seminar_opens_with_three_days_of_sessions() {
        signInAs("trainer");
        UI.getCurrent().navigate(SeminarsView.class);
        _click(_get(Button.class, spec -> spec.withId("seminar-new")));
        @SuppressWarnings("unchecked")
        Select<ProgrammeChoice> programme = _get(Select.class, spec -> spec.withId("seminar-programme"));
        _setValue(programme, programme.getListDataView().getItems()
                .filter(choice -> choice.id().equals("shymkent-three-day")).findFirst().orElseThrow());

        TextField titleKk = _get(TextField.class, spec -> spec.withId("seminar-title-kk"));
        assertThat(titleKk.getValue()).as("the programme's title, to keep or change").startsWith("Қоғамдық келісім");
        assertThat(programme.getHelperText()).isEqualTo("Сақтағанда кестеге қосылатын сабақтар: 13; академиялық сағат: 24; күн: 3.");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Choice> courses = _get(MultiSelectComboBox.class, spec -> spec.withId("seminar-courses"));
        assertThat(courses.getValue()).extracting(Choice::id).contains("ethnomediation", "kazakhstan-studies");
        _setValue(titleKk, "Шымкент: үш күндік семинар-тренинг (бағдарлама бойынша)");
        _setValue(_get(TextField.class, spec -> spec.withId("seminar-venue")), "Шымкент қаласының әкімдігі");
        @SuppressWarnings("unchecked")
        Select<Choice> region = _get(Select.class, spec -> spec.withId("seminar-region"));
        _setValue(region, region.getListDataView().getItems().filter(choice -> choice.id().equals("shymkent"))
                .findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("seminar-starts")), LocalDate.of(2027, 3, 1));
        assertThat(_get(DatePicker.class, spec -> spec.withId("seminar-ends")).getValue())
                .as("as long as the programme").isEqualTo(LocalDate.of(2027, 3, 3));
        _click(_get(Button.class, spec -> spec.withId("seminar-save")));

        assertThat(_get(H1.class).getText()).isEqualTo("Шымкент: үш күндік семинар-тренинг (бағдарлама бойынша)");
        assertThat(_find(H3.class)).extracting(day -> day.getText().replaceAll("\\p{Z}", " "))
                .contains("2027 ж. 1 наурыз, дүйсенбі", "2027 ж. 2 наурыз, сейсенбі", "2027 ж. 3 наурыз, сәрсенбі");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("session"))).hasSize(13)
                .anySatisfy(session -> assertThat(session.getElement().getTextRecursively())
                        .contains("Ашылу және кіріс тесті"));
    }
}
