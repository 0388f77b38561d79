package kz.kelisim.ui;

import com.vaadin.flow.component.Component;

import kz.kelisim.security.KelisimPrincipal;

/**
 * A part of the start page that a feature contributes (a trainee's courses, a trainer's seminars,
 * the certificates waiting for staff). Spring beans; the dashboard shows those visible to the
 * signed-in person, by {@link #order()}.
 */
public interface DashboardSection {

    boolean isVisibleTo(KelisimPrincipal principal);

    int order();

    /** Builds the section for the current UI (translations come from the UI's locale). */
    Component create();
}
