package kz.kelisim.security;

/**
 * Whether a signed-in session still speaks for its account: the account is active and its session
 * stamp is the one the session signed in with. Implemented by the accounts feature.
 */
public interface AccountStanding {

    boolean current(long accountId, long sessionStamp);
}
