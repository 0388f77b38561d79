package kz.kelisim.certificate.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import kz.kelisim.Downloads;
import kz.kelisim.UiTest;
import kz.kelisim.base.Language;
import kz.kelisim.certificate.CertificateFixture;
import kz.kelisim.course.CourseCompleted;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.seminar.SeminarDetails;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarStatus;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateStatus;
import kz.kelisim.certificate.CertificateViews.Candidate;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.certificate.CertificateViews.TrainingChoice;
import kz.kelisim.certificate.CertificateViews.RegistryFilter;

/**
 * Staff issue certificates, find, revoke and reissue them in the registry; a trainee finds theirs with
 * the PDF and the verification link.
 */
class CertificateViewsTest extends UiTest {

    private static final String COURSE = "sample-ethnomediation";

    @Test
    void staff_find_a_certificate_by_name_and_title_revoke_it_with_a_reason_and_see_it_revoked() {
        String title = "Тізілім көрінісі " + UUID.randomUUID();
        CertificateSummary issued = CertificateFixture.issue(context, "trainee5", title);
        CertificateFixture.issue(context, "trainee2", title);
        signInAs("staff");
        UI.getCurrent().navigate(CertificatesView.class);

        _get(Anchor.class, spec -> spec.withId("certificates-export"));
        _setValue(_get(TextField.class, spec -> spec.withId("registry-title")), title);
        _setValue(_get(TextField.class, spec -> spec.withId("registry-holder")), "ҺАШИМОВ");
        @SuppressWarnings("unchecked")
        Grid<CertificateSummary> grid = _get(Grid.class, spec -> spec.withId("certificates-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains(issued.number(), "Бауыржан Һашимов", title, "Жарамды");
        Downloads.Found export = Downloads.onScreen().stream()
                .filter(download -> download.name().equals("certificates-export")).findFirst().orElseThrow();
        Downloads.Response xlsx = Downloads.fetch(export);
        assertThat(xlsx.status()).isEqualTo(200);
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).as("the header and the one certificate the filter finds").hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo(issued.number());
            assertThat(rows.get(1).getCellText(2)).isEqualTo(title);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        grid.select(_get(grid, 0));
        _get(Anchor.class, spec -> spec.withId("registry-download"));
        _click(_get(Button.class, spec -> spec.withId("registry-revoke")));
        _click(_get(Button.class, spec -> spec.withId("revoke-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("revoke-reason")).isInvalid()).as("no reason").isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("revoke-reason")), "Аты-жөні қате жазылған");
        _click(_get(Button.class, spec -> spec.withId("revoke-confirm")));

        assertThat(_getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell)
                .startsWith("Күші жойылған").endsWith("Аты-жөні қате жазылған"));
        assertThat(context.getBean(CertificateService.class).certificate(issued.id(), Language.KK).status())
                .isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void staff_issue_a_course_certificate_to_a_trainee_who_completed_the_course() {
        long trainee = ((KelisimPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername("trainee2"))
                .accountId();
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> context.publishEvent(
                new CourseCompleted(trainee, COURSE, "1.0", Instant.parse("2026-11-10T08:00:00Z"))));
        signInAs("staff");
        UI.getCurrent().navigate(CertificatesView.class);

        _click(_get(Button.class, spec -> spec.withId("certificates-issue")));
        assertThat(_get(Grid.class, spec -> spec.withId("issue-candidates")).getEmptyStateText())
                .as("before a training is chosen the empty list says what to do")
                .isEqualTo("Сертификат беру үшін жоғарыдан семинарды немесе курсты таңдаңыз.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> kind = _get(RadioButtonGroup.class, spec -> spec.withId("issue-kind"));
        _setValue(kind, "course");
        @SuppressWarnings("unchecked")
        ComboBox<TrainingChoice> training = _get(ComboBox.class, spec -> spec.withId("issue-training"));
        _setValue(training, ComboBoxKt.getSuggestionItems(training).stream()
                .filter(choice -> choice.id().equals(COURSE)).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<Candidate> candidates = _get(Grid.class, spec -> spec.withId("issue-candidates"));
        assertThat(_getFormattedRow(candidates, 0)).contains("Дмитрий Ким");

        _click((Button) _getCellComponent(candidates, 0, "issue"));

        assertThat(_getFormattedRow(candidates, 0)).anySatisfy(cell -> assertThat(cell)
                .startsWith("Күші бар сертификаты бар: KLS-"));
        assertThat(context.getBean(CertificateService.class).mine(Language.KK)).isEmpty();
        assertThat(context.getBean(CertificateService.class).registry(new RegistryFilter(null, "Дмитрий Ким", null,
                null, null, null), 0, 10, Language.KK)).anySatisfy(issued -> assertThat(issued.hours()).isPositive());
    }

    @Test
    void staff_give_a_seminar_its_own_certificate_rules_in_the_issuing_view_and_go_back_to_the_general_ones() {
        signInAs("staff");
        long seminarId = context.getBean(SeminarService.class).create(new SeminarDetails("Өз ережелері",
                "Свои правила", null, "Астана", "astana", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1), 10,
                SeminarStatus.RUNNING, Set.of()));
        UI.getCurrent().navigate(CertificatesView.class);
        _click(_get(Button.class, spec -> spec.withId("certificates-issue")));
        @SuppressWarnings("unchecked")
        ComboBox<TrainingChoice> training = _get(ComboBox.class, spec -> spec.withId("issue-training"));
        _setValue(training, ComboBoxKt.getSuggestionItems(training).stream()
                .filter(choice -> choice.id().equals(String.valueOf(seminarId))).findFirst().orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("issue-rules-source")).getText())
                .isEqualTo("Бұл семинар жалпы ережелерге сәйкес.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("issue-rules-attendance")).getValue()).isEqualTo(80);

        _setValue(_get(IntegerField.class, spec -> spec.withId("issue-rules-attendance")), 50);
        _setValue(_get(IntegerField.class, spec -> spec.withId("issue-rules-pass")), 70);
        _click(_get(Button.class, spec -> spec.withId("issue-rules-save")));

        assertThat(_get(Span.class, spec -> spec.withId("issue-rules-source")).getText())
                .isEqualTo("Бұл семинардың өз ережелері бар.");
        var rules = context.getBean(CertificateService.class).seminarRules(seminarId);
        assertThat(rules.attendancePercent()).isEqualTo(50);
        assertThat(rules.finalTestPassPercent()).isEqualTo(70);
        assertThat(rules.ownRules()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("issue-rules-global")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("issue-rules-attendance")).getValue()).isEqualTo(80);
        assertThat(context.getBean(CertificateService.class).seminarRules(seminarId).ownRules()).isFalse();
    }

    @Test
    void staff_are_told_when_no_one_in_a_seminar_may_have_a_certificate_and_no_bulk_run_starts() {
        signInAs("staff");
        long seminarId = context.getBean(SeminarService.class).create(new SeminarDetails("Жаппай беру",
                "Массовая выдача", null, "Астана", "astana", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1), 10,
                SeminarStatus.RUNNING, Set.of()));
        UI.getCurrent().navigate(CertificatesView.class);
        _click(_get(Button.class, spec -> spec.withId("certificates-issue")));
        @SuppressWarnings("unchecked")
        ComboBox<TrainingChoice> training = _get(ComboBox.class, spec -> spec.withId("issue-training"));
        _setValue(training, ComboBoxKt.getSuggestionItems(training).stream()
                .filter(choice -> choice.id().equals(String.valueOf(seminarId))).findFirst().orElseThrow());
        _get(Anchor.class, spec -> spec.withId("issue-merged-pdf"));
        _get(Anchor.class, spec -> spec.withId("issue-zip"));
        _assertNone(Div.class, spec -> spec.withId("issue-notices"));

        _click(_get(Button.class, spec -> spec.withId("issue-all")));

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Бұл семинарда сертификат алуға құқылы қатысушы әзірге жоқ.");
        _assertNone(ConfirmDialog.class);
        assertThat(context.getBean(CertificateService.class).seminarIssueProgress(seminarId)).isEmpty();
    }

    @Test
    void staff_reissue_a_certificate_after_confirming_and_the_registry_shows_both() {
        String title = "Қайта беру " + UUID.randomUUID();
        CertificateSummary issued = CertificateFixture.issue(context, "trainee3", title);
        signInAs("admin");
        UI.getCurrent().navigate(CertificatesView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("registry-title")), title);
        @SuppressWarnings("unchecked")
        Grid<CertificateSummary> grid = _get(Grid.class, spec -> spec.withId("certificates-grid"));

        grid.select(_get(grid, 0));
        _click(_get(Button.class, spec -> spec.withId("registry-reissue")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_size(grid)).isEqualTo(2);
        var service = context.getBean(CertificateService.class);
        var both = service.registry(new RegistryFilter(null, null, title, null, null, null), 0, 10, Language.KK);
        assertThat(both).extracting(CertificateSummary::status).containsExactly(CertificateStatus.VALID,
                CertificateStatus.REVOKED);
        assertThat(both.get(1).number()).isEqualTo(issued.number());
        assertThat(_getFormattedRow(grid, 1)).anySatisfy(cell -> assertThat(cell)
                .endsWith("Қайта берілді: " + both.get(0).number()));
    }

    @Test
    void a_trainee_sees_their_certificates_with_the_pdf_and_the_verification_link_and_no_one_elses() {
        CertificateSummary mine = CertificateFixture.issue(context, "trainee4");
        CertificateSummary theirs = CertificateFixture.issue(context, "trainee3");
        signInAs("trainee4");

        UI.getCurrent().navigate(MyCertificatesView.class);

        _get(Anchor.class, spec -> spec.withId("certificate-download-" + mine.id()));
        assertThat(_get(Anchor.class, spec -> spec.withId("certificate-verify-" + mine.id())).getHref())
                .isEqualTo(mine.verificationUrl());
        _assertNone(Anchor.class, spec -> spec.withId("certificate-download-" + theirs.id()));
        _assertNone(Paragraph.class, spec -> spec.withId("my-certificates-none"));
    }

    /** No test in this Spring context issues a certificate to the demo account {@code trainee}. */
    @Test
    void a_trainee_without_certificates_is_told_how_they_come() {
        signInAs("trainee");
        UI.getCurrent().navigate(MyCertificatesView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("my-certificates-none")).getText())
                .startsWith("Әзірге сертификат жоқ");
    }
}
