package kz.kelisim.people.ui;

import java.util.Locale;
import java.util.regex.Matcher;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import kz.kelisim.audit.AuditLog.Entry;
import kz.kelisim.base.AcademyTime;
import kz.kelisim.security.Roles;

/** The audit log's columns, on its own page and on a person's (where whose account it is goes without saying). */
final class AuditColumns {

    private AuditColumns() {
    }

    static void addTo(Grid<Entry> grid, boolean withSubject) {
        grid.addColumn(entry -> AcademyTime.format(entry.occurredAt(), UI.getCurrent().getLocale()))
                .setHeader(grid.getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> grid.getTranslation(entry.action().messageKey()))
                .setHeader(grid.getTranslation("audit.column.action")).setFlexGrow(1);
        grid.addColumn(entry -> orEmpty(entry.actorName())).setHeader(grid.getTranslation("audit.column.actor"))
                .setFlexGrow(1);
        if (withSubject) {
            grid.addColumn(entry -> orEmpty(entry.subjectName()))
                    .setHeader(grid.getTranslation("audit.column.subject")).setFlexGrow(1);
            grid.addColumn(entry -> rolesNamed(grid, orEmpty(entry.detail())))
                    .setHeader(grid.getTranslation("audit.column.detail")).setFlexGrow(1);
        }
        grid.addColumn(entry -> orEmpty(entry.clientAddress())).setHeader(grid.getTranslation("audit.column.address"))
                .setAutoWidth(true).setFlexGrow(0);
    }

    /** "[STAFF, TRAINER]" as the reader says it: "[Academy staff, Trainer]". */
    private static String rolesNamed(Grid<Entry> grid, String detail) {
        String named = detail;
        for (String role : Roles.ALL) {
            named = named.replaceAll("\\b" + role + "\\b",
                    Matcher.quoteReplacement(grid.getTranslation("role." + role.toLowerCase(Locale.ROOT))));
        }
        return named;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
