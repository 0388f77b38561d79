package kz.kelisim.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security holds it: the account id and display name besides the user name. */
public class KelisimPrincipal extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String fullName;
    private final long sessionStamp;

    /**
     * @param sessionStamp the account's stamp at sign-in: when an administrator deactivates the account,
     *                     changes its roles or resets its password, the stamp changes and every session
     *                     signed in with the old one ends ({@link SessionsFollowTheirAccount})
     */
    public KelisimPrincipal(long accountId, String username, String passwordHash, String fullName, boolean enabled,
            Collection<String> roles, long sessionStamp) {
        super(username, passwordHash, enabled, true, true, true, authoritiesOf(roles));
        this.accountId = accountId;
        this.fullName = fullName;
        this.sessionStamp = sessionStamp;
    }

    public long sessionStamp() {
        return sessionStamp;
    }

    /** Trainers, staff and administrators: the people who run training. */
    public boolean runsTraining() {
        return hasRole(Roles.TRAINER) || hasRole(Roles.STAFF) || hasRole(Roles.ADMIN);
    }

    public long accountId() {
        return accountId;
    }

    public String fullName() {
        return fullName;
    }

    public boolean hasRole(String role) {
        return getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }

    private static Set<GrantedAuthority> authoritiesOf(Collection<String> roles) {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).collect(Collectors.toSet());
    }
}
