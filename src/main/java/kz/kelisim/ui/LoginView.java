package kz.kelisim.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import kz.kelisim.security.SignInThrottledException;
import kz.kelisim.ui.i18n.UiLanguage;

/** Sign-in, in the visitor's language, with the demo accounts listed while demo mode is on. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();

    public LoginView(AuthenticationContext authenticationContext, UiLanguage uiLanguage,
            @Value("${kelisim.demo.enabled:false}") boolean demoMode) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setPadding(false);
        // the page is one landmark: a screen reader finds the form as the page's main content
        getElement().setAttribute("role", "main");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(loginTexts(getTranslation("login.error.title"), getTranslation("login.error.message")));

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");
        // the teal band grows with its texts, so a tagline wrapped on a phone stays on it
        Header header = new Header(new LanguageSwitcher(uiLanguage), title, tagline);
        header.addClassName("login-header");
        add(header, form);
        if (demoMode) {
            add(demoAccounts());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo(DashboardView.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent().getSession()
                    .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof SignInThrottledException throttled) {
                String wait = throttled.retryAfterSeconds() < 60
                        ? getTranslation("login.locked.seconds", throttled.retryAfterSeconds())
                        : getTranslation("login.locked.message", throttled.retryAfterMinutes());
                form.setI18n(loginTexts(getTranslation("login.locked.title"), wait));
            }
            form.setError(true);
        }
    }

    private LoginI18n loginTexts(String errorTitle, String errorMessage) {
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form formTexts = texts.getForm();
        formTexts.setTitle(getTranslation("login.title"));
        formTexts.setUsername(getTranslation("login.username"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        formTexts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return texts;
    }

    private Div demoAccounts() {
        Div demo = new Div();
        demo.addClassNames("card", "demo-accounts");
        demo.add(new Paragraph(getTranslation("login.demo.title")),
                new Paragraph(getTranslation("login.demo.accounts")));
        return demo;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
