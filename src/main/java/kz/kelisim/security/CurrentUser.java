package kz.kelisim.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for services that need the caller's account (their own profile, their own progress).
 * Reads the same security context holder that method security checks (Vaadin's, which also knows
 * the signed-in person during server push), never a different static one.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contextHolder;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contextHolder) {
        this.contextHolder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in person, or empty for an anonymous caller. */
    public Optional<KelisimPrincipal> principal() {
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KelisimPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in person; a service called without one refuses with {@link AccessDeniedException}. */
    public KelisimPrincipal require() {
        return principal().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
