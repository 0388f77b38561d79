package kz.kelisim.certificate.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateViews.BulkProgress;
import kz.kelisim.certificate.CertificateViews.Candidate;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.certificate.CertificateViews.EligibilityRules;
import kz.kelisim.certificate.CertificateViews.Notice;
import kz.kelisim.certificate.CertificateViews.TrainingChoice;

/**
 * Issuing for staff: choose a seminar or a course, see each person with their results and, for those
 * who may not have a certificate yet, every reason why; issue to the others one by one, or, for a
 * seminar, to all of them in the background (a progress bar kept up to date by server push
 * after every batch), and print the seminar's certificates as one PDF or a ZIP.
 */
class IssueDialog extends Dialog {

    private static final String SEMINAR = "seminar";
    private static final String COURSE = "course";

    private final CertificateService certificates;
    private final Runnable afterIssue;
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final ComboBox<TrainingChoice> training = new ComboBox<>();
    private final Grid<Candidate> candidates = new Grid<>();
    private final Div seminarBatch = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private Registration polling;
    private BulkProgress shown;

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
        candidates.setEmptyStateText(getTranslation("certificates.issue.choose-training"));
        candidates.addColumn(Candidate::fullName).setHeader(getTranslation("certificates.column.holder"))
                .setFlexGrow(1);
        candidates.addColumn(candidate -> percent(candidate.finalTest()))
                .setHeader(getTranslation("certificates.issue.final-test")).setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(candidate -> candidate.attendance() == null ? "" : candidate.attendance() + " %")
                .setHeader(getTranslation("certificates.issue.attendance")).setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(this::whyNot).setHeader(getTranslation("certificates.issue.why-not")).setFlexGrow(2);
        candidates.addComponentColumn(this::issueButton).setKey("issue").setAutoWidth(true).setFlexGrow(0);
        seminarBatch.addClassName("issue-seminar-batch");
        seminarBatch.setId("issue-seminar-batch");
        progress.setId("issue-progress");
        progressText.setId("issue-progress-text");
        add(notices(), new Div(kind, training), seminarBatch, candidates);
        getFooter().add(new Button(getTranslation("certificates.close"), event -> close()));
        addDetachListener(event -> stopPolling());
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
        seminarBatch.removeAll();
        stopPolling();
        if (chosen == null) {
            candidates.setEmptyStateText(getTranslation("certificates.issue.choose-training"));
            candidates.setItems(List.of());
            return;
        }
        candidates.setEmptyStateText(getTranslation("certificates.issue.no-candidates"));
        if (!COURSE.equals(kind.getValue())) {
            showSeminarBatch(Long.parseLong(chosen.id()));
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

    /** The seminar's own certificate rules (or the global ones), editable; saving judges everyone again. */
    private Div rulesEditor(long seminarId) {
        EligibilityRules rules = certificates.seminarRules(seminarId);
        IntegerField passMark = percentField("issue-rules-pass", "certificates.rules.pass-mark",
                rules.finalTestPassPercent());
        IntegerField attendance = percentField("issue-rules-attendance", "certificates.rules.attendance",
                rules.attendancePercent());
        Checkbox exercises = new Checkbox(getTranslation("certificates.rules.exercises"), rules.exercisesGraded());
        exercises.setId("issue-rules-exercises");
        Span source = new Span(getTranslation(rules.ownRules() ? "certificates.rules.own" : "certificates.rules.global"));
        source.setId("issue-rules-source");
        Button save = new Button(getTranslation("certificates.rules.save"), event -> {
            if (passMark.isInvalid() || attendance.isInvalid() || passMark.getValue() == null
                    || attendance.getValue() == null) {
                passMark.setInvalid(passMark.getValue() == null || passMark.isInvalid());
                attendance.setInvalid(attendance.getValue() == null || attendance.isInvalid());
                return;
            }
            certificates.saveSeminarRules(seminarId, new EligibilityRules(passMark.getValue(), attendance.getValue(),
                    exercises.getValue(), true));
            showCandidates();
        });
        save.setId("issue-rules-save");
        Button global = new Button(getTranslation("certificates.rules.use-global"), event -> {
            certificates.useGlobalSeminarRules(seminarId);
            showCandidates();
        });
        global.setId("issue-rules-global");
        global.setEnabled(rules.ownRules());
        Div editor = new Div(passMark, attendance, exercises, save, global, source);
        editor.addClassName("issue-rules");
        editor.setId("issue-rules");
        return editor;
    }

    private IntegerField percentField(String id, String labelKey, int value) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(CertificateService.MIN_PERCENT);
        field.setMax(100);
        field.setStepButtonsVisible(true);
        field.setErrorMessage(getTranslation("certificate.rules.error.percent", CertificateService.MIN_PERCENT, 100));
        field.setValue(value);
        return field;
    }

    /** Issue to everyone eligible in the background, follow it, and print the seminar's certificates. */
    private void showSeminarBatch(long seminarId) {
        Button all = new Button(getTranslation("certificates.issue.all"), event -> confirmIssueAll(seminarId,
                event.getSource()));
        all.setId("issue-all");
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String name = "seminar-" + seminarId;
        seminarBatch.add(all, progress, progressText,
                download("issue-merged-pdf", getTranslation("certificates.issue.merged-pdf"), name + ".pdf",
                        "application/pdf", () -> certificates.seminarPdf(seminarId)),
                download("issue-zip", getTranslation("certificates.issue.zip"), name + ".zip", "application/zip",
                        () -> certificates.seminarZip(seminarId)));
        seminarBatch.add(rulesEditor(seminarId));
        progress.setVisible(false);
        progressText.setText("");
        // coming back to a run that is under way (or has finished) shows where it stands
        certificates.seminarIssueProgress(seminarId).ifPresent(now -> follow(seminarId, now));
    }

    /** "Issue 37 certificates?" first: a bulk run numbers and signs every one of them for good. */
    private void confirmIssueAll(long seminarId, Button all) {
        int eligible = certificates.seminarEligibleCount(seminarId);
        if (eligible == 0) {
            Notification.show(getTranslation("certificates.issue.none-eligible"), 4000,
                    Notification.Position.BOTTOM_START);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("issue-all-confirm");
        confirm.setHeader(getTranslation("certificates.issue.confirm.title", eligible));
        confirm.setText(getTranslation("certificates.issue.confirm.text", eligible, training.getValue().title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("certificates.cancel"));
        confirm.setConfirmText(getTranslation("certificates.issue.confirm.ok"));
        confirm.addConfirmListener(event -> {
            all.setEnabled(false);
            follow(seminarId, certificates.startSeminarIssue(seminarId));
        });
        confirm.open();
    }

    /** What stops or spoils issuing, said before anyone presses Issue. */
    private Div notices() {
        Div notices = new Div();
        notices.setId("issue-notices");
        notices.addClassName("certificate-notices");
        for (Notice notice : certificates.issuingNotices()) {
            Paragraph text = new Paragraph(getTranslation(notice.messageKey(), notice.arguments().stream()
                    .map(argument -> argument instanceof String field && field.matches("signature[12]|seal|emblem")
                            ? getTranslation("certificate-template.field." + field) : argument)
                    .toArray()));
            text.addClassName(notice.blocksIssuing() ? "certificate-refusal" : "certificate-warning");
            notices.add(text);
        }
        notices.setVisible(notices.getComponentCount() > 0);
        return notices;
    }

    private void follow(long seminarId, BulkProgress now) {
        show(now);
        stopPolling();
        if (!now.finished()) {
            UI ui = UI.getCurrent();
            // the runner's thread tells us after every batch; UI.access pushes it to the browser. The
            // command may run in the runner's thread, so it carries the staff member's sign-in, and
            // news may arrive out of order, so what is older than what is shown is dropped.
            SecurityContext signedIn = SecurityContextHolder.getContext();
            polling = certificates.followSeminarIssue(seminarId, latest -> ui.access(() ->
                    new DelegatingSecurityContextRunnable(() -> {
                        if (shown == null || newer(latest, shown)) {
                            show(latest);
                            if (latest.finished()) {
                                stopPolling();
                                showCandidates();
                                afterIssue.run();
                            }
                        }
                    }, signedIn).run()));
        }
    }

    private static boolean newer(BulkProgress latest, BulkProgress shown) {
        return !shown.finished() && (latest.finished()
                || latest.issued() + latest.skipped() > shown.issued() + shown.skipped());
    }

    private void show(BulkProgress now) {
        shown = now;
        progress.setVisible(true);
        progress.setValue(now.fraction());
        String key = now.failed() ? "certificates.issue.progress.failed"
                : now.finished() ? "certificates.issue.progress.done" : "certificates.issue.progress";
        progressText.setText(getTranslation(key, now.issued(), now.total(), now.skipped()));
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private static Anchor download(String id, String text, String fileName, String mediaType,
            java.util.function.Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }), text);
        anchor.setId(id);
        return anchor;
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
