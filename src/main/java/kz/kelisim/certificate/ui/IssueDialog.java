package kz.kelisim.certificate.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateViews.Candidate;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.certificate.CertificateViews.TrainingChoice;

/**
 * Issuing for staff: choose a seminar or a course, see each person with their results and, for those
 * who may not have a certificate yet, every reason why; issue to the others one by one.
 */
class IssueDialog extends Dialog {

    private static final String SEMINAR = "seminar";
    private static final String COURSE = "course";

    private final CertificateService certificates;
    private final Runnable afterIssue;
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final ComboBox<TrainingChoice> training = new ComboBox<>();
    private final Grid<Candidate> candidates = new Grid<>();

    IssueDialog(CertificateService certificates, Runnable afterIssue) {
        this.certificates = certificates;
        this.afterIssue = afterIssue;
        setId("issue-dialog");
        addClassName("issue-dialog");
        setHeaderTitle(getTranslation("certificates.issue.title"));
        kind.setId("issue-kind");
        kind.setItems(SEMINAR, COURSE);
        kind.setItemLabelGenerator(value -> getTranslation("certificates.issue." + value));
        kind.addValueChangeListener(event -> chooseKind(event.getValue()));
        training.setId("issue-training");
        training.setLabel(getTranslation("certificates.issue.training"));
        training.setItemLabelGenerator(TrainingChoice::title);
        training.setWidthFull();
        training.addValueChangeListener(event -> showCandidates());
        candidates.setId("issue-candidates");
        candidates.addColumn(Candidate::fullName).setHeader(getTranslation("certificates.column.holder"))
                .setFlexGrow(1);
        candidates.addColumn(candidate -> percent(candidate.finalTest()))
                .setHeader(getTranslation("certificates.issue.final-test")).setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(candidate -> candidate.attendance() == null ? "" : candidate.attendance() + " %")
                .setHeader(getTranslation("certificates.issue.attendance")).setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(this::whyNot).setHeader(getTranslation("certificates.issue.why-not")).setFlexGrow(2);
        candidates.addComponentColumn(this::issueButton).setKey("issue").setAutoWidth(true).setFlexGrow(0);
        add(new Div(kind, training), candidates);
        getFooter().add(new Button(getTranslation("certificates.close"), event -> close()));
        kind.setValue(SEMINAR);
    }

    private void chooseKind(String chosen) {
        List<TrainingChoice> choices = COURSE.equals(chosen) ? certificates.courseChoices(CertificateTexts.language())
                : certificates.seminarChoices(CertificateTexts.language());
        training.clear();
        training.setItems(choices);
        candidates.setItems(List.of());
    }

    private void showCandidates() {
        TrainingChoice chosen = training.getValue();
        if (chosen == null) {
            candidates.setItems(List.of());
            return;
        }
        candidates.setItems(COURSE.equals(kind.getValue()) ? certificates.courseCandidates(chosen.id())
                : certificates.seminarCandidates(Long.parseLong(chosen.id())));
    }

    private Button issueButton(Candidate candidate) {
        Button issue = new Button(getTranslation("certificates.issue.one"), event -> issue(candidate));
        issue.setId("issue-" + candidate.userId());
        issue.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        issue.setEnabled(candidate.eligible());
        return issue;
    }

    private void issue(Candidate candidate) {
        TrainingChoice chosen = training.getValue();
        CertificateSummary issued = COURSE.equals(kind.getValue())
                ? certificates.issueForCourse(candidate.userId(), chosen.id())
                : certificates.issueForSeminar(Long.parseLong(chosen.id()), candidate.userId());
        Notification.show(getTranslation("certificates.issued", issued.number(), issued.holderName()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        showCandidates();
        afterIssue.run();
    }

    private String whyNot(Candidate candidate) {
        return candidate.reasons().stream()
                .map(reason -> getTranslation(reason.messageKey(), reason.arguments().toArray()))
                .collect(Collectors.joining("; "));
    }

    private static String percent(Double value) {
        return value == null ? "" : Math.round(value) + " %";
    }
}
