package kz.kelisim.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import kz.kelisim.UiTest;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.LegalAct;
import kz.kelisim.course.LegalBasisService;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.seminar.SeminarDetails;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarStatus;

/**
 * Legal basis as its people meet it: staff record through the register's dialog that an act was
 * superseded, the lesson citing it is flagged, a trainee reading it is told the law changed, and an
 * editor's "Mark reviewed" on the lesson clears the flag and moves its "reviewed as of" date.
 */
class LegalBasisViewTest extends UiTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String COURSE = "kazakhstan-studies";

    @Test
    void staff_mark_an_act_superseded_in_the_dialog_and_its_lesson_is_flagged_then_reviewed_on_the_lesson() {
        String act = "law-rehabilitation-1993";
        signInAs("staff");
        UI.getCurrent().navigate(LegalBasisView.class);
        assertThat(_get(Div.class, spec -> spec.withId("act-lessons-" + act)).getElement().getTextRecursively())
                .contains("Депортация жылдары");

        _click(_get(Button.class, spec -> spec.withId("act-mark-" + act)));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<LegalAct.Status> status = _get(RadioButtonGroup.class, spec -> spec.withId("mark-act-status"));
        status.setValue(LegalAct.Status.SUPERSEDED);
        _setValue(_get(DatePicker.class, spec -> spec.withId("mark-act-date")), LocalDate.of(2026, 11, 25));
        _click(_get(Button.class, spec -> spec.withId("mark-act-save")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("mark-act-date")).isInvalid()).isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withId("mark-act-note")).isInvalid())
                .as("no note: nothing is recorded").isTrue();
        _assertNone(ConfirmDialog.class);

        _setValue(_get(TextArea.class, spec -> spec.withId("mark-act-note")), "Жаңа заңмен ауыстырылды (сынақ)");
        _click(_get(Button.class, spec -> spec.withId("mark-act-save")));
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("Жазылды. Қаралуға жіберілген сабақтар: 1.");
        assertThat(_get(Span.class, spec -> spec.withId("act-status-" + act)).getText())
                .isEqualTo("ауыстырылған, күшін жойған");
        assertThat(_get(Paragraph.class, spec -> spec.withId("act-change-" + act)).getText())
                .contains("25.11.2026").contains("Жаңа заңмен ауыстырылды (сынақ)").contains("Ерлан Құдайбергенов");
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("lessons-under-review"))
                .getElement().getTextRecursively()).as("what the editors have to do, at the top")
                .contains("Қазақтану — Депортация жылдары");
        ListItem lesson = _find(_get(Div.class, spec -> spec.withId("act-lessons-" + act)), ListItem.class).getFirst();
        assertThat(lesson.getElement().getTextRecursively()).contains("қаралуда");

        UI.getCurrent().navigate(LessonView.class, LessonView.parameters(COURSE, "deportations-and-hospitality"));
        assertThat(_get(Div.class, spec -> spec.withId("lesson-under-review")).getElement().getTextRecursively())
                .contains("25.11.2026");
        _click(_get(Button.class, spec -> spec.withId("lesson-mark-reviewed")));

        _assertNone(Div.class, spec -> spec.withId("lesson-under-review"));
        String today = DATE.format(LocalDate.now(kz.kelisim.base.AcademyTime.ZONE));
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("lesson-legal-basis"))
                .getSummaryText()).contains(today);
        UI.getCurrent().navigate(LegalBasisView.class);
        assertThat(_get(Div.class, spec -> spec.withId("act-lessons-" + act)).getElement().getTextRecursively())
                .doesNotContain("қаралуда");
    }

    @Test
    void a_trainee_reads_at_the_top_of_the_lesson_that_its_law_changed_until_an_editor_marks_it_reviewed() {
        String act = "law-holidays-2001";
        String lesson = "days-of-unity-and-gratitude";
        SeminarService seminars = context.getBean(SeminarService.class);
        signInAs("trainer");
        long seminar = seminars.create(new SeminarDetails("Қазақтану", "Казахстановедение", null, "Академия", "astana",
                LocalDate.now(), LocalDate.now().plusDays(2), 20, SeminarStatus.RUNNING, Set.of(COURSE)));
        seminars.addParticipant(seminar, ((KelisimPrincipal) context.getBean(UserDetailsService.class)
                .loadUserByUsername("trainee5")).accountId());
        signInAs("staff");
        context.getBean(LegalBasisService.class).markChanged(act, LegalAct.Status.AMENDED, LocalDate.of(2026, 11, 28),
                "Мерекелер тізіміне өзгерістер (сынақ)");
        signInAs("trainee5");
        context.getBean(CourseCatalogue.class).enrol(COURSE);

        UI.getCurrent().navigate(LessonView.class, LessonView.parameters(COURSE, lesson));

        Div notice = _get(Div.class, spec -> spec.withId("lesson-under-review"));
        assertThat(notice.getElement().getTextRecursively())
                .isEqualTo("Бұл сабақ сүйенетін заң 28.11.2026 күні өзгерді; сабақ қайта қаралуда.");
        _assertNone(Button.class, spec -> spec.withId("lesson-mark-reviewed"));

        signInAs("admin");
        UI.getCurrent().navigate(LessonView.class, LessonView.parameters(COURSE, lesson));
        _click(_get(Button.class, spec -> spec.withId("lesson-mark-reviewed")));
        signInAs("trainee5");
        UI.getCurrent().navigate(LessonView.class, LessonView.parameters(COURSE, lesson));

        _assertNone(Div.class, spec -> spec.withId("lesson-under-review"));
    }

    @Test
    void the_start_page_of_staff_lists_the_lessons_waiting_for_a_review_and_a_trainees_does_not() {
        signInAs("staff");
        LegalBasisService legalBasis = context.getBean(LegalBasisService.class);
        // the act and the day the trainee's test of this class records too, so neither test changes the other's dates
        legalBasis.markChanged("law-holidays-2001", LegalAct.Status.AMENDED, LocalDate.of(2026, 11, 28),
                "Мерекелер тізіміне өзгерістер (сынақ)");
        var waiting = legalBasis.awaitingReview(kz.kelisim.base.Language.KK);
        assertThat(waiting).isNotEmpty();

        UI.getCurrent().navigate(kz.kelisim.ui.DashboardView.class);

        com.vaadin.flow.component.html.Section section = _get(com.vaadin.flow.component.html.Section.class,
                spec -> spec.withId("dashboard-lessons-under-review"));
        assertThat(section.getElement().getTextRecursively())
                .contains("Қаралуды күтетін сабақтар: " + waiting.size())
                .contains(waiting.getFirst().courseTitle() + " — " + waiting.getFirst().lessonTitle());
        _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("dashboard-legal-basis"));
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withClasses("role-staff"))
                .isVisible()).as("beside the staff's introduction card, not in its place").isTrue();

        signInAs("trainee5");
        UI.getCurrent().navigate(kz.kelisim.ui.DashboardView.class);
        _assertNone(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("dashboard-lessons-under-review"));
    }
}
