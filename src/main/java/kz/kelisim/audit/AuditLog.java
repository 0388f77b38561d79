package kz.kelisim.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinRequest;

import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;

/**
 * The audit log. Features record what they did in their own transaction, so an action that rolls
 * back leaves no entry and an entry never exists without its action; administrators read it.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** One entry as administrators read it. */
    public record Entry(long id, Instant occurredAt, AuditAction action, Long actorId, String actorName,
            Long subjectId, String subjectName, String detail, String clientAddress) {
    }

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records what the signed-in person did to the account, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, long subjectId, String subjectName, String detail) {
        Optional<KelisimPrincipal> actor = currentUser.principal();
        events.save(new AuditEvent(clock.instant(), action, actor.map(KelisimPrincipal::accountId).orElse(null),
                actor.map(KelisimPrincipal::fullName).orElse(null), subjectId, subjectName, detail,
                clientAddress().orElse(null)));
    }

    /** Records a sign-in or a failed one under the name that was typed, with the client's address. */
    @Transactional
    public void recordSignIn(boolean succeeded, Long accountId, String name, String username, String clientAddress) {
        events.save(new AuditEvent(clock.instant(), succeeded ? AuditAction.SIGNED_IN : AuditAction.SIGN_IN_FAILED,
                accountId, name, accountId, name, username, clientAddress));
    }

    /** Entries whose names or client address contain the text, of the action when one is given. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Page<Entry> entries(String text, AuditAction action, Pageable page) {
        return events.search(text == null ? "" : text.strip(), action, page).map(AuditEvent::entry);
    }

    /** Entries about or by one person, with the failed sign-ins under their user name. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Page<Entry> entriesAbout(long accountId, String username, Pageable page) {
        return events.about(accountId, username, page).map(AuditEvent::entry);
    }

    /** Replaces the person's name in every entry (anonymisation), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void renamePerson(long accountId, String name) {
        events.renameSubject(accountId, name);
        events.renameActor(accountId, name);
    }

    /** The address of the request being served, over HTTP or from a Vaadin page (push included). */
    private static Optional<String> clientAddress() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return Optional.ofNullable(vaadin.getRemoteAddr());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(request.getRemoteAddr());
        }
        return Optional.empty();
    }
}
