package kz.kelisim;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.AbstractStreamResource;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.ElementRequestHandler;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;

/**
 * Every download on the screen now (links, images: any attribute that points at a handler Vaadin
 * serves), and calling one as the browser's request does: in another thread, with the session and
 * the signed-in person but no current UI and the session not locked.
 */
public final class Downloads {

    private static final String DYNAMIC = "VAADIN/dynamic/resource/";

    /** A download handler found on the screen: the element it belongs to, and the code that answers. */
    public record Found(Element owner, String attribute, ElementRequestHandler handler) {

        /** The element's id, or its text where it has none. */
        public String name() {
            return owner.getAttribute("id") != null ? owner.getAttribute("id") : owner.getTextRecursively();
        }

        /** The class whose code makes the file (the lambda given to DownloadHandler), for counting call sites. */
        public Class<?> definedIn() {
            return unwrapped(handler).getClass();
        }

        /** Through Vaadin's own wrappers (an image's {@code allowDisabled()}) to the code Kelisim gave. */
        private static Object unwrapped(Object handler) {
            try {
                if (handler instanceof InputStreamDownloadHandler) {
                    Field field = InputStreamDownloadHandler.class.getDeclaredField("callback");
                    field.setAccessible(true);
                    return field.get(handler);
                }
                if (handler.getClass().getName().startsWith("com.vaadin.")) {
                    for (Field field : handler.getClass().getDeclaredFields()) {
                        field.setAccessible(true);
                        if (field.get(handler) instanceof ElementRequestHandler inner && inner != handler) {
                            return unwrapped(inner);
                        }
                    }
                }
                return handler;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the browser got: the HTTP status, its headers, and the bytes. */
    public record Response(int status, String contentType, byte[] body, String contentDisposition, String nosniff) {
    }

    private Downloads() {
    }

    /** Every download handler attached to the current UI, dialogs and overlays included. */
    public static List<Found> onScreen() {
        List<Found> found = new ArrayList<>();
        VaadinSession session = VaadinSession.getCurrent();
        for (Component component : LocatorJ._find(Component.class)) {
            Element element = component.getElement();
            for (String attribute : element.getAttributeNames().toList()) {
                String value = element.getAttribute(attribute);
                if (value != null && value.startsWith(DYNAMIC)) {
                    AbstractStreamResource resource = session.getResourceRegistry().getResource(URI.create(value))
                            .orElseThrow(() -> new AssertionError("No resource behind " + value));
                    // uploads are served the same way; only downloads are wanted here
                    if (resource instanceof StreamResourceRegistry.ElementStreamResource handled
                            && handled.getElementRequestHandler() instanceof DownloadHandler) {
                        found.add(new Found(handled.getOwner(), attribute, handled.getElementRequestHandler()));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Answers the download as Vaadin does for the browser's request: in a thread of its own, with no
     * current UI, the session not locked, the signed-in person as Spring Security restores them.
     */
    public static Response fetch(Found download) {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        var httpSession = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest().getSession();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        FakeResponse raw = new FakeResponse();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            thread.submit(() -> {
                CurrentInstance.clearAll();
                SecurityContextHolder.setContext(signedIn);
                VaadinSession.setCurrent(session);
                try {
                    if (UI.getCurrent() != null) {
                        throw new AssertionError("A download request has no current UI");
                    }
                    VaadinServletRequest request = new VaadinServletRequest(new FakeRequest(httpSession), service);
                    download.handler().handleRequest(request, new VaadinServletResponse(raw, service), session,
                            download.owner());
                    return null;
                } finally {
                    CurrentInstance.clearAll();
                    SecurityContextHolder.clearContext();
                }
            }).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The download " + download.name() + " failed outside the UI", e);
        } finally {
            thread.shutdownNow();
        }
        return new Response(raw.getStatus(), raw.getContentType(), raw.getBuffer().toByteArray(),
                raw.getHeader("Content-Disposition"), raw.getHeader("X-Content-Type-Options"));
    }
}
