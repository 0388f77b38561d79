package kz.kelisim.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: Vaadin's configurer for views, a form login at {@code /login}, the health endpoint
 * open for monitoring, certificate verification ({@code /verify/<code>}) open to anyone, method
 * security for services, the sign-in throttle, a sign-in only from our own pages, and the security
 * headers of every response.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";

    /**
     * What Vaadin Flow needs and no more: its bootstrap and components use inline scripts, eval and
     * inline styles; images may be data URIs (the certificate template's emblem); frames only of our
     * own pages; nothing from any other origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' blob:",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionsFollowTheirAccount sessionsFollowAccounts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // a certificate's QR code opens its verification page for anyone (one path segment: the code)
                .requestMatchers("/verify/*").permitAll());
        http.addFilterBefore(new SameOriginSignIn(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(sessionsFollowAccounts, AuthorizationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // the certificate template's preview shows the PDF in a frame of our own page
                .frameOptions(frames -> frames.sameOrigin()));
        // Any other address needs a signed-in person; Vaadin then shows its page or the not-found page.
        http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH, LOGIN_PATH)
                .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }

    /** The filter runs inside the security chain only, not a second time as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<SessionsFollowTheirAccount> sessionsFollowAccountsOnlyInTheChain(
            SessionsFollowTheirAccount filter) {
        FilterRegistrationBean<SessionsFollowTheirAccount> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** BCrypt by default, and still able to read hashes of other kinds should the default change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Passwords checked by Spring Security's DAO provider behind the {@link LoginThrottle}; an account's
     * state (deactivated, locked) is checked only once the password is right, so a wrong guess learns
     * nothing about the account.
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setPreAuthenticationChecks(user -> {
        });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledSignIn(passwords, throttle);
    }

    /** The session cookie is sent over https only whenever Kelisim's public address is https. */
    @Bean
    ServletContextInitializer secureSessionCookie(@Value("${kelisim.public-url}") String publicUrl) {
        return context -> context.getSessionCookieConfig().setSecure(publicUrl.startsWith("https:"));
    }
}
