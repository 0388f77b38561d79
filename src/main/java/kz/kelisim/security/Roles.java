package kz.kelisim.security;

import java.util.List;

/**
 * The four roles of Kelisim, as used in {@code @RolesAllowed} and {@code @PreAuthorize}.
 * Spring Security stores them with the {@code ROLE_} prefix; these constants are without it.
 */
public final class Roles {

    /** A civil servant, ethnomediator or council member who takes courses and seminars. */
    public static final String TRAINEE = "TRAINEE";
    /** Runs seminars: groups, attendance, group exercises, quiz results. */
    public static final String TRAINER = "TRAINER";
    /** Academy staff: issues, prints, verifies and revokes certificates. */
    public static final String STAFF = "STAFF";
    /** Manages accounts, reference data and course loading. */
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(TRAINEE, TRAINER, STAFF, ADMIN);

    /** {@code @PreAuthorize} expression for the people who run training: trainers, staff, administrators. */
    public static final String RUNS_TRAINING = "hasAnyRole('" + TRAINER + "', '" + STAFF + "', '" + ADMIN + "')";

    private Roles() {
    }
}
