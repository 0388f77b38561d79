package kz.kelisim.user;

import java.util.Set;

/** What a person sees of their own account. */
public record UserProfile(long id, String username, String fullName, Set<String> roles,
        String preferredLanguage, boolean mustChangePassword) {
}
