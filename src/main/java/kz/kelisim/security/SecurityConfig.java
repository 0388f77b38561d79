package kz.kelisim.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: Vaadin's configurer for views, a form login at {@code /login}, the health endpoint
 * open for monitoring, certificate verification ({@code /verify/<code>}) open to anyone, method
 * security for services, and the sign-in throttle.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // a certificate's QR code opens its verification page for anyone (one path segment: the code)
                .requestMatchers("/verify/*").permitAll());
        // Any other address needs a signed-in person; Vaadin then shows its page or the not-found page.
        http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH, LOGIN_PATH)
                .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }

    /** BCrypt by default, and still able to read hashes of other kinds should the default change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Checks the throttle before the password, so a blocked name learns nothing from further guesses. */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
            if (throttle.isBlocked(user.getUsername())) {
                throw new SignInThrottledException(user.getUsername(), throttle.retryAfter(user.getUsername()));
            }
            accountStatus.check(user);
        });
        return provider;
    }
}
