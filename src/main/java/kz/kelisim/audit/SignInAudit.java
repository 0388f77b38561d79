package kz.kelisim.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import kz.kelisim.security.KelisimPrincipal;

/** Writes every sign-in through the sign-in page, and every failed one, to the audit log. */
@Component
class SignInAudit {

    private final AuditLog log;

    SignInAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getDetails() instanceof WebAuthenticationDetails web
                && authentication.getPrincipal() instanceof KelisimPrincipal principal) {
            log.recordSignIn(true, principal.accountId(), principal.fullName(), principal.getUsername(),
                    web.getRemoteAddress());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        log.recordSignIn(false, null, attempt.getName(), attempt.getName(), address);
    }
}
