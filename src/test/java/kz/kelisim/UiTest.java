package kz.kelisim;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import com.github.mvysny.fakeservlet.FakeRequest;

import kotlin.jvm.functions.Function0;

/**
 * Base of the browserless UI tests: the real Spring context and database, Vaadin mocked by
 * karibu-testing, and sign-in as a real (demo) account through the real UserDetailsService.
 */
@SpringBootTest
public abstract class UiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("kz.kelisim");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    /** The holder that method security and CurrentUser read in this context. */
    @Autowired
    private SecurityContextHolderStrategy securityContext;

    @BeforeEach
    void setUpVaadin() {
        // Vaadin's AuthenticationContext reads the static holder; with several Spring contexts in one
        // test JVM it must point at this context's strategy, as it does in the running application.
        SecurityContextHolder.setContextHolderStrategy(securityContext);
        startBrowserSession();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        securityContext.clearContext();
    }

    /** A new browser session, as after closing and reopening the browser (the signed-in person stays). */
    protected void startBrowserSession() {
        MockVaadin.tearDown();
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        var authentication = securityContext.getContext().getAuthentication();
        if (authentication != null) {
            exposeToRequest(authentication.getName());
        }
    }

    /** Signs in as the account (demo accounts use DemoAccounts' password), then opens the start page. */
    protected void signInAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        securityContext.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        startBrowserSession();
    }

    private void exposeToRequest(String username) {
        var authentication = securityContext.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    protected static Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
