package kz.kelisim.seminar.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static kz.kelisim.seminar.ParticipantLists.csv;
import static kz.kelisim.seminar.ParticipantLists.newIin;
import static kz.kelisim.seminar.ParticipantLists.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import kz.kelisim.UiTest;
import kz.kelisim.seminar.ParticipantImport.PreviewRow;
import kz.kelisim.seminar.ParticipantImport.Slip;
import kz.kelisim.seminar.SeminarDetails;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarStatus;

/** A trainer's way through the import: a list with problems, a corrected list, the slips. */
class ParticipantImportDialogTest extends UiTest {

    private static final List<String> HEADER = List.of("Full name", "IIN", "Region", "Organisation");

    @Autowired
    SeminarService seminars;

    @Test
    void trainer_sees_the_problem_rows_corrects_the_list_saves_it_and_gets_the_sign_in_slips() {
        signInAs("trainer");
        long seminar = seminars.create(new SeminarDetails("Медиация", "Медиация", null, "Ақтөбе", "aktobe",
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), 20, SeminarStatus.PLANNED, Set.of()));
        UI.getCurrent().navigate(SeminarView.class, SeminarView.parameters(seminar));
        _get(TabSheet.class, spec -> spec.withId("seminar-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-seminar-tab-participants")));
        _click(_get(Button.class, spec -> spec.withId("participants-import")));
        ParticipantImportDialog dialog = _get(ParticipantImportDialog.class);
        Button save = _get(Button.class, spec -> spec.withId("import-save"));
        String first = newIin();
        String second = newIin();

        dialog.receive("тізім.csv", csv(',', List.of(HEADER, List.of("Тоқтарова Айжан", first, "Ақтөбе облысы", ""),
                List.of("Мұқанов Серік", withWrongCheckDigit(second), "Марс", ""))));

        @SuppressWarnings("unchecked")
        Grid<PreviewRow> preview = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(_size(preview)).isEqualTo(2);
        assertThat(_getFormattedRow(preview, 1)).contains("3", "Мұқанов Серік",
                "ЖСН-ның бақылау цифры дұрыс емес; «Марс» өңірі белгісіз");
        assertThat(preview.getPartNameGenerator().apply(preview.getListDataView().getItem(1)))
                .isEqualTo("import-problem-row");
        assertThat(preview.getPartNameGenerator().apply(preview.getListDataView().getItem(0))).isNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("Жолдар: 2. Жаңа тіркелгілер: 2; тіркелгісі барлар: 0; қатысушы болып тұрғандар: 0. "
                        + "Қатесі бар жолдар: 1.");
        assertThat(save.isEnabled()).isFalse();

        dialog.receive("тізім.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThat(_find(_get(Div.class, spec -> spec.withId("import-file-problems")), ListItem.class))
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("Файлды оқу мүмкін емес: ол бүлінген немесе кесте емес.");
        assertThat(save.isEnabled()).isFalse();

        dialog.receive("тізім.csv", csv(';', List.of(HEADER, List.of("Тоқтарова Айжан", first, "Ақтөбе облысы", ""),
                List.of("Мұқанов Серік", second, "Актюбинская область", "Ақтөбе облысы әкімдігі"))));
        assertThat(_find(_get(Div.class, spec -> spec.withId("import-file-problems")), ListItem.class)).isEmpty();
        assertThat(save.isEnabled()).isTrue();
        _click(save);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("Сақталды. Семинарға қосылды: 2; жаңа тіркелгілер: 2; бұрыннан қатысушылар: 0.");
        @SuppressWarnings("unchecked")
        Grid<Slip> accounts = _get(Grid.class, spec -> spec.withId("import-accounts"));
        assertThat(_size(accounts)).isEqualTo(2);
        assertThat(_getFormattedRow(accounts, 0)).contains("Тоқтарова Айжан", "toktarova.a");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-slips")).getHref()).isNotBlank();
        assertThat(save.isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("import-close")));

        @SuppressWarnings("unchecked")
        Grid<?> participants = _get(Grid.class, spec -> spec.withId("participants-grid"));
        assertThat(_size(participants)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("participants-count")).getText()).contains("2");
    }
}
