package kz.kelisim.user;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.audit.AuditAction;
import kz.kelisim.audit.AuditLog;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.LoginThrottle;
import kz.kelisim.security.Roles;
import kz.kelisim.security.SessionsFollowTheirAccount;

/**
 * What administrators do to accounts: create them with roles, change roles, reset a password, lift
 * the sign-in throttle, deactivate and reactivate, anonymise. Every change is written to the audit
 * log in the same transaction. Rules: nobody changes their own roles or deactivates themselves, and
 * the last active administrator keeps the role.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AccountAdministration {

    /** An account as administrators see it. */
    public record Account(long id, String username, String fullName, String email, Set<String> roles,
            boolean active, boolean mustChangePassword, boolean anonymised, java.time.Instant createdAt) {
    }

    /** What a new account starts with; the user name is made from the name when left blank. */
    public record NewAccountRequest(String fullName, String username, String email, Set<String> roles) {
    }

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final SessionsFollowTheirAccount sessions;
    private final Clock clock;

    AccountAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            AuditLog audit, LoginThrottle throttle, SessionsFollowTheirAccount sessions, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.throttle = throttle;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Account account(long id) {
        return view(find(id));
    }

    /**
     * Creates the account with a random temporary password, returned only here (shown once), to be
     * changed at the first sign-in.
     */
    @Transactional
    public UserService.NewAccount create(NewAccountRequest request) {
        String fullName = name(request.fullName());
        Set<String> roles = roles(request.roles());
        String username = request.username() == null || request.username().isBlank() ? freeUsername(fullName)
                : chosenUsername(request.username());
        String password = TemporaryPasswords.next();
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password), fullName, roles,
                clock.instant());
        account.setEmail(email(request.email()));
        account.setMustChangePassword(true);
        accounts.save(account);
        audit.record(AuditAction.ACCOUNT_CREATED, account.getId(), fullName, username + " " + new TreeSet<>(roles));
        return new UserService.NewAccount(account.getId(), username, fullName, password);
    }

    /** Changes the name as written and the e-mail address. */
    @Transactional
    public void changeProfile(long id, String fullName, String email) {
        UserAccount account = find(id);
        refuseAnonymised(account);
        account.setFullName(name(fullName));
        account.setEmail(email(email));
        audit.record(AuditAction.PROFILE_CHANGED, id, account.getFullName(), null);
    }

    /** Gives the account exactly these roles; its sessions end, so the new roles apply at the next sign-in. */
    @Transactional
    public void changeRoles(long id, Set<String> newRoles) {
        UserAccount account = find(id);
        refuseAnonymised(account);
        Set<String> roles = roles(newRoles);
        if (id == currentUser.require().accountId()) {
            throw new RuleViolation("people.error.own-roles");
        }
        if (account.getRoles().equals(roles)) {
            return;
        }
        if (account.getRoles().contains(Roles.ADMIN) && !roles.contains(Roles.ADMIN) && account.isEnabled()) {
            refuseLastAdministrator();
        }
        String before = new TreeSet<>(account.getRoles()).toString();
        account.setRoles(roles);
        audit.record(AuditAction.ROLES_CHANGED, id, account.getFullName(), before + " → " + new TreeSet<>(roles));
        sessions.endSessionsOf(id);
    }

    /** A new temporary password (returned only here), to be changed at the next sign-in; sessions end. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount account = find(id);
        refuseAnonymised(account);
        String password = TemporaryPasswords.next();
        account.resetPassword(passwordEncoder.encode(password));
        throttle.unlock(account.getUsername());
        audit.record(AuditAction.PASSWORD_RESET, id, account.getFullName(), null);
        sessions.endSessionsOf(id);
        return password;
    }

    /** Lifts every sign-in delay on the account's name (the throttle), at once. */
    @Transactional
    public void unlock(long id) {
        UserAccount account = find(id);
        throttle.unlock(account.getUsername());
        audit.record(AuditAction.SIGN_IN_UNLOCKED, id, account.getFullName(), null);
    }

    /**
     * Deactivates or reactivates. A deactivated person cannot sign in and their sessions end at once;
     * what they did (attempts, attendance, certificates) stays as it was.
     */
    @Transactional
    public void setActive(long id, boolean active) {
        UserAccount account = find(id);
        refuseAnonymised(account);
        if (account.isEnabled() == active) {
            return;
        }
        if (!active) {
            if (id == currentUser.require().accountId()) {
                throw new RuleViolation("people.error.deactivate-self");
            }
            if (account.getRoles().contains(Roles.ADMIN)) {
                refuseLastAdministrator();
            }
        }
        account.setEnabled(active);
        audit.record(active ? AuditAction.REACTIVATED : AuditAction.DEACTIVATED, id, account.getFullName(), null);
        if (!active) {
            sessions.endSessionsOf(id);
        }
    }

    /**
     * Replaces name, user name and contacts, so nobody can sign in as the person or find them by name;
     * the id stays, so attempts, attendance and certificates stay whole. Only inside the caller's
     * transaction (the personal-data request, which anonymises every feature's part at once).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public String anonymise(long id) {
        UserAccount account = find(id);
        refuseAnonymised(account);
        if (id == currentUser.require().accountId()) {
            throw new RuleViolation("people.error.anonymise-self");
        }
        if (account.getRoles().contains(Roles.ADMIN) && account.isEnabled()) {
            refuseLastAdministrator();
        }
        throttle.unlock(account.getUsername());
        String label = "[" + id + "]";
        account.anonymise("anonymised-" + id, label, passwordEncoder.encode(TemporaryPasswords.next()),
                clock.instant());
        audit.renamePerson(id, label);
        audit.record(AuditAction.ANONYMISED, id, label, null);
        sessions.endSessionsOf(id);
        return label;
    }

    private void refuseLastAdministrator() {
        // the other administrators' rows stay locked until this transaction ends, so two administrators
        // removing each other at the same moment cannot both succeed
        if (accounts.lockActiveWithRole(Roles.ADMIN).size() <= 1) {
            throw new RuleViolation("people.error.last-administrator");
        }
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("people.error.not-found"));
    }

    private static void refuseAnonymised(UserAccount account) {
        if (account.getAnonymisedAt() != null) {
            throw new RuleViolation("people.error.anonymised");
        }
    }

    private String freeUsername(String fullName) {
        String stem = Usernames.fromName(fullName);
        String username = stem;
        for (int suffix = 2; accounts.existsByUsernameIgnoreCase(username); suffix++) {
            username = stem + suffix;
        }
        return username;
    }

    private String chosenUsername(String typed) {
        String username = typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            throw new RuleViolation("people.error.username-form");
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new RuleViolation("people.error.username-taken", username);
        }
        return username;
    }

    private static String name(String fullName) {
        if (fullName == null || fullName.isBlank() || fullName.strip().length() > 200) {
            throw new RuleViolation("account.error.name");
        }
        return fullName.strip().replaceAll("\\s+", " ");
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (trimmed.length() > 200 || !trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RuleViolation("people.error.email");
        }
        return trimmed;
    }

    private static Set<String> roles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("people.error.no-role");
        }
        if (!Roles.ALL.containsAll(roles)) {
            throw new RuleViolation("people.error.unknown-role");
        }
        return Set.copyOf(roles);
    }

    private static Account view(UserAccount account) {
        return new Account(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
                account.getRoles(), account.isEnabled(), account.isMustChangePassword(),
                account.getAnonymisedAt() != null, account.getCreatedAt());
    }
}
