package kz.kelisim.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.security.KelisimPrincipal;

/** Loads accounts for sign-in. User names are matched without regard to case. */
@Service
class KelisimUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    KelisimUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username == null ? "" : username.trim())
                .map(account -> new KelisimPrincipal(account.getId(), account.getUsername(),
                        account.getPasswordHash(), account.getFullName(), account.isEnabled(), account.getRoles(),
                        account.getSessionStamp()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
