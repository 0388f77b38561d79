package kz.kelisim.ui;

import com.vaadin.flow.component.Component;

import kz.kelisim.security.KelisimPrincipal;

/**
 * A part of the start page that a feature contributes for one role (a trainee's courses, a
 * trainer's seminars, the certificates waiting for staff). Spring beans; the dashboard shows those
 * of the signed-in person's roles, by {@link #order()}, in place of that role's introduction card.
 */
public interface DashboardSection {

    /** The role this section serves (one of {@link kz.kelisim.security.Roles}). */
    String role();

    default boolean isVisibleTo(KelisimPrincipal principal) {
        return principal.hasRole(role());
    }

    int order();

    /** Whether the section stands in place of its role's introduction card (a notice beside it does not). */
    default boolean replacesRoleCard() {
        return true;
    }

    /** Builds the section for the current UI (translations come from the UI's locale). */
    Component create();
}
