package kz.kelisim.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;
import kz.kelisim.base.NotFound;

/**
 * An address names something that does not exist for the caller (another trainee's attempt, a
 * seminar one does not run): the same not-found page as for an unknown address, and no error logged,
 * whichever view the id reached.
 */
@AnonymousAllowed
public class NotFoundObjectView extends ErrorPage implements HasErrorParameter<NotFound> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFound> parameter) {
        show("not-found", event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
