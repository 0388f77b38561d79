package kz.kelisim.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import kz.kelisim.base.RuleViolation;

/**
 * The one place where an error escaping a view becomes a message: a broken rule says what was wrong,
 * a refused permission says so, anything unexpected is logged with a reference the person can quote.
 */
@Component
class KelisimErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(KelisimErrorHandler.class);
    private static final int DURATION_MILLIS = 8000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable error = event.getThrowable();
        RuleViolation violation = find(error, RuleViolation.class);
        String message;
        if (violation != null) {
            message = translate(ui, violation.messageKey(), violation.arguments());
        } else if (find(error, AccessDeniedException.class) != null) {
            log.info("Refused: {}", error.getMessage());
            message = translate(ui, "error.forbidden");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, error);
            message = translate(ui, "error.unexpected", reference);
        }
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(message, DURATION_MILLIS, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    private static String translate(UI ui, String key, Object... arguments) {
        return ui == null ? key : ui.getTranslation(key, arguments);
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
