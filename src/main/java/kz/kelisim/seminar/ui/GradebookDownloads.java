package kz.kelisim.seminar.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import kz.kelisim.base.Language;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.GradebookExport;
import kz.kelisim.seminar.GradebookExport.Headers;
import kz.kelisim.seminar.SeminarViews.SeminarPage;

/** The gradebook's download links: CSV and XLSX, and for staff an XLSX with IINs for official registers. */
@org.springframework.stereotype.Component
class GradebookDownloads {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final GradebookExport export;
    private final AuthenticationContext authentication;

    GradebookDownloads(GradebookExport export, AuthenticationContext authentication) {
        this.export = export;
        this.authentication = authentication;
    }

    Div links(SeminarPage page) {
        UI ui = UI.getCurrent();
        Language language = SeminarLocale.language();
        Headers headers = new Headers(ui.getTranslation("participants.name"), ui.getTranslation("participants.iin"),
                ui.getTranslation("participants.group"), ui.getTranslation("participants.region"),
                ui.getTranslation("gradebook.pre-test"), ui.getTranslation("gradebook.final-test"),
                ui.getTranslation("gradebook.exercises"), ui.getTranslation("seminar.tab.attendance"));
        String name = "gradebook-" + page.id();
        Anchor csv = link("gradebook-csv", ui.getTranslation("gradebook.csv"), name + ".csv", "text/csv;charset=UTF-8",
                () -> export.csv(page.id(), language, false, headers));
        csv.setTitle(ui.getTranslation(GradebookExport.decimalComma(language) ? "gradebook.csv.semicolon"
                : "gradebook.csv.comma"));
        Div links = new Div(csv,
                link("gradebook-xlsx", ui.getTranslation("gradebook.xlsx"), name + ".xlsx", XLSX,
                        () -> export.xlsx(page.id(), language, false, headers)));
        if (authentication.hasAnyRole(Roles.STAFF, Roles.ADMIN)) {
            links.add(link("gradebook-xlsx-iin", ui.getTranslation("gradebook.xlsx-iin"), name + "-iin.xlsx", XLSX,
                    () -> export.xlsx(page.id(), language, true, headers)));
        }
        links.addClassName("gradebook-downloads");
        return links;
    }

    private static Anchor link(String id, String text, String fileName, String mediaType,
            java.util.function.Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }), text);
        anchor.setId(id);
        return anchor;
    }
}
