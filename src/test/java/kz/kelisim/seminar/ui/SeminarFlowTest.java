package kz.kelisim.seminar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.UiTest;
import kz.kelisim.seminar.AttendanceStatus;
import kz.kelisim.seminar.AttendanceViews.AttendanceRow;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarViews.Choice;
import kz.kelisim.seminar.SeminarViews.ParticipantRow;

/** A trainer sets a seminar up and runs it; a trainee joins with the key and finds their group and attendance. */
class SeminarFlowTest extends UiTest {

    @Autowired
    SeminarService seminars;

    private void openTab(String labelKeyId) {
        TabSheet sheet = _get(TabSheet.class, spec -> spec.withId("seminar-tabs"));
        Tab tab = _get(Tab.class, spec -> spec.withId(labelKeyId));
        sheet.setSelectedTab(tab);
    }

    @Test
    void trainer_creates_a_seminar_schedules_a_session_groups_people_and_marks_attendance_then_a_trainee_joins() {
        signInAs("trainer");
        UI.getCurrent().navigate(SeminarsView.class);
        _click(_get(Button.class, spec -> spec.withId("seminar-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("seminar-title-kk")), "Қазақтану: Шымкент семинар-тренингі");
        _setValue(_get(TextField.class, spec -> spec.withId("seminar-title-ru")), "Қазақтану: семинар-тренинг в Шымкенте");
        _setValue(_get(TextField.class, spec -> spec.withId("seminar-venue")), "Академия, 3-қабат");
        @SuppressWarnings("unchecked")
        Select<Choice> region = _get(Select.class, spec -> spec.withId("seminar-region"));
        _setValue(region, region.getListDataView().getItems().filter(choice -> choice.id().equals("shymkent"))
                .findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("seminar-starts")), LocalDate.of(2025, 3, 3));
        _setValue(_get(DatePicker.class, spec -> spec.withId("seminar-ends")), LocalDate.of(2025, 3, 1));
        _click(_get(Button.class, spec -> spec.withId("seminar-save")));
        assertThat(_get(Span.class, spec -> spec.withId("seminar-form-error")).getText())
                .isEqualTo("Бірінші және соңғы күнін көрсетіңіз; соңғы күн біріншіден бұрын болмайды.");
        _setValue(_get(DatePicker.class, spec -> spec.withId("seminar-ends")), LocalDate.of(2025, 3, 5));
        _setValue(_get(IntegerField.class, spec -> spec.withId("seminar-capacity")), 10);
        _click(_get(Button.class, spec -> spec.withId("seminar-save")));

        assertThat(_get(H1.class).getText()).isEqualTo("Қазақтану: Шымкент семинар-тренингі");
        long seminarId = seminars.mySeminars(kz.kelisim.base.Language.KK).stream()
                .filter(card -> card.title().equals("Қазақтану: Шымкент семинар-тренингі")).findFirst().orElseThrow().id();

        _click(_get(Button.class, spec -> spec.withId("session-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("session-title")), "Жанжалдың пайда болуын талдау");
        _click(_get(Button.class, spec -> spec.withId("session-save")));
        assertThat(_find(H3.class)).extracting(day -> day.getText().replaceAll("\\p{Z}", " "))
                .as("the schedule's day, in Kazakh").contains("2025 ж. 3 наурыз, дүйсенбі");

        openTab("tab-seminar-tab-participants");
        _click(_get(Button.class, spec -> spec.withId("participants-key-new")));
        String key = _get(Span.class, spec -> spec.withId("participants-key")).getText().replaceAll(".*: ", "");
        for (String trainee : List.of("trainee2", "trainee3", "trainee4")) {
            long id = ((kz.kelisim.security.KelisimPrincipal) context.getBean(
                    org.springframework.security.core.userdetails.UserDetailsService.class).loadUserByUsername(trainee))
                    .accountId();
            seminars.addParticipant(seminarId, id);
        }
        UI.getCurrent().navigate(SeminarView.class, SeminarView.parameters(seminarId));
        openTab("tab-seminar-tab-participants");
        @SuppressWarnings("unchecked")
        Grid<ParticipantRow> participants = _get(Grid.class, spec -> spec.withId("participants-grid"));
        assertThat(GridKt._size(participants)).isEqualTo(3);

        openTab("tab-seminar-tab-groups");
        _setValue(_get(IntegerField.class, spec -> spec.withId("groups-number")), 2);
        _click(_get(Button.class, spec -> spec.withId("groups-make")));
        assertThat(_find(TextField.class, spec -> spec.withClasses("group-name"))).extracting(TextField::getValue)
                .containsExactly("1-топ", "2-топ");
        long latecomer = ((kz.kelisim.security.KelisimPrincipal) context.getBean(
                org.springframework.security.core.userdetails.UserDetailsService.class).loadUserByUsername("trainee"))
                .accountId();
        seminars.addParticipant(seminarId, latecomer);
        UI.getCurrent().navigate(SeminarView.class, SeminarView.parameters(seminarId));
        openTab("tab-seminar-tab-groups");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Топсыз");
        _click(_get(Button.class, spec -> spec.withId("groups-place")));
        NotificationsKt.expectNotifications("Топтарға орналастырылды: 1 адам.");
        assertThat(_find(H3.class)).extracting(H3::getText).as("nobody is left in no group").doesNotContain("Топсыз");
        assertThat(_find(TextField.class, spec -> spec.withClasses("group-name"))).extracting(TextField::getValue)
                .as("the groups stay").containsExactly("1-топ", "2-топ");
        _click(_get(Button.class, spec -> spec.withId("groups-rebalance")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(TextField.class, spec -> spec.withClasses("group-name"))).hasSize(2);
        seminars.removeParticipant(seminarId, latecomer);

        openTab("tab-seminar-tab-attendance");
        Div unmarked = _get(Div.class, spec -> spec.withId("attendance-unmarked-warning"));
        assertThat(unmarked.isVisible()).isTrue();
        assertThat(unmarked.getElement().getTextRecursively())
                .startsWith("Аяқталған 1 сабақта белгіленбеген адамдар бар").contains("белгіленбеген: 3 адам");
        _click(_get(Button.class, spec -> spec.withId("attendance-everyone")));
        assertThat(unmarked.isVisible()).as("everyone is marked now").isFalse();
        @SuppressWarnings("unchecked")
        Grid<AttendanceRow> attendance = _get(Grid.class, spec -> spec.withId("attendance-grid"));
        assertThat(GridKt._findAll(attendance)).allSatisfy(row -> {
            assertThat(row.percent()).isEqualTo(100);
            assertThat(row.marks()).containsValue(AttendanceStatus.PRESENT);
        });

        signInAs("trainee5");
        UI.getCurrent().navigate(SeminarsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("seminar-key")), key);
        _click(_get(Button.class, spec -> spec.withId("seminar-join")));
        assertThat(_get(H1.class).getText()).isEqualTo("Қазақтану: Шымкент семинар-тренингі");
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).containsExactly("Кесте", "Менің тобым және қатысуым");
        openTab("tab-seminar-tab-mine");
        assertThat(_get(Section.class, spec -> spec.withId("my-group")).getElement().getTextRecursively())
                .contains("Сіз әзірге топта емессіз");
        assertThat(_get(Section.class, spec -> spec.withId("my-attendance")).getElement().getTextRecursively())
                .as("an ended session without a mark counts as missed, whenever the person joined")
                .contains("Қатысқан сағат: 0 · қатысу 0 %");

        signInAs("trainee");
        UI.getCurrent().navigate(SeminarsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("seminars-empty")).getText()).isEqualTo("Әзірге семинар жоқ.");
        UI.getCurrent().navigate("seminars/" + seminarId);
        assertThat(_get(H1.class).getText()).as("someone else's seminar is not found").isEqualTo("Бет табылмады");
        UI.getCurrent().navigate("seminars/abc");
        assertThat(_get(H1.class).getText()).isEqualTo("Бет табылмады");
    }
}
