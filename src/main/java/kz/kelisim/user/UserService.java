package kz.kelisim.user;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.audit.AuditAction;
import kz.kelisim.audit.AuditLog;
import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.Roles;

/**
 * A person's own account: profile, language, password; and account figures for administrators.
 * Every method acts on the caller's own account unless it says otherwise.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** Shorter passwords are refused; long passphrases are welcome. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int MAX_PASSWORD_LENGTH = PasswordPolicy.MAX_LENGTH;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    UserService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock,
            PasswordPolicy policy, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.policy = policy;
    }

    @PreAuthorize("isAuthenticated()")
    public UserProfile myProfile() {
        UserAccount account = myAccount();
        return new UserProfile(account.getId(), account.getUsername(), account.getFullName(), account.getRoles(),
                account.getPreferredLanguage(), account.isMustChangePassword());
    }

    /**
     * Full names of the given accounts, for the people who run training and read its results.
     * Unknown ids are left out.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public Map<Long, String> namesOf(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName));
    }

    /**
     * Full names of people the caller may see because they work together (trainers of the caller's
     * seminar, members of the caller's group): the calling service decides who those are.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> namesOfColleagues(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName));
    }

    /** Whether the account holds the role. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public boolean hasRole(long accountId, String role) {
        return accounts.findById(accountId).map(account -> account.getRoles().contains(role)).orElse(false);
    }

    /** An account as others see it when choosing people: no password, no contacts. */
    public record AccountSummary(long id, String username, String fullName) {
    }

    /**
     * One page of the active accounts with the role whose name or user name contains the text, by name:
     * for trainers adding people to a seminar (the combo box asks page after page as the list scrolls).
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public java.util.List<AccountSummary> searchAccounts(String role, String text, Pageable page) {
        if (!Roles.TRAINEE.equals(role) && !Roles.TRAINER.equals(role)) {
            // staff and administrators are not chosen for seminars, and their user names stay private
            throw new RuleViolation("account.error.role-not-searchable");
        }
        return accounts.search(role, text == null ? "" : text.strip(),
                PageRequest.of(page.getPageNumber(), Math.max(1, Math.min(page.getPageSize(), 100)))).stream()
                .map(account -> new AccountSummary(account.getId(), account.getUsername(), account.getFullName()))
                .toList();
    }

    /**
     * Accounts by id, as others see them when choosing people (no password, no contacts): for the
     * people who run training. Unknown ids are left out.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public java.util.List<AccountSummary> accounts(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .map(account -> new AccountSummary(account.getId(), account.getUsername(), account.getFullName()))
                .toList();
    }

    /**
     * A new trainee account and the one time its temporary password is known in plain text: only its
     * hash is stored, and the person must change it at the first sign-in.
     */
    public record NewAccount(long id, String username, String fullName, String temporaryPassword) {
    }

    /**
     * Creates a trainee account for a person a trainer brings in (the participant import): the user
     * name comes from the name in Latin letters ({@code zhaksylykova.a}, then {@code zhaksylykova.a2}
     * ...), the temporary password is random, must be changed at the first sign-in and is returned
     * only here. Only inside the caller's transaction (the import's), so a refused import creates nobody
     * and no account is ever made on its own.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public NewAccount createTrainee(String fullName) {
        if (fullName == null || fullName.isBlank() || fullName.strip().length() > 200) {
            throw new RuleViolation("account.error.name");
        }
        String stem = Usernames.fromName(fullName);
        String username = stem;
        for (int suffix = 2; accounts.existsByUsernameIgnoreCase(username); suffix++) {
            username = stem + suffix;
        }
        String password = TemporaryPasswords.next();
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password), fullName.strip(),
                java.util.Set.of(Roles.TRAINEE), clock.instant());
        account.setMustChangePassword(true);
        accounts.save(account);
        audit.record(AuditAction.ACCOUNT_CREATED, account.getId(), account.getFullName(),
                username + " [" + Roles.TRAINEE + "]");
        return new NewAccount(account.getId(), username, account.getFullName(), password);
    }

    /** The caller's saved language, or empty for an anonymous caller or one who never chose. */
    public Optional<Language> myLanguage() {
        return currentUser.principal()
                .flatMap(principal -> accounts.findById(principal.accountId()))
                .flatMap(account -> Language.fromTag(account.getPreferredLanguage()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyLanguage(Language language) {
        if (language == null) {
            throw new RuleViolation("profile.error.language-unknown");
        }
        myAccount().setPreferredLanguage(language.tag());
    }

    /** True while the caller still signs in with a password someone else set (first sign-in). */
    public boolean mustChangeMyPassword() {
        return currentUser.principal()
                .flatMap(principal -> accounts.findById(principal.accountId()))
                .map(UserAccount::isMustChangePassword)
                .orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        UserAccount account = myAccount();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolation("password.error.current-wrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new RuleViolation("password.error.same-as-current");
        }
        policy.check(newPassword, account.getUsername(), account.getFullName());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
    }

    /** Number of accounts holding each role, in the order of {@link Roles#ALL}. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Map<String, Long> accountCountsByRole() {
        Map<String, Long> counts = new LinkedHashMap<>();
        Roles.ALL.forEach(role -> counts.put(role, accounts.countWithRole(role)));
        return counts;
    }

    private UserAccount myAccount() {
        long id = currentUser.require().accountId();
        return accounts.findById(id).orElseThrow(() -> new IllegalStateException("Signed-in account " + id + " is gone"));
    }
}
