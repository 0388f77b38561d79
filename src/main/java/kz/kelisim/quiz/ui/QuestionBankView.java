package kz.kelisim.quiz.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.quiz.Question;
import kz.kelisim.quiz.QuestionBankService;
import kz.kelisim.quiz.QuestionBankService.BankChange;
import kz.kelisim.quiz.QuestionBankService.BankProblem;
import kz.kelisim.quiz.QuestionBankService.BankQuestion;
import kz.kelisim.quiz.QuestionBankService.GiftPreview;
import kz.kelisim.quiz.QuestionType;
import kz.kelisim.security.Roles;
import kz.kelisim.ui.Localized;

/**
 * A course's question bank for the people who write it: the questions with the translations they
 * lack, filters, a YAML editor with the problems under it, delete, GIFT import with a preview, GIFT
 * export, and each question as a trainee sees it. Every change goes to the course's files and reloads
 * the course (see {@link QuestionBankService}).
 */
@Route("courses/:courseId/bank")
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
public class QuestionBankView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COURSE_ID = "courseId";
    private static final int MAX_GIFT_BYTES = 2 * 1024 * 1024;

    private final QuestionBankService bank;
    private final Grid<BankQuestion> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final ComboBox<String> category = new ComboBox<>();
    private final Select<QuestionType> type = new Select<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final TextField search = new TextField();
    private String courseId;
    private boolean editor;
    private List<Language> languages = List.of();
    private List<BankQuestion> questions = List.of();

    public QuestionBankView(QuestionBankService bank) {
        this.bank = bank;
        addClassName("question-bank-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get(COURSE_ID).orElse("");
        try {
            languages = bank.languages(courseId);
        } catch (RuleViolation unknownCourse) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        editor = bank.mayEdit(courseId);
        removeAll();
        add(new H1(getTranslation("bank.title")), new Paragraph(getTranslation("bank.course", courseId)), toolbar(),
                filters(), empty, grid);
        configureGrid();
        refresh();
    }

    public static RouteParameters parameters(String courseId) {
        return new RouteParameters(COURSE_ID, courseId);
    }

    private HorizontalLayout toolbar() {
        Button create = new Button(getTranslation("bank.new"), VaadinIcon.PLUS.create(), click -> chooseType());
        create.setId("bank-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importGift = new Button(getTranslation("bank.import"), VaadinIcon.UPLOAD.create(), click -> importGift());
        importGift.setId("bank-import");
        Button exportGift = new Button(getTranslation("bank.export"), VaadinIcon.DOWNLOAD.create(), click -> exportGift());
        exportGift.setId("bank-export");
        if (!editor) {
            Span readOnly = new Span(getTranslation("bank.read-only"));
            readOnly.setId("bank-read-only");
            readOnly.addClassName("bank-read-only");
            return new HorizontalLayout(exportGift, readOnly);
        }
        return new HorizontalLayout(create, importGift, exportGift);
    }

    private HorizontalLayout filters() {
        category.setLabel(getTranslation("bank.filter.category"));
        category.setId("bank-filter-category");
        category.setClearButtonVisible(true);
        type.setLabel(getTranslation("bank.filter.type"));
        type.setId("bank-filter-type");
        type.setItems(QuestionType.values());
        type.setEmptySelectionAllowed(true);
        type.setItemLabelGenerator(this::typeName);
        tag.setLabel(getTranslation("bank.filter.tag"));
        tag.setId("bank-filter-tag");
        tag.setClearButtonVisible(true);
        search.setLabel(getTranslation("bank.filter.text"));
        search.setId("bank-filter-text");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        category.addValueChangeListener(change -> filter());
        type.addValueChangeListener(change -> filter());
        tag.addValueChangeListener(change -> filter());
        search.addValueChangeListener(change -> filter());
        HorizontalLayout filters = new HorizontalLayout(category, type, tag, search);
        filters.setAlignItems(Alignment.BASELINE);
        return filters;
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.setId("bank-questions");
        // the question's text is what a trainer looks for: it wraps and takes the room; the actions stay in view
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> entry.question().id()).setHeader(getTranslation("bank.column.id")).setKey("id")
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.question().category()).setHeader(getTranslation("bank.column.category"))
                .setKey("category").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(entry -> typeName(entry.question().type())).setHeader(getTranslation("bank.column.type"))
                .setKey("type").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(entry -> String.join(", ", entry.question().tags().stream().sorted().toList()))
                .setHeader(getTranslation("bank.column.tags")).setKey("tags").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.question().text().in(reader())).setHeader(getTranslation("bank.column.text"))
                .setKey("text").setFlexGrow(1).setWidth("16rem");
        grid.addComponentColumn(this::missingBadges).setHeader(getTranslation("bank.column.languages"))
                .setKey("missing").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("8.5rem").setFlexGrow(0);
    }

    private Component missingBadges(BankQuestion entry) {
        Div badges = new Div();
        for (Language language : entry.missing()) {
            Span badge = new Span(getTranslation("bank.missing", getTranslation("language." + language.tag() + ".short")));
            badge.addClassNames("badge", "warning");
            badges.add(badge);
        }
        return badges;
    }

    private Component actions(BankQuestion entry) {
        String id = entry.question().id();
        // icons with their names as labels and tooltips: three words each would take the text's room
        Button preview = iconAction(VaadinIcon.EYE, "bank.preview", id, click -> preview(entry.question()));
        preview.setId("bank-preview-" + id);
        Button edit = iconAction(VaadinIcon.EDIT, "bank.edit", id, click -> edit(entry.question()));
        edit.setId("bank-edit-" + id);
        Button delete = iconAction(VaadinIcon.TRASH, "bank.delete", id, click -> confirmDelete(entry.question()));
        delete.setId("bank-delete-" + id);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = editor ? new HorizontalLayout(preview, edit, delete) : new HorizontalLayout(preview);
        actions.setSpacing(false);
        return actions;
    }

    private Button iconAction(VaadinIcon icon, String labelKey, String questionId,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> action) {
        Button button = new Button(icon.create(), action);
        String label = getTranslation(labelKey) + ": " + questionId;
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }

    private void refresh() {
        questions = bank.questions(courseId);
        category.setItems(questions.stream().map(entry -> entry.question().category()).distinct().toList());
        tag.setItems(questions.stream().flatMap(entry -> entry.question().tags().stream()).distinct().sorted().toList());
        empty.setText(getTranslation("bank.empty"));
        empty.setId("bank-empty");
        empty.addClassName("empty-state");
        empty.setVisible(questions.isEmpty());
        grid.setVisible(!questions.isEmpty());
        filter();
    }

    private void filter() {
        String words = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(questions.stream()
                .filter(entry -> category.getValue() == null || entry.question().category().equals(category.getValue()))
                .filter(entry -> type.getValue() == null || entry.question().type() == type.getValue())
                .filter(entry -> tag.getValue() == null || entry.question().tags().contains(tag.getValue()))
                .filter(entry -> words.isEmpty() || entry.question().id().contains(words)
                        || entry.question().text().texts().values().stream()
                                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(words)))
                .toList());
    }

    private void chooseType() {
        Dialog dialog = new Dialog(getTranslation("bank.new.type"));
        Select<QuestionType> choice = new Select<>();
        choice.setId("bank-new-type");
        choice.setItems(QuestionType.values());
        choice.setItemLabelGenerator(this::typeName);
        choice.setValue(QuestionType.SINGLE_CHOICE);
        Button next = new Button(getTranslation("bank.new.continue"), click -> {
            dialog.close();
            openEditor(null, category.getValue(), bank.template(courseId, choice.getValue()));
        });
        next.setId("bank-new-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(choice);
        dialog.getFooter().add(new Button(getTranslation("bank.cancel"), click -> dialog.close()), next);
        dialog.open();
    }

    private void edit(Question question) {
        openEditor(question.id(), question.category(), bank.source(courseId, question.id()));
    }

    /** The YAML editor: {@code replacing} is the id of the question edited, null for a new one. */
    private void openEditor(String replacing, String initialCategory, String yaml) {
        Dialog dialog = new Dialog(replacing == null ? getTranslation("bank.editor.new")
                : getTranslation("bank.editor.edit", replacing));
        dialog.setId("bank-editor");
        dialog.setWidth("min(60rem, 95vw)");
        ComboBox<String> categoryField = new ComboBox<>(getTranslation("bank.editor.category"));
        categoryField.setId("bank-editor-category");
        categoryField.setItems(questions.stream().map(entry -> entry.question().category()).distinct().toList());
        categoryField.setAllowCustomValue(true);
        categoryField.addCustomValueSetListener(custom -> categoryField.setValue(custom.getDetail()));
        categoryField.setHelperText(getTranslation("bank.editor.category.help"));
        categoryField.setValue(initialCategory);
        TextArea source = new TextArea(getTranslation("bank.editor.yaml"));
        source.setId("bank-editor-yaml");
        source.setWidthFull();
        source.addClassName("yaml-source");
        source.setValue(yaml);
        UnorderedList problems = new UnorderedList();
        problems.setId("bank-editor-problems");
        problems.addClassName("problems");
        Button save = new Button(getTranslation("bank.editor.save"), click -> {
            BankChange change = bank.save(courseId, categoryField.getValue(), source.getValue(), replacing);
            showProblems(problems, change.errors());
            if (change.done()) {
                dialog.close();
                refresh();
                notify(getTranslation("bank.saved"), NotificationVariant.LUMO_SUCCESS);
            }
        });
        save.setId("bank-editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(categoryField, source, problems));
        dialog.getFooter().add(new Button(getTranslation("bank.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(Question question) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("bank.delete.title"),
                getTranslation("bank.delete.text", question.id(), question.category()),
                getTranslation("bank.delete.confirm"), event -> delete(question));
        confirm.setId("bank-delete-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("bank.cancel"));
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.open();
    }

    private void delete(Question question) {
        BankChange change = bank.delete(courseId, question.id());
        if (change.done()) {
            refresh();
            notify(getTranslation("bank.deleted", question.id()), NotificationVariant.LUMO_SUCCESS);
        } else {
            notify(change.errors().stream().map(this::describe).collect(Collectors.joining(" ")),
                    NotificationVariant.LUMO_ERROR);
        }
    }

    private void importGift() {
        Dialog dialog = new Dialog(getTranslation("bank.import"));
        dialog.setId("bank-import-dialog");
        dialog.setWidth("min(60rem, 95vw)");
        TextArea gift = new TextArea(getTranslation("bank.import.text"));
        gift.setId("bank-import-text");
        gift.setWidthFull();
        gift.addClassName("yaml-source");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> gift.getUI().ifPresent(ui -> ui.access(
                () -> gift.setValue(new String(bytes, StandardCharsets.UTF_8))))));
        Localized.upload(upload);
        upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.setMaxFileSize(MAX_GIFT_BYTES);
        upload.setMaxFiles(1);
        Select<Language> language = languageSelect("bank-import-language", getTranslation("bank.import.language"));
        TextField defaultCategory = new TextField(getTranslation("bank.import.category"));
        defaultCategory.setId("bank-import-category");
        defaultCategory.setValue(category.getValue() != null ? category.getValue() : "imported");
        Div outcome = new Div();
        outcome.setId("bank-import-preview");
        Button confirm = new Button(getTranslation("bank.import.do"));
        confirm.setId("bank-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        Button preview = new Button(getTranslation("bank.import.preview"), click -> {
            GiftPreview shown = bank.preview(courseId, language.getValue(), gift.getValue(), defaultCategory.getValue());
            showPreview(outcome, shown);
            confirm.setEnabled(shown.importable());
        });
        preview.setId("bank-import-preview-button");
        // any change to what would be imported needs a new preview first
        gift.addValueChangeListener(change -> confirm.setEnabled(false));
        language.addValueChangeListener(change -> confirm.setEnabled(false));
        defaultCategory.addValueChangeListener(change -> confirm.setEnabled(false));
        confirm.addClickListener(click -> {
            BankChange change = bank.importGift(courseId, language.getValue(), gift.getValue(), defaultCategory.getValue());
            if (change.done()) {
                dialog.close();
                refresh();
                notify(getTranslation("bank.imported"), NotificationVariant.LUMO_SUCCESS);
            } else {
                UnorderedList problems = new UnorderedList();
                problems.addClassName("problems");
                showProblems(problems, change.errors());
                outcome.removeAll();
                outcome.add(problems);
                confirm.setEnabled(false);
            }
        });
        dialog.add(new VerticalLayout(upload, gift, new HorizontalLayout(language, defaultCategory), preview, outcome));
        dialog.getFooter().add(new Button(getTranslation("bank.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void showPreview(Div outcome, GiftPreview preview) {
        outcome.removeAll();
        if (!preview.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.addClassName("problems");
            showProblems(problems, preview.problems());
            outcome.add(new Paragraph(getTranslation("bank.import.problems")), problems);
            return;
        }
        if (preview.categories().isEmpty()) {
            outcome.add(new Paragraph(getTranslation("bank.problem.gift-empty")));
            return;
        }
        outcome.add(new Paragraph(getTranslation("bank.import.summary", preview.questionCount())));
        UnorderedList categories = new UnorderedList();
        for (Map.Entry<String, List<Question>> entry : preview.categories().entrySet()) {
            categories.add(new ListItem(getTranslation("bank.import.category-line", entry.getKey(),
                    entry.getValue().size(), entry.getValue().stream().map(Question::id).collect(Collectors.joining(", ")))));
        }
        outcome.add(categories);
        if (!preview.missing().isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("bank.import.missing", languageNames(preview.missing())));
            missing.addClassName("warning");
            outcome.add(missing);
        }
    }

    private void exportGift() {
        Dialog dialog = new Dialog(getTranslation("bank.export"));
        dialog.setId("bank-export-dialog");
        Select<Language> language = languageSelect("bank-export-language", getTranslation("bank.export.language"));
        String courseId = this.courseId;
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] gift = bank.exportGift(courseId, language.getValue()).gift().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(gift),
                    courseId + "-" + language.getValue().tag() + ".gift", "text/plain;charset=UTF-8", gift.length);
        }), getTranslation("bank.export.download"));
        download.setId("bank-export-download");
        Paragraph notExported = new Paragraph();
        notExported.setId("bank-export-note");
        Runnable describe = () -> {
            List<String> left = bank.exportGift(courseId, language.getValue()).notExported();
            notExported.setText(left.isEmpty() ? "" : getTranslation("bank.export.not-exported", String.join(", ", left)));
        };
        language.addValueChangeListener(change -> describe.run());
        describe.run();
        dialog.add(new VerticalLayout(language, notExported, download));
        dialog.getFooter().add(new Button(getTranslation("bank.close"), click -> dialog.close()));
        dialog.open();
    }

    /** The question as a trainee gets it in a quiz, in each course language. */
    private void preview(Question question) {
        Dialog dialog = new Dialog(getTranslation("bank.preview.title", question.id()));
        dialog.setId("bank-preview-dialog");
        dialog.setWidth("min(50rem, 95vw)");
        Select<Language> language = languageSelect("bank-preview-language", getTranslation("bank.export.language"));
        Div paper = new Div();
        paper.setId("bank-preview-paper");
        Runnable show = () -> {
            paper.removeAll();
            paper.add(new QuestionField(bank.paper(question), 1, language.getValue(), null));
        };
        language.addValueChangeListener(change -> show.run());
        show.run();
        dialog.add(new VerticalLayout(language, paper));
        dialog.getFooter().add(new Button(getTranslation("bank.close"), click -> dialog.close()));
        dialog.open();
    }

    private Select<Language> languageSelect(String id, String label) {
        Select<Language> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(languages);
        select.setItemLabelGenerator(language -> getTranslation("language." + language.tag()));
        select.setValue(languages.contains(reader()) ? reader() : languages.getFirst());
        return select;
    }

    private void showProblems(UnorderedList list, List<BankProblem> problems) {
        list.removeAll();
        for (BankProblem problem : problems) {
            ListItem item = new ListItem();
            String where = problem.file() != null ? problem.file() + (problem.line() > 0 ? ":" + problem.line() : "")
                    : problem.line() > 0 ? getTranslation("bank.line", problem.line()) : "";
            if (!where.isEmpty()) {
                Span location = new Span(where);
                location.addClassName("problem-location");
                item.add(location, new Span(" "));
            }
            item.add(new Span(describe(problem)));
            list.add(item);
        }
    }

    private String describe(BankProblem problem) {
        return getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    private String typeName(QuestionType questionType) {
        return questionType == null ? "" : getTranslation("bank.type." + questionType.name().toLowerCase(Locale.ROOT));
    }

    private String languageNames(List<Language> missing) {
        return missing.stream().map(language -> getTranslation("language." + language.tag()))
                .collect(Collectors.joining(", "));
    }

    private Language reader() {
        return Language.of(getLocale()).orElse(Language.DEFAULT);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bank.page-title", courseId == null ? "" : courseId);
    }
}
