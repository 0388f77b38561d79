package kz.kelisim.seminar.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.ExerciseViews.AttachmentFile;
import kz.kelisim.seminar.ExerciseViews.AttachmentView;
import kz.kelisim.seminar.ExerciseViews.Conflict;
import kz.kelisim.seminar.ExerciseViews.FieldState;
import kz.kelisim.seminar.ExerciseViews.SaveResult;
import kz.kelisim.seminar.ExerciseViews.Saved;
import kz.kelisim.seminar.ExerciseViews.WorkspacePage;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.RoleCardService;
import kz.kelisim.seminar.ExerciseViews.HandedCard;
import kz.kelisim.seminar.ExerciseViews.RoleCards;
import kz.kelisim.seminar.TemplateField;
import kz.kelisim.ui.Downloads;
import kz.kelisim.ui.Localized;

/**
 * A group's workspace for an exercise: the case, the conflict-analysis template saved as it is
 * typed (each field on its own, so members can write at once), attachments and submitting. When two
 * members change one field, the later save is refused and both versions are shown to merge. Those
 * who run the seminar see it read-only and grade it here ({@link GradingPanel}); members see the
 * grade once there is one. Without a workspace id in the address it is the caller's own group's.
 */
@Route("seminars/:seminarId/exercises/:exerciseId/workspace/:workspaceId?")
@PermitAll
public class WorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SEMINAR_ID = "seminarId";
    static final String EXERCISE_ID = "exerciseId";
    static final String WORKSPACE_ID = "workspaceId";
    private static final String STATUS = "save-status";
    private static final String ERROR = "form-error";

    private final GroupExerciseService exercises;
    private final RoleCardService roleCards;
    private final Map<TemplateField, Long> versions = new EnumMap<>(TemplateField.class);
    private final Map<TemplateField, AbstractField<?, String>> inputs = new EnumMap<>(TemplateField.class);
    private final Map<TemplateField, Span> statuses = new EnumMap<>(TemplateField.class);
    private final Map<TemplateField, Div> conflicts = new EnumMap<>(TemplateField.class);
    private long workspaceId;
    private String title = "";

    public WorkspaceView(GroupExerciseService exercises, RoleCardService roleCards) {
        this.exercises = exercises;
        this.roleCards = roleCards;
        addClassName("workspace-view");
    }

    /** The address of a workspace: the caller's own group's when {@code workspaceId} is null. */
    public static RouteParameters parameters(long seminarId, long exerciseId, Long workspaceId) {
        return workspaceId == null
                ? new RouteParameters(Map.of(SEMINAR_ID, String.valueOf(seminarId), EXERCISE_ID,
                        String.valueOf(exerciseId)))
                : new RouteParameters(Map.of(SEMINAR_ID, String.valueOf(seminarId), EXERCISE_ID,
                        String.valueOf(exerciseId), WORKSPACE_ID, String.valueOf(workspaceId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long seminarId = event.getRouteParameters().getLong(SEMINAR_ID).orElse(-1L);
        long exerciseId = event.getRouteParameters().getLong(EXERCISE_ID).orElse(-1L);
        try {
            workspaceId = event.getRouteParameters().getLong(WORKSPACE_ID)
                    .orElseGet(() -> exercises.myWorkspace(exerciseId));
            WorkspacePage page = exercises.workspace(workspaceId, SeminarLocale.language());
            if (page.seminarId() != seminarId) {
                // an address whose seminar is not the exercise's names nothing, even if the workspace is one's own
                event.rerouteToError(NotFoundException.class);
                return;
            }
            show(page);
        } catch (RuleViolation notYours) {
            // another group's workspace looks exactly like one that does not exist
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show() {
        show(exercises.workspace(workspaceId, SeminarLocale.language()));
    }

    /**
     * A member's own role card (the party they play, its confidential instructions); for those who
     * run the seminar every card with who holds it.
     */
    private Div roleCards(RoleCards cards) {
        Div section = new Div();
        section.setId("workspace-role-cards");
        section.addClassName("workspace-role-cards");
        if (!cards.everyCard()) {
            HandedCard mine = cards.cards().getFirst();
            section.add(new H2(getTranslation("exercise.role-card.mine", mine.title())));
            Div body = new Div(new Html("<div>" + mine.html() + "</div>"));
            body.setId("workspace-role-card");
            body.addClassNames("card", "role-card-body");
            Paragraph confidential = new Paragraph(getTranslation("exercise.role-card.confidential"));
            confidential.addClassName("empty-state");
            section.add(body, confidential);
            return section;
        }
        section.add(new H2(getTranslation("exercise.role-cards")));
        for (HandedCard card : cards.cards()) {
            String holders = card.holders().isEmpty() ? getTranslation("exercise.role-card.nobody")
                    : String.join(", ", card.holders());
            Details details = new Details(getTranslation("exercise.role-card.held-by", card.title(), holders),
                    new Html("<div>" + card.html() + "</div>"));
            details.setId("workspace-role-card-" + card.cardId());
            details.addClassName("role-card-details");
            section.add(details);
        }
        Paragraph note = new Paragraph(getTranslation("exercise.role-cards.trainer"));
        note.addClassName("empty-state");
        section.add(note);
        return section;
    }

    private void show(WorkspacePage page) {
        removeAll();
        versions.clear();
        inputs.clear();
        statuses.clear();
        conflicts.clear();
        title = page.exerciseTitle();
        RouterLink back = new RouterLink(getTranslation("exercise.back"), SeminarView.class,
                SeminarView.parameters(page.seminarId()));
        back.setId("workspace-back");
        add(back, new H1(page.exerciseTitle()));
        Paragraph group = new Paragraph(getTranslation("exercise.group-members", page.group(),
                String.join(", ", page.members())));
        group.setId("workspace-group");
        Span state = new Span(stateText(page));
        state.setId("workspace-state");
        state.addClassName("badge");
        add(group, state);

        Div caseText = new Div(new Html("<div>" + page.caseHtml() + "</div>"));
        caseText.addClassName("exercise-case");
        caseText.setId("workspace-case");
        add(new H2(getTranslation("exercise.case")), caseText);
        RoleCards cards = roleCards.roleCards(page.workspaceId(), SeminarLocale.language());
        if (!cards.cards().isEmpty()) {
            add(roleCards(cards));
        }

        if (page.grade() != null && !page.mayGrade()) {
            add(GradingPanel.summary(page));
        }

        Div template = new Div();
        template.addClassName("workspace-template");
        for (TemplateField field : TemplateField.values()) {
            template.add(fieldBlock(field, page.fields().get(field), page.editable()));
        }
        add(new H2(getTranslation("exercise.template")), template);
        add(attachments(page));

        if (page.editable()) {
            Button submit = new Button(getTranslation("exercise.submit"), VaadinIcon.CHECK.create(),
                    click -> confirmSubmit());
            submit.setId("workspace-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
        if (page.mayGrade()) {
            add(new GradingPanel(exercises, page, this::show));
        }
    }

    private String stateText(WorkspacePage page) {
        if (page.submittedAt() != null) {
            return getTranslation("exercise.state.submitted", page.submittedBy(),
                    AcademyTime.format(page.submittedAt(), getLocale()));
        }
        if (!page.open()) {
            return getTranslation("exercise.state.closed", AcademyTime.format(page.deadline(), getLocale()));
        }
        return getTranslation("exercise.state.open", AcademyTime.format(page.deadline(), getLocale()));
    }

    private Div fieldBlock(TemplateField field, FieldState saved, boolean editable) {
        Div block = new Div();
        block.addClassName("workspace-field");
        String label = getTranslation("exercise.field." + field.key());
        AbstractField<?, String> input;
        if (field.isTable()) {
            RowsField rows = new RowsField(field);
            rows.setLabel(label);
            input = rows;
        } else if (field == TemplateField.ESCALATION) {
            Select<String> stage = new Select<>();
            stage.setLabel(label);
            stage.setItems(IntStream.rangeClosed(0, TemplateField.STAGES)
                    .mapToObj(number -> number == 0 ? "" : String.valueOf(number)).toList());
            stage.setItemLabelGenerator(number -> number.isEmpty() ? getTranslation("exercise.stage.none")
                    : getTranslation("exercise.stage." + number));
            stage.setWidth("min(100%, 32em)");
            input = stage;
        } else {
            TextArea text = new TextArea(label);
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setWidthFull();
            text.setMaxLength(TemplateField.MAX_TEXT);
            input = text;
        }
        input.setId("field-" + field.key());
        input.setValue(saved == null ? "" : saved.value());
        input.setReadOnly(!editable);
        versions.put(field, saved == null ? 0L : saved.version());
        Span status = new Span(saved == null || saved.updatedAt() == null ? ""
                : getTranslation("exercise.last-saved", saved.updatedBy(),
                        AcademyTime.format(saved.updatedAt(), getLocale())));
        status.setId("status-" + field.key());
        status.addClassName(STATUS);
        Div conflict = new Div();
        conflict.setId("conflict-" + field.key());
        conflict.addClassName("field-conflict");
        conflict.setVisible(false);
        input.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save(field, change.getValue());
            }
        });
        inputs.put(field, input);
        statuses.put(field, status);
        conflicts.put(field, conflict);
        block.add(input, status, conflict);
        return block;
    }

    private void save(TemplateField field, String value) {
        Span status = statuses.get(field);
        try {
            SaveResult result = exercises.saveField(workspaceId, field, value, versions.get(field));
            switch (result) {
                case Saved saved -> {
                    versions.put(field, saved.version());
                    status.removeClassName(ERROR);
                    status.setText(getTranslation("exercise.saved-at", AcademyTime.time(saved.at(), getLocale())));
                    conflicts.get(field).setVisible(false);
                }
                case Conflict conflict -> showConflict(field, conflict, value);
            }
        } catch (RuleViolation refused) {
            status.addClassName(ERROR);
            status.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** Both versions side by side; nothing is saved until the member takes theirs or saves their own. */
    private void showConflict(TemplateField field, Conflict theirs, String mine) {
        Span status = statuses.get(field);
        status.addClassName(ERROR);
        status.setText(getTranslation("exercise.conflict.status"));
        Div panel = conflicts.get(field);
        panel.removeAll();
        panel.add(new Paragraph(getTranslation("exercise.conflict.text", theirs.by(),
                AcademyTime.time(theirs.at(), getLocale()))));
        Div theirText = new Div(new Span(getTranslation("exercise.conflict.theirs")),
                new Paragraph(field.readable(theirs.theirValue())));
        theirText.addClassName("conflict-theirs");
        theirText.setId("conflict-theirs-" + field.key());
        Div myText = new Div(new Span(getTranslation("exercise.conflict.mine")), new Paragraph(field.readable(mine)));
        myText.addClassName("conflict-mine");
        myText.setId("conflict-mine-" + field.key());
        Div versionsShown = new Div(theirText, myText);
        versionsShown.addClassName("conflict-versions");
        Button takeTheirs = new Button(getTranslation("exercise.conflict.take-theirs"), click -> {
            versions.put(field, theirs.version());
            inputs.get(field).setValue(theirs.theirValue());
            panel.setVisible(false);
            status.removeClassName(ERROR);
            status.setText(getTranslation("exercise.conflict.took-theirs"));
        });
        takeTheirs.setId("conflict-take-theirs-" + field.key());
        Button keepMine = new Button(getTranslation("exercise.conflict.keep-mine"), click -> {
            versions.put(field, theirs.version());
            save(field, inputs.get(field).getValue());
        });
        keepMine.setId("conflict-keep-mine-" + field.key());
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(takeTheirs, keepMine);
        actions.addClassName("conflict-actions");
        panel.add(versionsShown, new Paragraph(getTranslation("exercise.conflict.how")), actions);
        panel.setVisible(true);
    }

    private Div attachments(WorkspacePage page) {
        Div section = new Div(new H2(getTranslation("exercise.attachments")));
        section.addClassName("workspace-attachments");
        section.setId("workspace-attachments");
        for (AttachmentView file : page.attachments()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                AttachmentFile content = exercises.attachment(file.id());
                return Downloads.attachment(event, content.content(), content.fileName(), content.mediaType());
            }), file.fileName());
            download.setDownload(true);
            Span about = new Span(getTranslation("exercise.attachment.about", Math.max(1, file.sizeBytes() / 1024),
                    file.uploadedBy(), AcademyTime.format(file.uploadedAt(), getLocale())));
            Div row = new Div(download, about);
            row.addClassName("attachment-row");
            if (page.editable()) {
                Button remove = new Button(VaadinIcon.TRASH.create(),
                        click -> Confirmations.confirmDestructive(
                                getTranslation("exercise.attachment.remove", file.fileName()),
                                getTranslation("exercise.attachment.remove.text", file.fileName()),
                                getTranslation("session.delete.confirm"), () -> {
                                    exercises.removeAttachment(file.id());
                                    show();
                                }));
                remove.setAriaLabel(getTranslation("exercise.attachment.remove", file.fileName()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            section.add(row);
        }
        if (page.attachments().isEmpty()) {
            section.add(new Paragraph(getTranslation("exercise.attachments.none")));
        }
        if (page.editable()) {
            Span error = new Span();
            error.addClassName(ERROR);
            error.setId("attachment-error");
            // the service runs in the upload's own request, signed in; the page changes under the UI's lock
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                RuleViolation refusal = null;
                try {
                    exercises.attach(workspaceId, metadata.fileName(), bytes);
                } catch (RuleViolation refused) {
                    refusal = refused;
                }
                RuleViolation outcome = refusal;
                getUI().ifPresent(ui -> ui.access(() -> {
                    if (outcome == null) {
                        show();
                    } else {
                        error.setText(getTranslation(outcome.messageKey(), outcome.arguments()));
                    }
                }));
            }));
            Localized.upload(upload);
            upload.setId("attachment-upload");
            upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg");
            upload.setMaxFileSize(GroupExerciseService.MAX_ATTACHMENT_BYTES);
            Paragraph rules = new Paragraph(getTranslation("exercise.attachment.rules",
                    GroupExerciseService.MAX_ATTACHMENT_BYTES / (1024 * 1024)));
            section.add(upload, rules, error);
        }
        return section;
    }

    private void confirmSubmit() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("workspace-submit-confirm");
        confirm.setHeader(getTranslation("exercise.submit.header"));
        confirm.setText(getTranslation("exercise.submit.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("seminar.form.cancel"));
        confirm.setConfirmText(getTranslation("exercise.submit"));
        confirm.addConfirmListener(event -> {
            exercises.submit(workspaceId);
            show();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exercise.page-title", title);
    }
}
