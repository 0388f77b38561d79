package kz.kelisim.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A calm full page for a failed navigation: what happened, and the way back to the start page. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String titleKey = "error.page.unexpected.title";

    /** Fills the page; {@code kind} selects the texts {@code error.page.<kind>.title} and {@code .text}. */
    protected void show(String kind, Object... arguments) {
        removeAll();
        addClassName("error-page");
        setAlignItems(Alignment.CENTER);
        titleKey = "error.page." + kind + ".title";
        Anchor home = new Anchor("", getTranslation("error.page.home"));
        home.addClassName("error-home-link");
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation("error.page." + kind + ".text", arguments)),
                home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
