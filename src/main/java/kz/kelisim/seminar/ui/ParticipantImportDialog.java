package kz.kelisim.seminar.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.servlet.http.HttpServletRequest;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.ParticipantImport;
import kz.kelisim.seminar.ParticipantImport.MailOutcome;
import kz.kelisim.seminar.ParticipantImport.Preview;
import kz.kelisim.seminar.ParticipantImport.PreviewRow;
import kz.kelisim.seminar.ParticipantImport.Problem;
import kz.kelisim.seminar.ParticipantImport.Result;
import kz.kelisim.seminar.ParticipantImport.Slip;
import kz.kelisim.ui.Localized;

/**
 * Importing a list of participants: choose a CSV or XLSX file, read the preview (every row with its
 * line number, the rows with problems marked and explained), save when nothing is wrong, then print
 * the sign-in slips. Temporary passwords are shown in this dialog and on the slips, and nowhere else.
 */
class ParticipantImportDialog extends Dialog {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    private static final String PDF = "application/pdf";
    private static final String PROBLEM_ROW = "import-problem-row";

    private final ParticipantImport imports;
    private final long seminarId;
    private final Runnable onSaved;
    private final Language language = SeminarLocale.language();
    private final String signInAddress = signInAddress();

    private final Div fileProblems = new Div();
    private final Paragraph summary = new Paragraph();
    private final Grid<PreviewRow> preview = new Grid<>();
    private final Div outcome = new Div();
    private final Button save = new Button();
    private final Upload upload;
    private String fileName;
    private byte[] bytes;

    ParticipantImportDialog(ParticipantImport imports, long seminarId, Runnable onSaved) {
        this.imports = imports;
        this.seminarId = seminarId;
        this.onSaved = onSaved;
        setId("import-dialog");
        addClassName("import-dialog");
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(70rem, 100vw)");

        upload = new Upload(UploadHandler.inMemory((metadata, content) -> getUI().ifPresent(
                ui -> ui.access(() -> receive(metadata.fileName(), content)))));
        Localized.upload(upload);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> showFileProblems(List.of(Problem.of("import.file.rejected"))));

        Paragraph help = new Paragraph(getTranslation("import.help"));
        help.addClassName("import-help");
        fileProblems.setId("import-file-problems");
        fileProblems.addClassName("form-error");
        summary.setId("import-summary");
        outcome.setId("import-outcome");

        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.addColumn(PreviewRow::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(PreviewRow::fullName).setHeader(getTranslation("import.column.name")).setFlexGrow(2);
        preview.addColumn(PreviewRow::maskedIin).setHeader(getTranslation("import.column.iin")).setAutoWidth(true);
        preview.addColumn(PreviewRow::region).setHeader(getTranslation("import.column.region"));
        preview.addColumn(PreviewRow::organisation).setHeader(getTranslation("import.column.organisation"));
        preview.addColumn(row -> getTranslation("import.standing." + row.standing().name().toLowerCase()))
                .setHeader(getTranslation("import.column.standing")).setAutoWidth(true);
        preview.addColumn(this::problems).setHeader(getTranslation("import.column.problems")).setFlexGrow(3);
        preview.setPartNameGenerator(row -> row.hasProblems() ? PROBLEM_ROW : null);
        preview.setVisible(false);
        preview.setHeight("min(28rem, 60vh)");

        save.setText(getTranslation("import.save"));
        save.setId("import-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(click -> save());
        Button close = new Button(getTranslation("import.close"), click -> close());
        close.setId("import-close");
        getFooter().add(close, save);
        add(help, upload, fileProblems, summary, preview, outcome);
    }

    /** A file has arrived: read it and show what saving it would do. */
    void receive(String name, byte[] content) {
        fileName = name;
        bytes = content;
        outcome.removeAll();
        Preview shown = imports.preview(seminarId, name, content, language);
        showFileProblems(shown.fileProblems());
        preview.setItems(shown.rows());
        preview.setVisible(!shown.rows().isEmpty());
        summary.setText(shown.rows().isEmpty() ? ""
                : getTranslation("import.summary", shown.rows().size(),
                        shown.count(ParticipantImport.Standing.NEW_PERSON),
                        shown.count(ParticipantImport.Standing.EXISTING_ACCOUNT),
                        shown.count(ParticipantImport.Standing.ALREADY_PARTICIPANT), shown.rowsWithProblems()));
        save.setEnabled(shown.canSave());
    }

    private void save() {
        save.setEnabled(false);
        try {
            Result result = imports.save(seminarId, fileName, bytes, language);
            bytes = null;
            upload.setVisible(false);
            preview.setVisible(false);
            summary.setText(getTranslation("import.saved", result.added(), result.accountsCreated(),
                    result.alreadyParticipants()));
            showSlips(result.slips());
            onSaved.run();
        } catch (RuleViolation refused) {
            showFileProblems(List.of(new Problem(refused.messageKey(),
                    java.util.Arrays.stream(refused.arguments()).map(String::valueOf).toList())));
        }
    }

    /** The new accounts' temporary passwords, shown this once, and the slips to print for everyone. */
    private void showSlips(List<Slip> slips) {
        Grid<Slip> accounts = new Grid<>();
        accounts.setId("import-accounts");
        accounts.addThemeVariants(GridVariant.LUMO_COMPACT);
        accounts.addColumn(Slip::fullName).setHeader(getTranslation("import.column.name")).setFlexGrow(2);
        accounts.addColumn(Slip::username).setHeader(getTranslation("import.column.username"));
        accounts.addColumn(slip -> slip.newAccount() ? slip.temporaryPassword() : getTranslation("import.has-account"))
                .setHeader(getTranslation("import.column.password"));
        accounts.setItems(slips);
        accounts.setAllRowsVisible(true);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = imports.slipsPdf(seminarId, slips, signInAddress, language);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "sign-in-slips.pdf", PDF, pdf.length);
        }), "");
        download.setId("import-slips");
        download.add(VaadinIcon.PRINT.create(), new com.vaadin.flow.component.html.Span(getTranslation("import.slips")));
        download.setTarget("_blank");
        Paragraph once = new Paragraph(getTranslation("import.slips.once"));
        once.addClassName("import-once");
        outcome.add(once, download);
        if (imports.mailConfigured()) {
            Paragraph mailed = new Paragraph();
            mailed.setId("import-mail-outcome");
            Button mail = new Button(getTranslation("import.mail"), VaadinIcon.ENVELOPE.create());
            mail.setId("import-mail");
            mail.setDisableOnClick(true);
            mail.addClickListener(click -> {
                MailOutcome sent = imports.emailSlips(seminarId, slips, signInAddress, language);
                mailed.setText(getTranslation("import.mail.sent", sent.sent(), sent.withoutAddress(), sent.failed()));
            });
            outcome.add(new Div(mail, mailed));
        }
        outcome.add(accounts);
    }

    private void showFileProblems(List<Problem> problems) {
        fileProblems.removeAll();
        if (!problems.isEmpty()) {
            UnorderedList list = new UnorderedList();
            problems.forEach(problem -> list.add(new ListItem(text(problem))));
            fileProblems.add(list);
        }
    }

    private String problems(PreviewRow row) {
        return String.join("; ", row.problems().stream().map(this::text).toList());
    }

    private String text(Problem problem) {
        return getTranslation(problem.key(), problem.arguments().toArray());
    }

    /** Where the people on the slips sign in: this server as the trainer reached it. */
    private static String signInAddress() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(http.getScheme()) || port == 443 && "https".equals(http.getScheme());
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath()
                + "/";
    }
}
