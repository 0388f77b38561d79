package kz.kelisim.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Asks the {@link LoginThrottle} before the password is checked (and before the account is even
 * looked up, so a known and an unknown name get the same answer), and tells it how each try ended.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration wait = throttle.retryAfter(name, address);
        if (wait.isPositive()) {
            throw new SignInThrottledException(name, wait);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.recordSuccess(name);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.recordFailure(name, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
