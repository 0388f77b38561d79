package kz.kelisim.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A service refused what the address asks for (another trainee's data, a course not enrolled in). */
@AnonymousAllowed
public class RefusedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("forbidden");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
