package kz.kelisim.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;
import kz.kelisim.base.RuleViolation;

/**
 * A page cannot open because a rule says no (a review not open yet, a quiz closed): the rule's own
 * message, not "something went wrong", and nothing logged as an error.
 */
@AnonymousAllowed
public class RuleViolationView extends ErrorPage implements HasErrorParameter<RuleViolation> {

    private static final Logger log = LoggerFactory.getLogger(RuleViolationView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuleViolation> parameter) {
        RuleViolation refused = parameter.getException();
        log.info("Opening '{}' refused: {}", event.getLocation().getPath(), refused.messageKey());
        show("refused", getTranslation(refused.messageKey(), refused.arguments()));
        return HttpServletResponse.SC_CONFLICT;
    }
}
