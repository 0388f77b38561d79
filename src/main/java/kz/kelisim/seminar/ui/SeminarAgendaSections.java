package kz.kelisim.seminar.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

import kz.kelisim.base.Language;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SeminarViews.SeminarAgenda;
import kz.kelisim.seminar.SeminarViews.SessionView;
import kz.kelisim.ui.DashboardSection;

/**
 * The seminars on the start page: for a trainee those they take part in, for a trainer those they
 * run, each with today's sessions and the next one, so the day's plan is one look away.
 */
final class SeminarAgendaSections {

    private SeminarAgendaSections() {
    }

    /** A trainee's seminars that have not ended. */
    @Component
    static class Taking implements DashboardSection {

        private final SeminarService seminars;

        Taking(SeminarService seminars) {
            this.seminars = seminars;
        }

        @Override
        public String role() {
            return Roles.TRAINEE;
        }

        @Override
        public int order() {
            return 90;
        }

        @Override
        public com.vaadin.flow.component.Component create() {
            return section(seminars, false, "my-seminars", "dashboard.seminars.title", "dashboard.seminars.empty");
        }
    }

    /** The seminars a trainer runs that have not ended. */
    @Component
    static class Running implements DashboardSection {

        private final SeminarService seminars;

        Running(SeminarService seminars) {
            this.seminars = seminars;
        }

        @Override
        public String role() {
            return Roles.TRAINER;
        }

        @Override
        public int order() {
            return 80;
        }

        @Override
        public com.vaadin.flow.component.Component create() {
            return section(seminars, true, "seminars-i-run", "dashboard.trainer.title", "dashboard.trainer.empty");
        }
    }

    private static Section section(SeminarService seminars, boolean running, String id, String titleKey,
            String emptyKey) {
        Section section = new Section();
        section.setId(id);
        section.addClassNames("card", "seminar-agenda");
        section.add(new H2(section.getTranslation(titleKey)));
        Language reader = Language.of(UI.getCurrent().getLocale()).orElse(Language.DEFAULT);
        List<SeminarAgenda> agenda = seminars.myAgenda(reader).stream()
                .filter(seminar -> seminar.manages() == running).toList();
        if (agenda.isEmpty()) {
            Paragraph empty = new Paragraph(section.getTranslation(emptyKey));
            empty.addClassName("empty-state");
            section.add(empty, new RouterLink(section.getTranslation("dashboard.seminars.open"), SeminarsView.class));
            return section;
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        for (SeminarAgenda seminar : agenda) {
            Div card = new Div();
            card.addClassName("agenda-seminar");
            H3 title = new H3(new RouterLink(seminar.title(), SeminarView.class, SeminarView.parameters(seminar.id())));
            Span when = new Span(day.format(seminar.startsOn()) + " – " + day.format(seminar.endsOn())
                    + (seminar.venue() == null || seminar.venue().isBlank() ? "" : " · " + seminar.venue()));
            when.addClassName("agenda-when");
            card.add(title, when);
            if (!seminar.today().isEmpty()) {
                card.add(new Paragraph(section.getTranslation("dashboard.seminars.today")));
                UnorderedList sessions = new UnorderedList();
                seminar.today().forEach(session -> sessions.add(new ListItem(describe(section, session, time))));
                sessions.addClassName("agenda-today");
                card.add(sessions);
            }
            if (seminar.next() != null) {
                SessionView next = seminar.next();
                Paragraph nextLine = new Paragraph(section.getTranslation("dashboard.seminars.next",
                        day.format(next.date()), describe(section, next, time)));
                nextLine.addClassName("agenda-next");
                card.add(nextLine);
            } else if (seminar.today().isEmpty()) {
                card.add(new Paragraph(section.getTranslation("dashboard.seminars.no-more")));
            }
            section.add(card);
        }
        return section;
    }

    private static String describe(Section section, SessionView session, DateTimeFormatter time) {
        return time.format(session.startsAt()) + "–" + time.format(session.endsAt()) + " · "
                + section.getTranslation("session.kind." + session.kind().name().toLowerCase()) + " · "
                + session.title() + (session.room() == null || session.room().isBlank() ? ""
                        : " · " + section.getTranslation("dashboard.seminars.room", session.room()));
    }
}
