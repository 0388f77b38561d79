package kz.kelisim.seminar.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import kz.kelisim.base.Language;
import kz.kelisim.seminar.AttendanceService;
import kz.kelisim.seminar.AttendanceStatus;
import kz.kelisim.seminar.AttendanceViews.AttendanceRow;
import kz.kelisim.seminar.AttendanceViews.AttendanceSheet;
import kz.kelisim.seminar.AttendanceViews.SessionColumn;
import kz.kelisim.seminar.SeminarViews.SeminarPage;

/**
 * Attendance for those who run the seminar: choose a session, mark each participant (or everyone
 * present at once); hours attended and the percentage follow for each person.
 */
@org.springframework.stereotype.Component
class AttendanceTab implements SeminarTab {

    private final AttendanceService attendance;

    AttendanceTab(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @Override
    public String labelKey() {
        return "seminar.tab.attendance";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(SeminarPage page) {
        Div tab = new Div();
        tab.addClassName("seminar-attendance");
        AttendanceSheet sheet = attendance.sheet(page.id(), SeminarLocale.language());
        if (sheet.sessions().isEmpty() || sheet.rows().isEmpty()) {
            Paragraph empty = new Paragraph(tab.getTranslation("attendance.empty"));
            empty.addClassName("empty-state");
            tab.add(empty);
            return tab;
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(SeminarLocale.locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(SeminarLocale.locale());
        Div warning = new Div();
        warning.setId("attendance-unmarked-warning");
        warning.addClassName("attendance-warning");
        warning.getElement().setAttribute("role", "status");
        Select<SessionColumn> session = new Select<>();
        session.setLabel(tab.getTranslation("attendance.session"));
        session.setId("attendance-session");
        session.setItems(sheet.sessions());
        session.setItemLabelGenerator(column -> column == null ? ""
                : day.format(column.date()) + " " + time.format(column.startsAt()) + " · " + column.title());
        session.setWidth("min(100%, 36em)");
        Grid<AttendanceRow> grid = new Grid<>();
        grid.setId("attendance-grid");
        grid.setAllRowsVisible(true);
        // the whole name, with the group under it: on a phone a separate group column left names 4 letters wide
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(row -> {
            Span group = new Span(row.group() == null ? "—" : row.group());
            group.addClassName("attendance-group");
            Div person = new Div(new Span(row.fullName()), group);
            person.addClassName("attendance-person");
            return person;
        }).setHeader(tab.getTranslation("participants.name")).setFlexGrow(3).setWidth("10rem")
                .setComparator(AttendanceRow::fullName);
        grid.addComponentColumn(row -> {
            Select<AttendanceStatus> mark = new Select<>();
            mark.setItems(AttendanceStatus.values());
            mark.setItemLabelGenerator(status -> status == null ? ""
                    : tab.getTranslation("attendance.status." + status.name().toLowerCase()));
            mark.setEmptySelectionAllowed(true);
            mark.setEmptySelectionCaption(tab.getTranslation("attendance.unmarked"));
            mark.setAriaLabel(tab.getTranslation("attendance.mark-for", row.fullName()));
            SessionColumn chosen = session.getValue();
            mark.setValue(chosen == null ? null : row.marks().get(chosen.id()));
            if (chosen != null && chosen.held() && mark.getValue() == null) {
                // ended and not marked: counts as missed, so it must stand out
                mark.addClassName("attendance-unmarked");
                mark.setHelperText(tab.getTranslation("attendance.unmarked.counts-missed"));
            }
            mark.addValueChangeListener(event -> {
                if (event.isFromClient() && session.getValue() != null) {
                    attendance.mark(session.getValue().id(), row.userId(), event.getValue());
                    refresh(grid, warning, page);
                }
            });
            return mark;
        }).setHeader(tab.getTranslation("attendance.mark")).setKey("mark").setAutoWidth(true);
        grid.addColumn(row -> (row.percent() == null ? "—" : row.percent() + " %") + " · "
                + tab.getTranslation("attendance.hours", row.hoursAttended()))
                .setHeader(tab.getTranslation("attendance.percent")).setAutoWidth(true).setKey("percent");
        Button everyone = new Button(tab.getTranslation("attendance.everyone"), VaadinIcon.CHECK_SQUARE_O.create(),
                click -> {
                    attendance.everyonePresent(session.getValue().id());
                    refresh(grid, warning, page);
                });
        everyone.setId("attendance-everyone");
        everyone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        session.addValueChangeListener(event -> {
            everyone.setEnabled(event.getValue() != null);
            grid.getDataProvider().refreshAll();
        });
        session.setValue(sheet.sessions().stream().filter(SessionColumn::held).reduce((a, b) -> b)
                .orElse(sheet.sessions().getFirst()));
        grid.setItems(sheet.rows());
        // read now: the download runs in a request of its own, without a current UI
        Language language = SeminarLocale.language();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = attendance.sheetPdf(page.id(), language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "attendance-" + page.id() + ".pdf",
                    "application/pdf", bytes.length);
        }), tab.getTranslation("attendance.pdf.download"));
        pdf.setId("attendance-pdf");
        Div controls = new Div(session, everyone, pdf);
        controls.addClassName("attendance-controls");
        showUnmarked(warning, sheet, day, time);
        tab.add(warning, controls, grid);
        return tab;
    }

    /** Which ended sessions still have people not marked: until marked they count as missed. */
    private static void showUnmarked(Div warning, AttendanceSheet sheet, DateTimeFormatter day, DateTimeFormatter time) {
        warning.removeAll();
        var unmarked = sheet.heldWithUnmarked();
        warning.setVisible(!unmarked.isEmpty());
        if (unmarked.isEmpty()) {
            return;
        }
        warning.add(new Paragraph(warning.getTranslation("attendance.unmarked.warning", unmarked.size())));
        UnorderedList list = new UnorderedList();
        unmarked.forEach(column -> list.add(new ListItem(day.format(column.date()) + " " + time.format(column.startsAt())
                + " · " + column.title() + " — " + warning.getTranslation("attendance.unmarked-count", column.unmarked()))));
        warning.add(list);
    }

    private void refresh(Grid<AttendanceRow> grid, Div warning, SeminarPage page) {
        AttendanceSheet sheet = attendance.sheet(page.id(), SeminarLocale.language());
        grid.setItems(sheet.rows());
        showUnmarked(warning, sheet,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(SeminarLocale.locale()),
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(SeminarLocale.locale()));
    }
}
