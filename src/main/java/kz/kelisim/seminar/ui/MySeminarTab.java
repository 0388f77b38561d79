package kz.kelisim.seminar.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import kz.kelisim.seminar.AttendanceService;
import kz.kelisim.seminar.AttendanceViews.AttendanceRow;
import kz.kelisim.seminar.AttendanceViews.AttendanceSheet;
import kz.kelisim.seminar.AttendanceViews.SessionColumn;
import kz.kelisim.seminar.GradebookService;
import kz.kelisim.seminar.GroupService;
import kz.kelisim.seminar.SeminarViews.SeminarPage;

/** For a participant: their group and its members, their own attendance and their results. */
@org.springframework.stereotype.Component
class MySeminarTab implements SeminarTab {

    private final GroupService groups;
    private final AttendanceService attendance;
    private final GradebookService gradebooks;

    MySeminarTab(GroupService groups, AttendanceService attendance, GradebookService gradebooks) {
        this.groups = groups;
        this.attendance = attendance;
        this.gradebooks = gradebooks;
    }

    @Override
    public String labelKey() {
        return "seminar.tab.mine";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean isShownTo(SeminarPage page) {
        return !page.manages();
    }

    @Override
    public Component create(SeminarPage page) {
        Div tab = new Div();
        tab.addClassName("my-seminar");
        Section group = new Section();
        group.addClassNames("card", "my-group");
        group.setId("my-group");
        groups.myGroup(page.id(), SeminarLocale.language()).ifPresentOrElse(mine -> {
            group.add(new H3(tab.getTranslation("my-group.title", mine.name())));
            if (mine.leader() != null) {
                group.add(new Paragraph(tab.getTranslation("my-group.leader", mine.leader())));
            }
            UnorderedList members = new UnorderedList();
            mine.members().forEach(name -> members.add(new ListItem(name)));
            group.add(members);
        }, () -> group.add(new Paragraph(tab.getTranslation("my-group.none"))));

        Section mine = new Section();
        mine.addClassNames("card", "my-attendance");
        mine.setId("my-attendance");
        AttendanceSheet sheet = attendance.myAttendance(page.id(), SeminarLocale.language());
        mine.add(new H3(tab.getTranslation("seminar.tab.attendance")));
        if (sheet.rows().isEmpty() || sheet.sessions().isEmpty()) {
            mine.add(new Paragraph(tab.getTranslation("attendance.empty")));
        } else {
            AttendanceRow row = sheet.rows().getFirst();
            mine.add(new Paragraph(tab.getTranslation("my-attendance.summary", row.hoursAttended(),
                    row.percent() == null ? "—" : row.percent() + " %")));
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(SeminarLocale.locale());
            UnorderedList list = new UnorderedList();
            for (SessionColumn session : sheet.sessions()) {
                var status = row.marks().get(session.id());
                list.add(new ListItem(day.format(session.date()) + " · " + session.title() + " — "
                        + (status == null ? tab.getTranslation(session.held() ? "attendance.unmarked" : "attendance.ahead")
                                : tab.getTranslation("attendance.status." + status.name().toLowerCase()))));
            }
            mine.add(list);
        }
        Section grades = new Section();
        grades.addClassNames("card", "my-grades");
        grades.setId("my-grades");
        grades.add(new H3(tab.getTranslation("my-grades.title")));
        gradebooks.myGrades(page.id(), SeminarLocale.language()).rows().stream().findFirst().ifPresent(row -> grades
                .add(new Paragraph(tab.getTranslation("my-grades.line", percent(row.preTest()),
                        percent(row.finalTest()), percent(row.exercises())))));
        tab.add(group, mine, grades);
        return tab;
    }

    private static String percent(Double value) {
        return value == null ? "—" : Math.round(value) + " %";
    }
}
