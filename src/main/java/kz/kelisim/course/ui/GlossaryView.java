package kz.kelisim.course.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.base.Language;
import kz.kelisim.course.GlossaryService;
import kz.kelisim.course.GlossaryService.Entry;

/**
 * The academy's glossary, for everyone signed in: each term in the reader's language with its names
 * in the other two, its definition and why a variant is avoided; searchable in the three languages.
 * A lesson's {@code glossary:} link opens it at the term ({@code /glossary?term=<id>}).
 */
@Route("glossary")
@PermitAll
@Menu(order = 15, title = "nav.glossary", icon = "vaadin:open-book")
public class GlossaryView extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final GlossaryService glossary;
    private final Language reader;
    private final Div terms = new Div();
    private final Paragraph none = new Paragraph();
    private String opened;

    public GlossaryView(GlossaryService glossary) {
        this.glossary = glossary;
        this.reader = Language.of(getLocale()).orElse(Language.DEFAULT);
        addClassName("glossary-view");
        TextField search = new TextField(getTranslation("glossary.search"));
        search.setId("glossary-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> show(change.getValue()));
        search.addKeyPressListener(Key.ESCAPE, press -> search.clear());
        terms.setId("glossary-terms");
        terms.addClassName("glossary-terms");
        none.setId("glossary-none");
        none.addClassName("empty-state");
        add(new H1(getTranslation("glossary.title")), new Paragraph(getTranslation("glossary.intro")), search, none,
                terms);
        show("");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> term = event.getLocation().getQueryParameters().getParameters().getOrDefault("term", List.of());
        opened = term.isEmpty() ? null : term.getFirst();
        show("");
    }

    /** Opened from a lesson's link: the term is scrolled to once the page is there. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (opened != null) {
            getElement().executeJs("const term = document.getElementById($0); if (term) { term.scrollIntoView({block: 'start'}); }",
                    "term-" + opened);
        }
    }

    private void show(String search) {
        terms.removeAll();
        List<Entry> found = glossary.terms(reader, search);
        none.setText(found.isEmpty() ? getTranslation(search.isBlank() ? "glossary.empty" : "glossary.none") : "");
        none.setVisible(found.isEmpty());
        for (Entry entry : found) {
            Section card = new Section();
            card.setId("term-" + entry.id());
            card.addClassNames("card", "glossary-term");
            H2 name = new H2(entry.term());
            card.add(name);
            if (!entry.otherNames().isEmpty()) {
                Span others = new Span(String.join(" · ", entry.otherNames()));
                others.addClassName("glossary-other-names");
                card.add(others);
            }
            card.add(new Paragraph(entry.definition()));
            if (entry.note() != null) {
                Paragraph note = new Paragraph(entry.note());
                note.addClassName("glossary-note");
                card.add(note);
            }
            if (entry.id().equals(opened)) {
                card.addClassName("glossary-term-opened");
            }
            terms.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("glossary.title") + " — " + getTranslation("app.name");
    }
}
