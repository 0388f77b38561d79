package kz.kelisim.user;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in to Kelisim: a trainee, trainer, academy staff member or administrator. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(name = "preferred_language", length = 8)
    private String preferredLanguage;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String fullName, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getFullName() {
        return fullName;
    }

    String getPreferredLanguage() {
        return preferredLanguage;
    }

    void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getSessionStamp() {
        return sessionStamp;
    }

    Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
        endSessions();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        endSessions();
    }

    /** A new password set by someone else: the person must choose their own at the next sign-in. */
    void resetPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
        endSessions();
    }

    /** Name, user name and contacts replaced, no way to sign in; the id stays, so records stay whole. */
    void anonymise(String username, String fullName, String unusablePasswordHash, Instant at) {
        this.username = username;
        this.fullName = fullName;
        this.email = null;
        this.preferredLanguage = null;
        this.passwordHash = unusablePasswordHash;
        this.enabled = false;
        this.roles.clear();
        this.anonymisedAt = at;
        endSessions();
    }

    /** Every session signed in with the old stamp ends. */
    private void endSessions() {
        sessionStamp++;
    }
}
