package kz.kelisim.security;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Vaadin writes the page a browser first opens (the bootstrap page) afresh, dropping the headers
 * Spring Security set on the response; this puts the same security headers back on it, so every
 * page carries them, not only the other responses.
 */
@Component
class PageSecurityHeaders implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> write(page.getVaadinResponse()));
    }

    static void write(VaadinResponse response) {
        response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }
}
