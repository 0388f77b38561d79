package kz.kelisim.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (demo data) as a named account, through the same services and permission
 * checks a person signed in as that account meets. Never used for a request.
 */
@Component
public class RunAs {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    RunAs(UserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    public <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        securityContext.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        try {
            return action.get();
        } finally {
            securityContext.clearContext();
        }
    }

    public void doAs(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** The account id of a user name. */
    public long idOf(String username) {
        return ((KelisimPrincipal) users.loadUserByUsername(username)).accountId();
    }
}
