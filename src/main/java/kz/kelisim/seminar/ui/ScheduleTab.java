package kz.kelisim.seminar.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarViews.SeminarPage;
import kz.kelisim.seminar.SeminarViews.SessionView;
import kz.kelisim.seminar.SessionDetails;
import kz.kelisim.seminar.SessionKind;
import kz.kelisim.ui.Localized;

/** The schedule, day by day; those who run the seminar add, change and delete sessions. */
@org.springframework.stereotype.Component
class ScheduleTab implements SeminarTab {

    private final SeminarService seminars;

    ScheduleTab(SeminarService seminars) {
        this.seminars = seminars;
    }

    @Override
    public String labelKey() {
        return "seminar.tab.schedule";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean isShownTo(SeminarPage page) {
        return true;
    }

    @Override
    public Component create(SeminarPage page) {
        Div schedule = new Div();
        schedule.addClassName("seminar-schedule");
        schedule.setId("seminar-schedule");
        render(schedule, page);
        return schedule;
    }

    private void refresh(Div schedule, SeminarPage page) {
        render(schedule, seminars.seminar(page.id(), SeminarLocale.language()));
    }

    private void render(Div schedule, SeminarPage page) {
        schedule.removeAll();
        if (page.manages()) {
            Button add = new Button(schedule.getTranslation("session.add"), VaadinIcon.PLUS.create(),
                    click -> edit(schedule, page, null));
            add.setId("session-add");
            schedule.add(add);
        }
        if (page.sessions().isEmpty()) {
            Paragraph empty = new Paragraph(schedule.getTranslation("session.empty"));
            empty.addClassName("empty-state");
            schedule.add(empty);
            return;
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(SeminarLocale.locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(SeminarLocale.locale());
        Map<LocalDate, List<SessionView>> byDay = page.sessions().stream()
                .collect(Collectors.groupingBy(SessionView::date, TreeMap::new, Collectors.toList()));
        byDay.forEach((date, sessions) -> {
            UnorderedList list = new UnorderedList();
            list.addClassName("session-list");
            for (SessionView session : sessions) {
                ListItem item = new ListItem();
                item.addClassNames("session", "session-" + session.kind().name().toLowerCase());
                Span when = new Span(time.format(session.startsAt()) + "–" + time.format(session.endsAt()));
                when.addClassName("session-time");
                Span kind = new Span(schedule.getTranslation("session.kind." + session.kind().name().toLowerCase()));
                kind.addClassName("badge");
                Span what = SeminarLocale.written(new Span(session.title()), session.titleLanguage());
                what.addClassName("session-title");
                Span details = new Span(schedule.getTranslation("session.details", session.academicHours(),
                        session.room() == null ? "—" : session.room(), session.trainer() == null ? "—" : session.trainer()));
                details.addClassName("session-details");
                item.add(when, kind, what);
                if (page.manages()) {
                    Button change = new Button(VaadinIcon.EDIT.create(), click -> edit(schedule, page, session));
                    change.setAriaLabel(schedule.getTranslation("session.edit", session.title()));
                    change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(schedule, page, session));
                    delete.setAriaLabel(schedule.getTranslation("session.delete", session.title()));
                    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL,
                            ButtonVariant.LUMO_ERROR);
                    item.add(change, delete);
                }
                // after the buttons, so they stay on the session's line and the details go under it
                item.add(details);
                list.add(item);
            }
            schedule.add(new H3(day.format(date)), list);
        });
    }

    private void confirmDelete(Div schedule, SeminarPage page, SessionView session) {
        Confirmations.confirmDestructive(schedule.getTranslation("session.delete.header"),
                schedule.getTranslation("session.delete.text", session.title()),
                schedule.getTranslation("session.delete.confirm"), () -> {
                    seminars.deleteSession(session.id());
                    refresh(schedule, page);
                });
    }

    private void edit(Div schedule, SeminarPage page, SessionView session) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(schedule.getTranslation(session == null ? "session.add" : "session.edit.title"));
        DatePicker date = Localized.datePicker(new DatePicker(schedule.getTranslation("session.date")));
        date.setMin(page.details().startsOn());
        date.setMax(page.details().endsOn());
        TimePicker starts = new TimePicker(schedule.getTranslation("session.starts"));
        TimePicker ends = new TimePicker(schedule.getTranslation("session.ends"));
        Select<SessionKind> kind = new Select<>();
        kind.setLabel(schedule.getTranslation("session.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(value -> value == null ? ""
                : schedule.getTranslation("session.kind." + value.name().toLowerCase()));
        TextField title = new TextField(schedule.getTranslation("session.title"));
        title.setMaxLength(300);
        TextField titleRu = new TextField(schedule.getTranslation("session.title-ru"));
        titleRu.setMaxLength(300);
        titleRu.setId("session-title-ru");
        TextField titleEn = new TextField(schedule.getTranslation("session.title-en"));
        titleEn.setMaxLength(300);
        titleEn.setId("session-title-en");
        IntegerField hours = new IntegerField(schedule.getTranslation("session.hours"));
        hours.setMin(1);
        hours.setMax(SessionDetails.MAX_HOURS);
        hours.setStepButtonsVisible(true);
        TextField room = new TextField(schedule.getTranslation("session.room"));
        room.setMaxLength(100);
        Select<Long> trainer = new Select<>();
        trainer.setLabel(schedule.getTranslation("session.trainer"));
        trainer.setItems(page.trainers().stream().map(person -> person.id()).toList());
        trainer.setItemLabelGenerator(id -> id == null ? "" : page.trainers().stream()
                .filter(person -> person.id() == id).map(person -> person.fullName()).findFirst().orElse(""));
        trainer.setEmptySelectionAllowed(true);
        if (session != null) {
            date.setValue(session.date());
            starts.setValue(session.startsAt());
            ends.setValue(session.endsAt());
            kind.setValue(session.kind());
            title.setValue(session.details().title());
            titleRu.setValue(session.details().titleRu() == null ? "" : session.details().titleRu());
            titleEn.setValue(session.details().titleEn() == null ? "" : session.details().titleEn());
            hours.setValue(session.academicHours());
            room.setValue(session.room() == null ? "" : session.room());
            trainer.setValue(session.trainerId());
        } else {
            date.setValue(page.details().startsOn());
            starts.setValue(LocalTime.of(10, 0));
            ends.setValue(LocalTime.of(11, 30));
            kind.setValue(SessionKind.LECTURE);
            hours.setValue(2);
        }
        date.setId("session-date");
        title.setId("session-title");
        kind.setId("session-kind");
        Span error = new Span();
        error.addClassName("form-error");
        FormLayout form = new FormLayout(date, kind, starts, ends, title, titleRu, titleEn, hours, room, trainer);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        dialog.add(form, error);
        Button save = new Button(schedule.getTranslation("seminar.form.save"), click -> {
            SessionDetails details = new SessionDetails(date.getValue(), starts.getValue(), ends.getValue(),
                    kind.getValue(), title.getValue(), hours.getValue() == null ? 0 : hours.getValue(), room.getValue(),
                    trainer.getValue(), titleRu.getValue(), titleEn.getValue());
            try {
                if (session == null) {
                    seminars.addSession(page.id(), details);
                } else {
                    seminars.updateSession(session.id(), details);
                }
            } catch (RuleViolation refused) {
                error.setText(schedule.getTranslation(refused.messageKey(), refused.arguments()));
                return;
            }
            dialog.close();
            refresh(schedule, page);
        });
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(schedule.getTranslation("seminar.form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
