package kz.kelisim.seminar.ui;

import com.vaadin.flow.component.Component;

import kz.kelisim.seminar.SeminarViews.SeminarPage;

/**
 * A tab of a seminar's page (schedule, participants, groups, attendance, exercises, gradebook):
 * Spring beans, shown in {@link #order()} to those {@link #isShownTo(SeminarPage)} allows. Each
 * tab's content is built when the tab is opened, from the feature's own service.
 */
public interface SeminarTab {

    /** Translation key of the tab's label. */
    String labelKey();

    int order();

    /** Whether the tab is for the caller: by default, for those who run the seminar. */
    default boolean isShownTo(SeminarPage page) {
        return page.manages();
    }

    /** Builds the tab's content for the current UI. */
    Component create(SeminarPage page);
}
