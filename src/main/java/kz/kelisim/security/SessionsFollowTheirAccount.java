package kz.kelisim.security;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a person's sessions when their account is deactivated, gets other roles or a reset password.
 * On this node at once: {@link #endSessionsOf} invalidates every session signed in to the account,
 * which also closes its open Vaadin pages (their push connection included). On any node, and after
 * a restart, on the next request: a session whose account is no longer active, or whose stamp is
 * not the account's (the database's, so every node agrees), is invalidated and the request goes on
 * as an anonymous one (to the sign-in page).
 */
@Component
public class SessionsFollowTheirAccount extends OncePerRequestFilter implements HttpSessionListener {

    private final AccountStanding standing;
    private final SecurityContextHolderStrategy contextHolder;
    private final Map<Long, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    SessionsFollowTheirAccount(AccountStanding standing, ObjectProvider<SecurityContextHolderStrategy> contextHolder) {
        this.standing = standing;
        // the holder the security filter chain fills (as CurrentUser reads it), never another static one
        this.contextHolder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Ends every session of the account on this node now; the other nodes end theirs on their next request. */
    public void endSessionsOf(long accountId) {
        Set<HttpSession> open = sessions.remove(accountId);
        if (open != null) {
            open.forEach(SessionsFollowTheirAccount::invalidate);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KelisimPrincipal principal) {
            HttpSession session = request.getSession(false);
            if (!standing.current(principal.accountId(), principal.sessionStamp())) {
                contextHolder.clearContext();
                if (session != null) {
                    invalidate(session);
                }
            } else if (session != null) {
                sessions.computeIfAbsent(principal.accountId(), id -> ConcurrentHashMap.newKeySet()).add(session);
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.values().forEach(open -> open.remove(event.getSession()));
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile: nothing left to end
        }
    }
}
