package kz.kelisim.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, for services that need the caller's account (their own profile, their own progress). */
@Component
public class CurrentUser {

    /** The signed-in person, or empty for an anonymous caller. */
    public Optional<KelisimPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
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
