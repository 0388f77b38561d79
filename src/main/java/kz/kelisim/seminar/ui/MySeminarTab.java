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
import kz.kelisim.seminar.GroupService;
import kz.kelisim.seminar.SeminarViews.SeminarPage;

/** For a participant: their group and its members, and their own attendance. */
@org.springframework.stereotype.Component
class MySeminarTab implements SeminarTab {

    private final GroupService groups;
    private final AttendanceService attendance;

    MySeminarTab(GroupService groups, AttendanceService attendance) {
        this.groups = groups;
        this.attendance = attendance;
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
        groups.myGroup(page.id()).ifPresentOrElse(mine -> {
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
        tab.add(group, mine);
        return tab;
    }
}
