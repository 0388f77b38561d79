package kz.kelisim.course.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.course.LegalAct;
import kz.kelisim.course.LegalBasisService;
import kz.kelisim.course.LegalBasisService.ActEntry;
import kz.kelisim.course.LegalBasisService.CitingLesson;
import kz.kelisim.course.LessonRenderer;
import kz.kelisim.security.Roles;
import kz.kelisim.ui.Localized;

/**
 * The academy's legal basis for its editors (staff and administrators): every act of the register
 * with where it stands, its official text and the lessons citing it; an act amended or superseded is
 * recorded here (date and note, confirmed), which puts those lessons under review.
 */
@Route("legal-basis")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
@Menu(order = 82, title = "nav.legal-basis", icon = "vaadin:scale")
public class LegalBasisView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final LegalBasisService legalBasis;
    private final Language reader;
    private final Div acts = new Div();

    public LegalBasisView(LegalBasisService legalBasis) {
        this.legalBasis = legalBasis;
        this.reader = Language.of(getLocale()).orElse(Language.DEFAULT);
        addClassName("legal-basis-view");
        acts.setId("legal-acts");
        acts.addClassName("legal-acts");
        add(new H1(getTranslation("legal-basis.title")), new Paragraph(getTranslation("legal-basis.intro")), acts);
        show();
    }

    private void show() {
        acts.removeAll();
        List<ActEntry> register = legalBasis.register(reader);
        if (register.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("legal-basis.empty"));
            empty.addClassName("empty-state");
            acts.add(empty);
        }
        acts.add(waiting(register));
        register.forEach(act -> acts.add(card(act)));
    }

    /** The lessons waiting for a review, once each, first: what an editor has to do. */
    private Section waiting(List<ActEntry> register) {
        return LessonsUnderReview.section(LegalBasisService.awaitingReview(register));
    }

    private Section card(ActEntry act) {
        Section card = new Section();
        card.setId("act-" + act.id());
        card.addClassNames("card", "legal-act-card");
        card.add(new H2(act.title()));
        Span status = new Span(getTranslation("legal-basis.status." + act.status().code()));
        status.addClassNames("badge", "legal-status-" + act.status().code());
        status.setId("act-status-" + act.id());
        // a draft's date is that of the decree sending it to Parliament, not of an adoption: not shown
        String facts = (act.number() == null ? "" : "№ " + act.number())
                + (act.fileStatus() == LegalAct.Status.PENDING ? ""
                        : (act.number() == null ? "" : " · ") + DATE.format(act.adopted()));
        Anchor text = new Anchor(act.url(), getTranslation("legal-basis.official-text"));
        text.setTarget("_blank");
        text.getElement().setAttribute("rel", LessonRenderer.EXTERNAL_LINK_REL);
        Div meta = new Div(status, new Span(facts), text);
        meta.addClassName("legal-act-meta");
        card.add(meta);
        if (act.change() != null) {
            Paragraph change = new Paragraph(getTranslation("legal-basis.recorded",
                    getTranslation("legal-basis.status." + act.change().status().code()),
                    DATE.format(act.change().changedOn()), act.change().note(), act.change().recordedBy(),
                    AcademyTime.format(act.change().recordedAt(), getLocale())));
            change.setId("act-change-" + act.id());
            change.addClassNames("notice", "legal-act-change");
            card.add(change);
        }
        card.add(lessons(act));
        Button mark = new Button(getTranslation("legal-basis.mark"), VaadinIcon.EDIT.create(), click -> openMark(act));
        mark.setId("act-mark-" + act.id());
        card.add(mark);
        return card;
    }

    /**
     * The lessons citing the act, by course; folded when there are many and none waits for a review,
     * so a long register stays readable.
     */
    private Div lessons(ActEntry act) {
        Div lessons = new Div();
        lessons.addClassName("legal-act-lessons");
        lessons.setId("act-lessons-" + act.id());
        if (act.lessons().isEmpty()) {
            Span none = new Span(getTranslation(act.status().historical() ? "legal-basis.cited-by.none-historical"
                    : "legal-basis.cited-by.none"));
            none.addClassName("empty-state");
            lessons.add(none);
            return lessons;
        }
        Div byCourse = new Div();
        Map<String, List<CitingLesson>> courses = new LinkedHashMap<>();
        act.lessons().forEach(lesson -> courses.computeIfAbsent(lesson.courseTitle(), title -> new ArrayList<>()).add(lesson));
        courses.forEach((courseTitle, citing) -> {
            UnorderedList list = new UnorderedList();
            for (CitingLesson lesson : citing) {
                ListItem item = new ListItem(new RouterLink(lesson.lessonTitle(), LessonView.class,
                        LessonView.parameters(lesson.courseId(), lesson.lessonId())));
                if (lesson.underReview()) {
                    Span flag = new Span(getTranslation("legal-basis.under-review"));
                    flag.addClassNames("badge", "under-review");
                    item.add(new Span(" "), flag);
                }
                list.add(item);
            }
            H3 course = new H3(courseTitle);
            byCourse.add(course, list);
        });
        Details details = new Details(getTranslation("legal-basis.cited-by", act.lessons().size()), byCourse);
        details.setOpened(act.lessons().size() <= 4 || act.lessons().stream().anyMatch(CitingLesson::underReview));
        lessons.add(details);
        return lessons;
    }

    /** The dialog for recording a change: amended or superseded, on which date, and what changed. */
    private void openMark(ActEntry act) {
        Dialog dialog = new Dialog();
        dialog.setId("mark-act-dialog");
        dialog.setHeaderTitle(getTranslation("legal-basis.mark.title"));
        Paragraph what = new Paragraph(act.title());
        what.addClassName("legal-act-dialog-title");
        RadioButtonGroup<LegalAct.Status> status = new RadioButtonGroup<>(getTranslation("legal-basis.mark.status"));
        status.setId("mark-act-status");
        status.setItems(LegalAct.Status.AMENDED, LegalAct.Status.SUPERSEDED);
        status.setItemLabelGenerator(item -> getTranslation("legal-basis.status." + item.code()));
        status.setValue(LegalAct.Status.AMENDED);
        status.setRequired(true);
        DatePicker date = Localized.datePicker(new DatePicker(getTranslation("legal-basis.mark.date")));
        date.setId("mark-act-date");
        date.setRequired(true);
        TextArea note = new TextArea(getTranslation("legal-basis.mark.note"));
        note.setId("mark-act-note");
        note.setRequired(true);
        note.setMaxLength(1000);
        note.setHelperText(getTranslation("legal-basis.mark.note.help"));
        note.setWidthFull();
        VerticalLayout fields = new VerticalLayout(what, status, date, note);
        fields.setPadding(false);
        dialog.add(fields);
        Button cancel = new Button(getTranslation("legal-basis.cancel"), click -> dialog.close());
        Button save = new Button(getTranslation("legal-basis.mark.save"), click -> {
            date.setInvalid(date.getValue() == null);
            note.setInvalid(note.getValue().isBlank());
            if (date.getValue() == null || note.getValue().isBlank() || status.getValue() == null) {
                return;
            }
            confirm(act, status.getValue(), date.getValue(), note.getValue(), dialog);
        });
        save.setId("mark-act-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** What recording it does, said before it is done: so many lessons go under review. */
    private void confirm(ActEntry act, LegalAct.Status status, LocalDate date, String note, Dialog dialog) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("mark-act-confirm");
        confirm.setHeader(getTranslation("legal-basis.confirm.title"));
        confirm.setText(getTranslation("legal-basis.confirm.text", act.title(),
                getTranslation("legal-basis.status." + status.code()), DATE.format(date), act.lessons().size()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("legal-basis.cancel"));
        confirm.setConfirmText(getTranslation("legal-basis.confirm.ok"));
        confirm.addConfirmListener(event -> {
            int flagged = legalBasis.markChanged(act.id(), status, date, note);
            dialog.close();
            Notification.show(getTranslation("legal-basis.marked", flagged), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legal-basis.title") + " — " + getTranslation("app.name");
    }
}
