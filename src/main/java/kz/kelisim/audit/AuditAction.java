package kz.kelisim.audit;

/** What an audit entry records; the translation key of each is {@code audit.action.<name in lower case>}. */
public enum AuditAction {
    ACCOUNT_CREATED,
    PROFILE_CHANGED,
    ROLES_CHANGED,
    PASSWORD_RESET,
    SIGN_IN_UNLOCKED,
    DEACTIVATED,
    REACTIVATED,
    COURSE_EDITOR_GRANTED,
    COURSE_EDITOR_REVOKED,
    DATA_EXPORTED,
    ANONYMISED,
    SIGNED_IN,
    SIGN_IN_FAILED;

    public String messageKey() {
        return "audit.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
