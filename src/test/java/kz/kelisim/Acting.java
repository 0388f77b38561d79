package kz.kelisim;

import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs test code signed in as a (demo) account, through the real UserDetailsService, in the current
 * thread, and puts the previous sign-in back afterwards.
 */
public final class Acting {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    public Acting(UserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    public <T> T as(String username, Callable<T> action) {
        var before = securityContext.getContext();
        signIn(username);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            securityContext.setContext(before);
        }
    }

    public void doAs(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    public void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        securityContext.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
    }

    public long idOf(String username) {
        return ((kz.kelisim.security.KelisimPrincipal) users.loadUserByUsername(username)).accountId();
    }
}
